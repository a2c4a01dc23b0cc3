set lock_timeout = '5s';
set statement_timeout = '5min';

-- Insights cost O(period), not O(history) (issue 16). cohort_insights read every student who
-- still owes money (about 75,000 at 1M rows) twice: the receivables aging and "needs action"
-- (with each student's latest payment). Two tables kept by triggers make both a few index range
-- scans over the recent period plus stored counts:
--
-- public.owing_students: one row per student who owes (status active and due_amount > 0) with
-- what the insights read: organization, batch, due, next follow-up, conversion date and the date
-- of the latest payment (last_paid_on = max paid_on of the student's 'payment' ledger entries);
-- last_activity = coalesce(last_paid_on, conversion_date) ("no payment in 30 days" is
-- last_activity < today - 30). Indexes: by (organization, follow-up, last activity, id) for the
-- "needs action" page in its order, by (organization, follow-up, id) for the "due soon" page, by (organization, last activity) and (organization,
-- conversion date) for the recent ranges, by batch for the batch's insights.
--
-- public.owing_student_totals: per batch, how many students owe (owing), their due (due) and how
-- many of them have a follow-up date (follow_up). The insights derive what is old from the totals
-- minus what is recent: aging 90+ = owing - (0-30, 31-60, 61-90, unknown); "no payment" = owing -
-- (active in the last 30 days or never); follow-up overdue = follow_up - (follow-up today or
-- later); "needs action" = owing - (recent or never, and no follow-up due).
--
-- public.owing_follow_ups: per organization and follow-up date, how many owing students and
-- their due: "due in the next 14 days" (totals and per day), follow-ups today and later are a
-- few rows, however many students share those dates.
--
-- All three follow every write path: statement triggers on cohort_students (conversion, add student,
-- payments and refunds through the ledger's cash_received, status changes, edits, batch moves,
-- deletes: rows whose owing figures changed are upserted or removed and the totals moved by the
-- difference, in key order) and on emi_payments (a payment added, edited or deleted sets the
-- student's last_paid_on again, even when cash received did not move). Read-only to clients;
-- cohort staff read their organization's rows (RLS), as the insights are theirs.
--
-- Backfill: after the triggers exist, one DO statement locks both sources against writes
-- (share mode: reads go on) and replaces whatever the triggers wrote with the exact set.

-------------------------------------------------------------------------------
create table public.owing_students (
  student_id uuid primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_batch_id uuid not null,
  due_amount numeric(12, 2) not null check (due_amount > 0),
  next_follow_up_date date,
  conversion_date date,
  last_paid_on date,
  last_activity date generated always as (coalesce(last_paid_on, conversion_date)) stored
);
create index owing_students_org_action_idx on public.owing_students
  (organization_id, next_follow_up_date, last_activity nulls first, student_id);
create index owing_students_org_follow_up_idx on public.owing_students
  (organization_id, next_follow_up_date, student_id) include (due_amount);
create index owing_students_org_activity_idx on public.owing_students
  (organization_id, last_activity) include (next_follow_up_date, due_amount);
create index owing_students_org_conversion_idx on public.owing_students
  (organization_id, conversion_date) include (due_amount);
create index owing_students_batch_action_idx on public.owing_students
  (cohort_batch_id, next_follow_up_date, last_activity nulls first, student_id);
comment on table public.owing_students is
  'One row per cohort student who owes money (active, due_amount > 0): due, next follow-up, conversion date, latest payment date (last_paid_on) and last_activity = coalesce(last_paid_on, conversion_date). Kept by triggers on cohort_students and emi_payments; read by cohort_insights. Read-only to clients (RLS: cohort staff of the organization).';

alter table public.owing_students enable row level security;
create policy "Cohort staff read who owes"
  on public.owing_students for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager'])));
revoke all on public.owing_students from public, anon, authenticated;
grant select on public.owing_students to authenticated;

create table public.owing_student_totals (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_batch_id uuid primary key,
  owing bigint not null default 0,
  due numeric not null default 0,
  follow_up bigint not null default 0
);
create index owing_student_totals_org_idx on public.owing_student_totals (organization_id);
comment on table public.owing_student_totals is
  'Per batch: how many students owe money (owing = rows of owing_students), their due, and how many of them have a follow-up date. Kept by the triggers that keep owing_students; read by cohort_insights. Read-only to clients (RLS: cohort staff of the organization).';

alter table public.owing_student_totals enable row level security;
create policy "Cohort staff read the owing totals"
  on public.owing_student_totals for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager'])));
revoke all on public.owing_student_totals from public, anon, authenticated;
grant select on public.owing_student_totals to authenticated;

create table public.owing_follow_ups (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  next_follow_up_date date not null,
  owing bigint not null default 0,
  due numeric not null default 0,
  primary key (organization_id, next_follow_up_date)
);
comment on table public.owing_follow_ups is
  'Per organization and follow-up date: how many students who owe money have that next follow-up date, and their due. Kept by the triggers that keep owing_students; read by cohort_insights (due in the next 14 days, follow-ups today and later). Read-only to clients (RLS: cohort staff of the organization).';

alter table public.owing_follow_ups enable row level security;
create policy "Cohort staff read the follow-up totals"
  on public.owing_follow_ups for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager'])));
revoke all on public.owing_follow_ups from public, anon, authenticated;
grant select on public.owing_follow_ups to authenticated;

-------------------------------------------------------------------------------
-- The one place that applies a statement's change: p_old / p_new are the statement's old and
-- new student rows (either may be empty). Rows whose owing figures did not change are skipped.
create function private.owing_students_apply(p_old public.cohort_students[], p_new public.cohort_students[])
returns void
language plpgsql security definer set search_path = ''
as $$
begin
  with o as (
    select x.id, x.organization_id, x.cohort_batch_id, x.due_amount, x.next_follow_up_date, x.conversion_date
    from unnest(p_old) x
    where x.status = 'active' and x.due_amount > 0
  ), n as (
    select x.id, x.organization_id, x.cohort_batch_id, x.due_amount, x.next_follow_up_date, x.conversion_date
    from unnest(p_new) x
    where x.status = 'active' and x.due_amount > 0
  ), d as (
    select coalesce(n.id, o.id) as id, o.id is not null as was_owing, n.id is not null as owes,
      o.organization_id as o_org, o.cohort_batch_id as o_batch, o.due_amount as o_due, o.next_follow_up_date as o_follow_up,
      n.organization_id as n_org, n.cohort_batch_id as n_batch, n.due_amount as n_due, n.next_follow_up_date as n_follow_up,
      n.conversion_date as n_conversion
    from o full join n on n.id = o.id
    where (o.organization_id, o.cohort_batch_id, o.due_amount, o.next_follow_up_date, o.conversion_date)
      is distinct from (n.organization_id, n.cohort_batch_id, n.due_amount, n.next_follow_up_date, n.conversion_date)
  ), gone as (
    delete from public.owing_students s
    using d
    where s.student_id = d.id and not d.owes
  ), kept as (
    insert into public.owing_students as s (student_id, organization_id, cohort_batch_id, due_amount, next_follow_up_date, conversion_date, last_paid_on)
    select d.id, d.n_org, d.n_batch, d.n_due, d.n_follow_up, d.n_conversion,
      (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = d.id and p.kind = 'payment')
    from d
    where d.owes
    order by d.id
    on conflict (student_id) do update
      set organization_id = excluded.organization_id, cohort_batch_id = excluded.cohort_batch_id,
          due_amount = excluded.due_amount, next_follow_up_date = excluded.next_follow_up_date,
          conversion_date = excluded.conversion_date, last_paid_on = excluded.last_paid_on
  ), follow_ups as (
    insert into public.owing_follow_ups as f (organization_id, next_follow_up_date, owing, due)
    select c.org, c.follow_up, sum(c.n), sum(c.due)
    from (
      select d.o_org, d.o_follow_up, -1, -d.o_due from d where d.was_owing and d.o_follow_up is not null
      union all
      select d.n_org, d.n_follow_up, 1, d.n_due from d where d.owes and d.n_follow_up is not null
    ) c (org, follow_up, n, due)
    group by c.org, c.follow_up
    having sum(c.n) <> 0 or sum(c.due) <> 0
    order by c.org, c.follow_up
    on conflict (organization_id, next_follow_up_date) do update
      set owing = f.owing + excluded.owing, due = f.due + excluded.due
  )
  insert into public.owing_student_totals as t (organization_id, cohort_batch_id, owing, due, follow_up)
  select c.org, c.batch, sum(c.n), sum(c.due), sum(c.follow_up)
  from (
    select d.o_org, d.o_batch, -1, -d.o_due, -(d.o_follow_up is not null)::int from d where d.was_owing
    union all
    select d.n_org, d.n_batch, 1, d.n_due, (d.n_follow_up is not null)::int from d where d.owes
  ) c (org, batch, n, due, follow_up)
  group by c.org, c.batch
  having sum(c.n) <> 0 or sum(c.due) <> 0 or sum(c.follow_up) <> 0
  order by c.batch
  on conflict (cohort_batch_id) do update
    set owing = t.owing + excluded.owing, due = t.due + excluded.due, follow_up = t.follow_up + excluded.follow_up;
end
$$;
comment on function private.owing_students_apply(public.cohort_students[], public.cohort_students[]) is
  'Applies one statement''s change of cohort_students (old rows, new rows) to owing_students (rows that owe: upserted with their latest payment date; rows that stopped owing: removed), owing_follow_ups and owing_student_totals (moved by the difference, in key order). Rows whose owing figures did not change are skipped.';

-- One trigger (and function) per event: a trigger with transition tables has one event.
create function private.owing_students_insert()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_apply('{}', array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0));
  return null;
end
$$;
create function private.owing_students_update()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_apply(
    array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0),
    array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0));
  return null;
