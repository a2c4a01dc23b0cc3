-- Sales and cohorts: leads, call appointments, cohort types, batches, students, the single
-- payment ledger and the offer-amount history. Status CHECK constraints come in
-- 20261123080300_status_constraints.sql so that they also apply to databases carried over from
-- the earlier app, which hold legacy values.

-------------------------------------------------------------------------------
create table public.leads (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  full_name text not null check (length(btrim(full_name)) between 1 and 200),
  email text check (email is null or length(email) <= 320),
  phone text check (phone is null or length(phone) <= 40),
  source text,
  created_at timestamptz not null default now()
);
comment on table public.leads is 'A prospective student. A lead becomes a cohort student when one of its calls is converted with a batch.';

-------------------------------------------------------------------------------
create table public.cohort_types (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 200),
  description text,
  created_at timestamptz not null default now(),
  unique (organization_id, name)
);
comment on table public.cohort_types is 'A course sold in cohorts, e.g. Insider Crypto Club.';

create table public.cohort_batches (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_type_id uuid not null references public.cohort_types (id) on delete restrict,
  name text not null check (length(btrim(name)) between 1 and 200),
  status text not null default 'planned',
  start_date date,
  end_date date,
  created_at timestamptz not null default now(),
  unique (cohort_type_id, name),
  check (end_date is null or start_date is null or end_date >= start_date)
);
comment on table public.cohort_batches is 'One run of a cohort type, e.g. Batch 3. Students are converted into a batch.';

-------------------------------------------------------------------------------
create table public.call_appointments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  lead_id uuid not null references public.leads (id) on delete restrict,
  closer_id uuid references public.profiles (id) on delete set null,
  scheduled_date date not null,
  scheduled_time time,
  status text not null default 'scheduled',
  batch_id uuid references public.cohort_batches (id) on delete restrict,
  offer_amount numeric(12, 2) not null default 0 check (offer_amount >= 0),
  cash_received numeric(12, 2) not null default 0 check (cash_received >= 0),
  due_amount numeric(12, 2) generated always as (offer_amount - cash_received) stored,
  classes_access smallint check (classes_access between 1 and 15),
  next_follow_up_date date,
  no_cost_emi numeric(12, 2) not null default 0 check (no_cost_emi >= 0),
  gst_fees numeric(12, 2) not null default 0 check (gst_fees >= 0),
  platform_fees numeric(12, 2) not null default 0 check (platform_fees >= 0),
  pay_after_earning boolean not null default false,
  payment_platform text check (payment_platform is null or length(payment_platform) <= 100),
  payment_remarks text check (payment_remarks is null or length(payment_remarks) <= 2000),
  additional_comments text check (additional_comments is null or length(additional_comments) <= 4000),
  refund_reason text check (refund_reason is null or length(refund_reason) <= 2000),
  conversion_date date,
  version integer not null default 1,
  created_by uuid references public.profiles (id) on delete set null,
  updated_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint call_appointments_cash_within_offer check (cash_received <= offer_amount)
);
comment on table public.call_appointments is 'A sales call assigned to a closer. scheduled_date/time are in the organization''s timezone. due_amount is always offer - cash received.';

-------------------------------------------------------------------------------
create table public.cohort_students (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_batch_id uuid not null references public.cohort_batches (id) on delete restrict,
  lead_id uuid not null references public.leads (id) on delete restrict,
  call_appointment_id uuid references public.call_appointments (id) on delete set null,
  closer_id uuid references public.profiles (id) on delete set null,
  conversion_date date,
  offer_amount numeric(12, 2) not null default 0 check (offer_amount >= 0),
  cash_received numeric(12, 2) not null default 0 check (cash_received >= 0),
  due_amount numeric(12, 2) generated always as (offer_amount - cash_received) stored,
  classes_access smallint check (classes_access between 1 and 15),
  next_follow_up_date date,
  no_cost_emi numeric(12, 2) not null default 0 check (no_cost_emi >= 0),
  gst_fees numeric(12, 2) not null default 0 check (gst_fees >= 0),
  platform_fees numeric(12, 2) not null default 0 check (platform_fees >= 0),
  pay_after_earning boolean not null default false,
  payment_platform text,
  payment_remarks text,
  status text not null default 'active',
  notes text check (notes is null or length(notes) <= 4000),
  refund_reason text,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint cohort_students_lead_batch_key unique (lead_id, cohort_batch_id),
  constraint cohort_students_cash_within_offer check (cash_received <= offer_amount)
);
comment on table public.cohort_students is 'A paying student of a batch. Exactly one per (lead, batch); kept in step with the converting call appointment in the same transaction (invariant S1).';

-------------------------------------------------------------------------------
-- The one payment ledger, read identically by Sales Closers (Update EMI) and Cohort Management.
create table public.emi_payments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_student_id uuid not null references public.cohort_students (id) on delete cascade,
  amount numeric(12, 2) not null check (amount > 0),
  paid_on date not null,
  payment_platform text check (payment_platform is null or length(payment_platform) <= 100),
  remarks text check (remarks is null or length(remarks) <= 2000),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.emi_payments is 'Every payment of a student. Its inserts, edits and deletes move cash_received of the student and of the converting appointment in the same transaction.';

create table public.offer_amount_history (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_student_id uuid not null references public.cohort_students (id) on delete cascade,
  old_amount numeric(12, 2) not null,
  new_amount numeric(12, 2) not null,
  reason text check (reason is null or length(reason) <= 2000),
  changed_by uuid references public.profiles (id) on delete set null,
  changed_at timestamptz not null default now()
);
comment on table public.offer_amount_history is 'Every change of a student''s offer amount, whoever made it and by whatever path.';