end
$$;
create function private.owing_students_delete()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_apply(array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0), '{}');
  return null;
end
$$;
comment on function private.owing_students_insert() is 'Statement trigger on cohort_students: inserted students who owe join owing_students and its totals.';
comment on function private.owing_students_update() is 'Statement trigger on cohort_students: students whose owing figures changed (due, follow-up, conversion date, batch, status) are upserted into or removed from owing_students; its totals move by the difference.';
comment on function private.owing_students_delete() is 'Statement trigger on cohort_students: deleted students leave owing_students and its totals.';

create trigger cohort_students_owing_insert
  after insert on public.cohort_students
  referencing new table as new_rows
  for each statement execute function private.owing_students_insert();
create trigger cohort_students_owing_update
  after update on public.cohort_students
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.owing_students_update();
create trigger cohort_students_owing_delete
  after delete on public.cohort_students
  referencing old table as old_rows
  for each statement execute function private.owing_students_delete();

-- The latest payment date of the students of a ledger statement.
create function private.owing_students_last_paid(p_students uuid[])
returns void
language plpgsql security definer set search_path = ''
as $$
begin
  update public.owing_students s
  set last_paid_on = lp.last_paid_on
  from (
    select x.id, (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = x.id and p.kind = 'payment') as last_paid_on
    from (select distinct u.id from unnest(p_students) u (id) where u.id is not null) x
    order by x.id
  ) lp
  where s.student_id = lp.id and s.last_paid_on is distinct from lp.last_paid_on;
end
$$;
comment on function private.owing_students_last_paid(uuid[]) is 'Sets owing_students.last_paid_on of the given students to the date of their latest payment (ledger entries of kind payment).';

create function private.owing_students_payments_insert()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_last_paid(array(select n.cohort_student_id from new_rows n));
  return null;
end
$$;
create function private.owing_students_payments_update()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_last_paid(array(
    select n.cohort_student_id from new_rows n union select o.cohort_student_id from old_rows o));
  return null;
end
$$;
create function private.owing_students_payments_delete()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.owing_students_last_paid(array(select o.cohort_student_id from old_rows o));
  return null;
end
$$;
comment on function private.owing_students_payments_insert() is 'Statement trigger on emi_payments: the students of the new entries get their latest payment date again (owing_students).';
comment on function private.owing_students_payments_update() is 'Statement trigger on emi_payments: the students of the edited entries (before and after) get their latest payment date again (owing_students).';
comment on function private.owing_students_payments_delete() is 'Statement trigger on emi_payments: the students of the deleted entries get their latest payment date again (owing_students).';

create trigger emi_payments_owing_insert
  after insert on public.emi_payments
  referencing new table as new_rows
  for each statement execute function private.owing_students_payments_insert();
create trigger emi_payments_owing_update
  after update on public.emi_payments
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.owing_students_payments_update();
create trigger emi_payments_owing_delete
  after delete on public.emi_payments
  referencing old table as old_rows
  for each statement execute function private.owing_students_payments_delete();

revoke all on function
  private.owing_students_apply(public.cohort_students[], public.cohort_students[]),
  private.owing_students_insert(), private.owing_students_update(), private.owing_students_delete(),
  private.owing_students_last_paid(uuid[]),
  private.owing_students_payments_insert(), private.owing_students_payments_update(), private.owing_students_payments_delete()
from public, anon, authenticated;

-- One statement (the Supabase CLI runs a file's statements without a transaction block, and LOCK
-- needs one): under the locks (the ledger first, as its writers take it before the students),
-- whatever the triggers wrote since they were created is replaced by the exact set.
do $$
begin
  lock table public.emi_payments, public.cohort_students in share mode;
  delete from public.owing_students;
  delete from public.owing_student_totals;
  delete from public.owing_follow_ups;
  insert into public.owing_students (student_id, organization_id, cohort_batch_id, due_amount, next_follow_up_date, conversion_date, last_paid_on)
  select cs.id, cs.organization_id, cs.cohort_batch_id, cs.due_amount, cs.next_follow_up_date, cs.conversion_date,
    (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = cs.id and p.kind = 'payment')
  from public.cohort_students cs
  where cs.status = 'active' and cs.due_amount > 0;
  insert into public.owing_student_totals (organization_id, cohort_batch_id, owing, due, follow_up)
  select s.organization_id, s.cohort_batch_id, count(*), sum(s.due_amount), count(s.next_follow_up_date)
  from public.owing_students s
  group by s.organization_id, s.cohort_batch_id;
  insert into public.owing_follow_ups (organization_id, next_follow_up_date, owing, due)
  select s.organization_id, s.next_follow_up_date, count(*), sum(s.due_amount)
  from public.owing_students s
  where s.next_follow_up_date is not null
  group by s.organization_id, s.next_follow_up_date;
end
$$;
analyze public.owing_students;
analyze public.owing_student_totals;
analyze public.owing_follow_ups;