create table public.cohort_student_moves (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_student_id uuid not null references public.cohort_students (id) on delete cascade,
  from_batch_id uuid not null references public.cohort_batches (id) on delete cascade,
  to_batch_id uuid not null references public.cohort_batches (id) on delete cascade,
  moved_by uuid references public.profiles (id) on delete set null,
  moved_at timestamptz not null default now()
);
comment on table public.cohort_student_moves is 'History of batch changes: the student row moves, this keeps where it was.';

-------------------------------------------------------------------------------
-- Helpers for the closer's own rows.
create or replace function private.closer_lead_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct ca.lead_id from public.call_appointments ca
  where ca.closer_id = (select auth.uid())
    and ca.organization_id in (select private.org_ids_with_role(array['closer']))
$$;
comment on function private.closer_lead_ids() is 'Leads of the calls assigned to the caller as closer.';

create or replace function private.closer_student_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select cs.id from public.cohort_students cs
  where cs.closer_id = (select auth.uid())
    and cs.organization_id in (select private.org_ids_with_role(array['closer']))
$$;
comment on function private.closer_student_ids() is 'Students the caller converted as closer.';

revoke all on function private.closer_lead_ids(), private.closer_student_ids() from public, anon;
grant execute on function private.closer_lead_ids(), private.closer_student_ids() to authenticated;

-------------------------------------------------------------------------------
-- Grants: read only; every write goes through a database function.
revoke all on public.leads, public.cohort_types, public.cohort_batches, public.call_appointments,
  public.cohort_students, public.emi_payments, public.offer_amount_history, public.cohort_student_moves
  from anon, authenticated;
grant select on public.leads, public.cohort_types, public.cohort_batches, public.call_appointments,
  public.cohort_students, public.emi_payments, public.offer_amount_history, public.cohort_student_moves
  to authenticated;

alter table public.leads enable row level security;
alter table public.cohort_types enable row level security;
alter table public.cohort_batches enable row level security;
alter table public.call_appointments enable row level security;
alter table public.cohort_students enable row level security;
alter table public.emi_payments enable row level security;
alter table public.offer_amount_history enable row level security;
alter table public.cohort_student_moves enable row level security;

create policy "Sales staff read the leads of their organization and closers those of their calls"
  on public.leads for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or id in (select private.closer_lead_ids())
  );

create policy "Sales staff read the cohort types of their organization"
  on public.cohort_types for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'closer', 'cohort_manager'])));

create policy "Sales staff read the batches of their organization"
  on public.cohort_batches for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'closer', 'cohort_manager'])));

create policy "Admins and managers read all calls, closers their own"
  on public.call_appointments for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or (closer_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['closer'])))
  );

create policy "Cohort staff read every student, closers the students they converted"
  on public.cohort_students for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or (closer_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['closer'])))
  );

create policy "Whoever reads a student reads its payments"
  on public.emi_payments for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or cohort_student_id in (select private.closer_student_ids())
  );

create policy "Whoever reads a student reads its offer history"
  on public.offer_amount_history for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or cohort_student_id in (select private.closer_student_ids())
  );

create policy "Whoever reads a student reads its batch moves"
  on public.cohort_student_moves for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or cohort_student_id in (select private.closer_student_ids())
  );

-------------------------------------------------------------------------------
-- Indexes: policy columns, foreign keys, and the screens' access paths.
create index leads_organization_id_idx on public.leads (organization_id);
create index cohort_types_organization_id_idx on public.cohort_types (organization_id);
create index cohort_batches_organization_id_idx on public.cohort_batches (organization_id, status);
create index cohort_batches_cohort_type_id_idx on public.cohort_batches (cohort_type_id);
create index call_appointments_org_closer_date_idx on public.call_appointments (organization_id, closer_id, scheduled_date);
create index call_appointments_closer_id_idx on public.call_appointments (closer_id, organization_id);
create index call_appointments_lead_id_idx on public.call_appointments (lead_id);
create index call_appointments_batch_id_idx on public.call_appointments (batch_id);
create index call_appointments_created_by_idx on public.call_appointments (created_by);
create index call_appointments_updated_by_idx on public.call_appointments (updated_by);
create index cohort_students_batch_idx on public.cohort_students (cohort_batch_id, status);
create index cohort_students_organization_id_idx on public.cohort_students (organization_id);
create index cohort_students_closer_id_idx on public.cohort_students (closer_id, organization_id);
create index cohort_students_call_appointment_id_idx on public.cohort_students (call_appointment_id);
create index cohort_students_created_by_idx on public.cohort_students (created_by);
create index emi_payments_student_idx on public.emi_payments (cohort_student_id, paid_on);
create index emi_payments_organization_id_idx on public.emi_payments (organization_id);
create index emi_payments_created_by_idx on public.emi_payments (created_by);
create index offer_amount_history_student_idx on public.offer_amount_history (cohort_student_id, changed_at);
create index offer_amount_history_organization_id_idx on public.offer_amount_history (organization_id);
create index offer_amount_history_changed_by_idx on public.offer_amount_history (changed_by);
create index cohort_student_moves_student_idx on public.cohort_student_moves (cohort_student_id, moved_at);
create index cohort_student_moves_organization_id_idx on public.cohort_student_moves (organization_id);
create index cohort_student_moves_from_idx on public.cohort_student_moves (from_batch_id);
create index cohort_student_moves_to_idx on public.cohort_student_moves (to_batch_id);
create index cohort_student_moves_moved_by_idx on public.cohort_student_moves (moved_by);
