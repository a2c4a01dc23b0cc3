-- Sales and cohorts: the triggers that keep invariants S1-S3 whoever writes (the functions below,
-- an admin's SQL, the seed), and every write and read of docs/api.md "Sales".
--
-- Locking order, used by every function so that concurrent calls serialize and never deadlock:
--   lead (conversions only) -> call appointment -> cohort student -> payment.
-- Triggers:
--   call_appointments BEFORE UPDATE  bumps version / updated_at when the row really changes.
--   call_appointments AFTER INSERT/UPDATE (S1) upserts the (lead, batch) student from the
--     appointment (absolute values, never deltas, so re-running it is harmless), moves it on a
--     batch change, refuses to leave the sync set.
--   emi_payments AFTER INSERT/UPDATE/DELETE (ledger) moves cash_received of the student by the
--     delta and sets the linked appointment's cash to the student's; the S1 trigger then copies
--     the same value back, which changes nothing: no loop, no double count.
--   cohort_students BEFORE UPDATE touches updated_at; AFTER UPDATE writes offer history and batch
--     moves, and carries a batch change made directly on the student to its appointment.
-- Errors: `raise exception '<sentence>' using errcode, hint` as in docs/api.md.

-------------------------------------------------------------------------------
-- Sets (kept equal to src/domain/statuses.ts)
create or replace function private.sales_converted_statuses()
returns text[]
language sql immutable set search_path = ''
as $$ select array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount'] $$;
comment on function private.sales_converted_statuses() is 'The converted set of call appointment statuses.';

create or replace function private.sales_sync_statuses()
returns text[]
language sql immutable set search_path = ''
as $$ select array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded', 'discontinued'] $$;
comment on function private.sales_sync_statuses() is 'Statuses whose appointment, with a batch, has exactly one cohort student (invariant S1).';

revoke all on function private.sales_converted_statuses(), private.sales_sync_statuses() from public, anon;
grant execute on function private.sales_converted_statuses(), private.sales_sync_statuses() to authenticated;

-------------------------------------------------------------------------------
-- version and updated_at of call appointments
create or replace function private.call_appointments_bump_version()
returns trigger
language plpgsql set search_path = ''
as $$
begin
  -- A write that changes nothing (an idempotent repeat) keeps the version.
  if to_jsonb(new) - 'updated_at' - 'version' is not distinct from to_jsonb(old) - 'updated_at' - 'version' then
    new.version := old.version;
    new.updated_at := old.updated_at;
    return new;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$$;
comment on function private.call_appointments_bump_version() is 'BEFORE UPDATE: version + 1 and updated_at = now() when the appointment really changes; a no-op write keeps both.';
revoke all on function private.call_appointments_bump_version() from public, anon, authenticated;

create trigger call_appointments_bump_version
  before update on public.call_appointments
  for each row execute function private.call_appointments_bump_version();

create or replace function private.cohort_students_touch()
returns trigger
language plpgsql set search_path = ''
as $$
begin
  if to_jsonb(new) - 'updated_at' is distinct from to_jsonb(old) - 'updated_at' then
    new.updated_at := now();
  end if;
  return new;
end
$$;
comment on function private.cohort_students_touch() is 'BEFORE UPDATE: updated_at = now() when the student really changes.';
revoke all on function private.cohort_students_touch() from public, anon, authenticated;

create trigger cohort_students_touch
  before update on public.cohort_students
  for each row execute function private.cohort_students_touch();

-------------------------------------------------------------------------------
-- S1: one cohort student per sync-set appointment with a batch, in the same transaction.
create or replace function private.sync_cohort_student()
returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_sync text[] := private.sales_sync_statuses();
  v_was boolean := false;
  v_is boolean := new.status = any (v_sync) and new.batch_id is not null;
  v_student_status text;
begin
  if tg_op = 'UPDATE' then
    v_was := old.status = any (v_sync) and old.batch_id is not null;
    if v_was and not (new.status = any (v_sync)) then
      raise exception 'This call was converted into a batch; it can only become refunded, discontinued or another converted status.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.batch_id is null then
      raise exception 'This call was converted into a batch; the batch can be changed but not removed.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.lead_id <> old.lead_id then
      raise exception 'This call was converted; its lead cannot change.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.batch_id <> old.batch_id
       and exists (select 1 from public.cohort_students cs
                   where cs.lead_id = old.lead_id and cs.cohort_batch_id = old.batch_id) then
      -- (When the student row was moved first, by a direct update of the student, it is
      -- already in the new batch and there is nothing to move.)
      if exists (select 1 from public.cohort_students cs
                 where cs.lead_id = new.lead_id and cs.cohort_batch_id = new.batch_id) then
        raise exception 'This student is already in the chosen batch.'
          using errcode = 'PT409', hint = 'already_in_batch';
      end if;
      -- Move the student row: the old batch no longer lists them (S2); history by trigger.
      update public.cohort_students cs set cohort_batch_id = new.batch_id
        where cs.lead_id = old.lead_id and cs.cohort_batch_id = old.batch_id;
    end if;
  end if;

  if not v_is then
    return null;
  end if;

  v_student_status := case new.status when 'refunded' then 'refunded' when 'discontinued' then 'discontinued' else 'active' end;

  insert into public.cohort_students as cs (
    cohort_batch_id, organization_id, lead_id, call_appointment_id, closer_id, conversion_date,
    offer_amount, cash_received, classes_access, next_follow_up_date, no_cost_emi, gst_fees,
    platform_fees, pay_after_earning, payment_platform, payment_remarks, status, notes,
    refund_reason, created_by
  ) values (
    new.batch_id, new.organization_id, new.lead_id, new.id, new.closer_id,
    coalesce(new.conversion_date, new.scheduled_date),
    new.offer_amount, new.cash_received, new.classes_access, new.next_follow_up_date, new.no_cost_emi,
    new.gst_fees, new.platform_fees, new.pay_after_earning, new.payment_platform, new.payment_remarks,
    v_student_status, new.additional_comments, new.refund_reason,
    coalesce(new.updated_by, new.created_by)
  )
  on conflict (lead_id, cohort_batch_id) do update set
    call_appointment_id = excluded.call_appointment_id,
    closer_id = excluded.closer_id,
    conversion_date = excluded.conversion_date,
    offer_amount = excluded.offer_amount,
    cash_received = excluded.cash_received,
    classes_access = excluded.classes_access,
    next_follow_up_date = excluded.next_follow_up_date,
    no_cost_emi = excluded.no_cost_emi,
    gst_fees = excluded.gst_fees,
    platform_fees = excluded.platform_fees,
    pay_after_earning = excluded.pay_after_earning,
    payment_platform = excluded.payment_platform,
    payment_remarks = excluded.payment_remarks,
    status = excluded.status,
    refund_reason = excluded.refund_reason
  where (cs.call_appointment_id, cs.closer_id, cs.conversion_date, cs.offer_amount, cs.cash_received,
         cs.classes_access, cs.next_follow_up_date, cs.no_cost_emi, cs.gst_fees, cs.platform_fees,
         cs.pay_after_earning, cs.payment_platform, cs.payment_remarks, cs.status, cs.refund_reason)
    is distinct from
        (excluded.call_appointment_id, excluded.closer_id, excluded.conversion_date, excluded.offer_amount,
         excluded.cash_received, excluded.classes_access, excluded.next_follow_up_date, excluded.no_cost_emi,
         excluded.gst_fees, excluded.platform_fees, excluded.pay_after_earning, excluded.payment_platform,
         excluded.payment_remarks, excluded.status, excluded.refund_reason);
  return null;
end
$$;
comment on function private.sync_cohort_student() is
  'AFTER INSERT/UPDATE on call_appointments (invariant S1): a sync-set appointment with a batch has exactly one cohort_students row for (lead, batch) carrying its money fields, closer and status, whoever wrote it. A batch change moves the row. Refuses (PT409 converted_locked) leaving the sync set, removing the batch or changing the lead of a synced appointment, and (PT409 already_in_batch) a move into a batch the lead is already in.';
revoke all on function private.sync_cohort_student() from public, anon, authenticated;

create trigger call_appointments_sync_cohort_student
  after insert or update on public.call_appointments
  for each row execute function private.sync_cohort_student();

-------------------------------------------------------------------------------
-- The ledger: payments move cash_received of the student and of its appointment.
create or replace function private.apply_payment_delta(p_student_id uuid, p_delta numeric)
returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students;
begin
  if p_delta = 0 then
    return;
  end if;
  select * into v_cs from public.cohort_students where id = p_student_id for update;
  if not found then
    return; -- the student is being deleted (cascade): nothing to keep in step
  end if;
  if v_cs.cash_received + p_delta > v_cs.offer_amount then
    raise exception 'The payment is more than the amount due (%).', v_cs.offer_amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  if v_cs.cash_received + p_delta < 0 then
    raise exception 'Cash received cannot become negative.' using errcode = '22023', hint = 'field:amount';
  end if;
  update public.cohort_students set cash_received = cash_received + p_delta where id = p_student_id
    returning * into v_cs;
  -- The converting appointment shows the same figure (S3: one ledger seen from both screens).
  update public.call_appointments ca set cash_received = v_cs.cash_received
    where ca.id = v_cs.call_appointment_id
      and ca.lead_id = v_cs.lead_id and ca.batch_id = v_cs.cohort_batch_id
      and ca.cash_received is distinct from v_cs.cash_received
      and ca.offer_amount >= v_cs.cash_received;
end
$$;
comment on function private.apply_payment_delta(uuid, numeric) is 'Moves cash_received of a student by a delta (refusing cash above the offer or below zero, field:amount) and mirrors it on the linked appointment.';
revoke all on function private.apply_payment_delta(uuid, numeric) from public, anon, authenticated;

create or replace function private.emi_payments_ledger()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.apply_payment_delta(new.cohort_student_id, new.amount);
  elsif tg_op = 'DELETE' then
    perform private.apply_payment_delta(old.cohort_student_id, -old.amount);
  elsif new.cohort_student_id = old.cohort_student_id then
    perform private.apply_payment_delta(new.cohort_student_id, new.amount - old.amount);
  else
    perform private.apply_payment_delta(old.cohort_student_id, -old.amount);
    perform private.apply_payment_delta(new.cohort_student_id, new.amount);
  end if;
  return null;
end
$$;
comment on function private.emi_payments_ledger() is 'AFTER INSERT/UPDATE/DELETE on emi_payments: cash_received of the student and its appointment move by exactly the payment delta in the same transaction; overpayment refused (22023 field:amount).';
revoke all on function private.emi_payments_ledger() from public, anon, authenticated;

create trigger emi_payments_ledger
  after insert or update or delete on public.emi_payments
  for each row execute function private.emi_payments_ledger();

create or replace function private.emi_payments_touch()
returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
comment on function private.emi_payments_touch() is 'BEFORE UPDATE: updated_at of a payment.';
revoke all on function private.emi_payments_touch() from public, anon, authenticated;

create trigger emi_payments_touch
  before update on public.emi_payments
  for each row execute function private.emi_payments_touch();

-------------------------------------------------------------------------------
-- History of students: offer changes and batch moves, whatever path made them.
create or replace function private.cohort_students_history()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.offer_amount is distinct from old.offer_amount then
    insert into public.offer_amount_history (organization_id, cohort_student_id, old_amount, new_amount, reason, changed_by)
    values (new.organization_id, new.id, old.offer_amount, new.offer_amount,
            left(nullif(current_setting('app.change_reason', true), ''), 2000), (select auth.uid()));
  end if;
  if new.cohort_batch_id is distinct from old.cohort_batch_id then
    insert into public.cohort_student_moves (organization_id, cohort_student_id, from_batch_id, to_batch_id, moved_by)
    values (new.organization_id, new.id, old.cohort_batch_id, new.cohort_batch_id, (select auth.uid()));
    -- A move made on the student directly carries its converting appointment along (S1 stays
    -- true); when the move came from the appointment this finds nothing to change.
    update public.call_appointments ca set batch_id = new.cohort_batch_id
      where ca.id = new.call_appointment_id and ca.lead_id = new.lead_id and ca.batch_id = old.cohort_batch_id;
  end if;
  return null;
end
$$;
comment on function private.cohort_students_history() is 'AFTER UPDATE on cohort_students: an offer change adds an offer_amount_history row (reason from app.change_reason, changed_by the caller); a batch change adds a cohort_student_moves row and moves the converting appointment too.';
revoke all on function private.cohort_students_history() from public, anon, authenticated;

create trigger cohort_students_history
  after update on public.cohort_students
  for each row execute function private.cohort_students_history();

-------------------------------------------------------------------------------
-- Shared steps of the functions.

-- The caller, or PT403 when signed out.
create or replace function private.sales_caller()
returns uuid
language plpgsql stable set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
begin
  if v_uid is null then
    raise exception 'Sign in to do this.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_uid;
end
$$;
comment on function private.sales_caller() is 'The signed-in caller; refuses (PT403) when there is none.';
revoke all on function private.sales_caller() from public, anon;
grant execute on function private.sales_caller() to authenticated;

-- Locks a student (after its converting appointment, see the locking order) and checks the
-- caller: cohort staff of the student's organization, or its closer when p_allow_closer.
create or replace function private.lock_student(p_student_id uuid, p_allow_closer boolean)
returns public.cohort_students
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students;
  v_appt uuid;
begin
  if p_student_id is null then
    raise exception 'Choose a student.' using errcode = '22023', hint = 'field:cohort_student_id';
  end if;
  select cs.call_appointment_id into v_appt from public.cohort_students cs where cs.id = p_student_id;
  if v_appt is not null then
    perform 1 from public.call_appointments ca where ca.id = v_appt for update;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = p_student_id for update;
  if not found or not private.has_role(v_cs.organization_id, array['admin', 'manager', 'cohort_manager', 'closer']) then
    raise exception 'Student not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_cs.organization_id, array['admin', 'manager', 'cohort_manager'])
     and not (p_allow_closer and v_cs.closer_id = v_uid and private.has_role(v_cs.organization_id, array['closer'])) then
    raise exception 'You may not change this student.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_cs;
end
$$;
comment on function private.lock_student(uuid, boolean) is 'Locks the student (its appointment first) and checks the caller holds admin/manager/cohort_manager in its organization, or is its closer when allowed. Refuses PT404 (unknown or other organization) and PT403.';
revoke all on function private.lock_student(uuid, boolean) from public, anon, authenticated;

-- The appointment that converted a student and still mirrors it, if any.
create or replace function private.student_appointment(p_cs public.cohort_students)
returns uuid
language sql stable security definer set search_path = ''
as $$
  select ca.id from public.call_appointments ca
  where ca.id = p_cs.call_appointment_id and ca.lead_id = p_cs.lead_id and ca.batch_id = p_cs.cohort_batch_id
    and ca.status = any (private.sales_sync_statuses())
$$;
comment on function private.student_appointment(public.cohort_students) is 'The call appointment kept in step with this student by S1, or null.';
revoke all on function private.student_appointment(public.cohort_students) from public, anon, authenticated;

create or replace function private.org_today(p_org uuid)
returns date
language sql stable security definer set search_path = ''
as $$
  select (now() at time zone coalesce((select o.timezone from public.organizations o where o.id = p_org), 'UTC'))::date
$$;
comment on function private.org_today(uuid) is 'Today in the organization''s timezone.';
revoke all on function private.org_today(uuid) from public, anon;
grant execute on function private.org_today(uuid) to authenticated;

create or replace function private.check_amount(p_value numeric, p_field text, p_label text)
returns void
language plpgsql immutable set search_path = ''
as $$
begin
  if p_value is null or p_value < 0 then
    raise exception '% must be zero or more.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > 9999999999.99 then
    raise exception '% is too large.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$$;
comment on function private.check_amount(numeric, text, text) is 'Refuses a null, negative or oversized amount (22023 field:<name>).';
revoke all on function private.check_amount(numeric, text, text) from public, anon, authenticated;

create or replace function private.check_text(p_value text, p_field text, p_label text, p_max int, p_required boolean)
returns text
language plpgsql immutable set search_path = ''
as $$
declare
  v text := nullif(btrim(p_value), '');
begin
  if p_required and v is null then
    raise exception '% is required.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if length(v) > p_max then
    raise exception '% must be at most % characters.', p_label, p_max using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.check_text(text, text, text, int, boolean) is 'Trims a text argument; refuses a missing required one or one that is too long (22023 field:<name>).';
revoke all on function private.check_text(text, text, text, int, boolean) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- convert_call_appointment
create or replace function public.convert_call_appointment(
  p_appointment_id uuid,
  p_status text,
  p_batch_id uuid,
  p_classes_access int,
  p_offer_amount numeric,
  p_cash_received numeric,
  p_next_follow_up_date date default null,
  p_no_cost_emi numeric default 0,
  p_gst_fees numeric default 0,
  p_platform_fees numeric default 0,
  p_pay_after_earning boolean default false,
  p_payment_platform text default null,
  p_payment_remarks text default null,
  p_additional_comments text default null,
  p_expected_version int default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_lead uuid;
  v_ca public.call_appointments;
  v_batch public.cohort_batches;
  v_cs public.cohort_students;
  v_held numeric;
  v_delta numeric;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_payment_remarks, 'payment_remarks', 'Payment remarks', 2000, false);
  v_comments text := private.check_text(p_additional_comments, 'additional_comments', 'Comments', 4000, false);
  v_payment public.emi_payments;
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  -- Lock the lead first: two conversions of one lead (two tabs, two appointments) serialize.
  select ca.lead_id into v_lead from public.call_appointments ca where ca.id = p_appointment_id;
  if v_lead is not null then
    perform 1 from public.leads l where l.id = v_lead for update;
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_ca.organization_id, array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and private.has_role(v_ca.organization_id, array['closer'])) then
    raise exception 'Only the call''s closer, a manager or an admin can convert this call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;

  if p_status is null or not (p_status = any (private.sales_converted_statuses())) then
    raise exception 'Choose a converted status.' using errcode = '22023', hint = 'field:status';
  end if;
  if p_batch_id is null then
    raise exception 'A converted call needs a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_batch_id;
  if not found or v_batch.organization_id <> v_ca.organization_id then
    raise exception 'Choose a batch of this organization.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if p_classes_access is null or p_classes_access not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15 (15 means all classes).' using errcode = '22023', hint = 'field:classes_access';
  end if;
  perform private.check_amount(p_offer_amount, 'offer_amount', 'Offer amount');
  perform private.check_amount(p_cash_received, 'cash_received', 'Cash received');
  perform private.check_amount(p_no_cost_emi, 'no_cost_emi', 'No-cost EMI');
  perform private.check_amount(p_gst_fees, 'gst_fees', 'GST fees');
  perform private.check_amount(p_platform_fees, 'platform_fees', 'Platform fees');
  if p_cash_received > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;

  -- What the ledger already holds for this (lead, batch).
  -- What the ledger already holds for this (lead, batch): the student there, else the student
  -- this appointment is synced with (a batch change moves it), else the appointment's own figure.
  select * into v_cs from public.cohort_students cs
    where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id for update;
  if found then
    v_held := v_cs.cash_received;
  else
    select cs.cash_received into v_held from public.cohort_students cs
      where v_ca.status = any (private.sales_sync_statuses())
        and cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = v_ca.batch_id for update;
    v_held := coalesce(v_held, v_ca.cash_received);
  end if;

  -- Idempotent repeat: the appointment already is what was asked for, and the ledger holds the cash.
  if v_ca.status = p_status and v_ca.batch_id = p_batch_id and v_ca.classes_access = p_classes_access
     and v_ca.offer_amount = p_offer_amount and v_held = p_cash_received and v_cs.id is not null
     and v_ca.next_follow_up_date is not distinct from p_next_follow_up_date
     and v_ca.no_cost_emi = coalesce(p_no_cost_emi, 0) and v_ca.gst_fees = coalesce(p_gst_fees, 0)
     and v_ca.platform_fees = coalesce(p_platform_fees, 0)
     and v_ca.pay_after_earning = coalesce(p_pay_after_earning, false)
     and v_ca.payment_platform is not distinct from v_platform
     and v_ca.payment_remarks is not distinct from v_remarks
     and (v_comments is null or v_ca.additional_comments is not distinct from v_comments) then
    return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
  end if;

  if p_expected_version is not null and p_expected_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;
  if v_batch.status <> 'active' and v_ca.batch_id is distinct from p_batch_id then
    raise exception 'Choose an active batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if p_cash_received < v_held then
    raise exception 'Cash received cannot be lowered here (the ledger holds %); edit or delete payments instead.', v_held
      using errcode = '22023', hint = 'field:cash_received';
  end if;
  if p_offer_amount < v_held then
    raise exception 'The offer cannot be below the cash already received (%).', v_held using errcode = '22023', hint = 'field:offer_amount';
  end if;
  v_delta := p_cash_received - v_held;

  perform set_config('app.change_reason', 'Changed at conversion', true);
  update public.call_appointments ca set
    status = p_status,
    batch_id = p_batch_id,
    classes_access = p_classes_access,
    offer_amount = p_offer_amount,
    cash_received = v_held,
    next_follow_up_date = p_next_follow_up_date,
    no_cost_emi = coalesce(p_no_cost_emi, 0),
    gst_fees = coalesce(p_gst_fees, 0),
    platform_fees = coalesce(p_platform_fees, 0),
    pay_after_earning = coalesce(p_pay_after_earning, false),
    payment_platform = v_platform,
    payment_remarks = v_remarks,
    additional_comments = coalesce(v_comments, ca.additional_comments),
    conversion_date = coalesce(ca.conversion_date, private.org_today(ca.organization_id)),
    updated_by = v_uid
  where ca.id = p_appointment_id;
  perform set_config('app.change_reason', '', true);

  if v_delta > 0 then
    select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
    insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
    values (v_ca.organization_id, v_cs.id, v_delta, private.org_today(v_ca.organization_id), v_platform, 'Recorded at conversion', v_uid)
    returning * into v_payment;
  end if;

  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id;
  select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
  return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
end
$$;
comment on function public.convert_call_appointment(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int) is
  'One transaction: converts the call (converted status, active batch of its organization, classes 1..15, amounts >= 0, cash <= offer), upserts its (lead, batch) cohort student (S1) and records new cash as one ledger payment. Idempotent: the same call again changes nothing. Refuses: not signed in / not the closer, a manager or an admin (PT403), other organization (PT404), bad input (22023 field:*), lowering cash (field:cash_received), a stale p_expected_version (PT409 stale_version).';

-------------------------------------------------------------------------------
-- update_call_appointment_status
create or replace function public.update_call_appointment_status(
  p_appointment_id uuid,
  p_status text,
  p_remarks text default null,
  p_next_follow_up_date date default null,
  p_rescheduled_date date default null,
  p_rescheduled_time time default null,
  p_refund_reason text default null,
  p_expected_version int default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_ca public.call_appointments;
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 4000, false);
  v_refund text := private.check_text(p_refund_reason, 'refund_reason', 'Refund reason', 2000, false);
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_ca.organization_id, array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and private.has_role(v_ca.organization_id, array['closer'])) then
    raise exception 'Only the call''s closer, a manager or an admin can update this call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_status is null or p_status not in ('scheduled', 'reschedule', 'not_converted', 'no_show', 'discontinued', 'refunded') then
    raise exception 'Choose one of: scheduled, reschedule, not converted, no show, discontinued, refunded (converting uses the conversion form).'
      using errcode = '22023', hint = 'field:status';
  end if;
  if p_status in ('not_converted', 'no_show', 'reschedule', 'refunded') and v_remarks is null then
    raise exception 'Remarks are required for this status.' using errcode = '22023', hint = 'field:remarks';
  end if;
  if p_status = 'refunded' and v_refund is null then
    raise exception 'A refund needs a reason.' using errcode = '22023', hint = 'field:refund_reason';
  end if;
  if p_status = 'reschedule' and p_rescheduled_date is null then
    raise exception 'Choose the new date.' using errcode = '22023', hint = 'field:rescheduled_date';
  end if;
  if (v_ca.status = any (private.sales_sync_statuses()) and (v_ca.batch_id is not null or v_ca.status = any (private.sales_converted_statuses())))
     and p_status not in ('refunded', 'discontinued') then
    raise exception 'This call was converted; it can only become refunded, discontinued or another converted status.'
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  -- Idempotent repeat.
  if v_ca.status = p_status
     and (v_remarks is null or v_ca.additional_comments is not distinct from v_remarks)
     and (p_next_follow_up_date is null or v_ca.next_follow_up_date = p_next_follow_up_date)
     and (p_rescheduled_date is null or v_ca.scheduled_date = p_rescheduled_date)
     and (p_rescheduled_time is null or v_ca.scheduled_time = p_rescheduled_time)
     and (v_refund is null or v_ca.refund_reason is not distinct from v_refund) then
    return to_jsonb(v_ca);
  end if;
  if p_expected_version is not null and p_expected_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;

  update public.call_appointments ca set
    status = p_status,
    additional_comments = coalesce(v_remarks, ca.additional_comments),
    next_follow_up_date = coalesce(p_next_follow_up_date, ca.next_follow_up_date),
    scheduled_date = case when p_status = 'reschedule' then p_rescheduled_date else ca.scheduled_date end,
    scheduled_time = case when p_status = 'reschedule' then coalesce(p_rescheduled_time, ca.scheduled_time) else ca.scheduled_time end,
    refund_reason = case when p_status = 'refunded' then v_refund else ca.refund_reason end,
    updated_by = v_uid
  where ca.id = p_appointment_id
  returning * into v_ca;
  return to_jsonb(v_ca);
end
$$;
comment on function public.update_call_appointment_status(uuid, text, text, date, date, time, text, int) is
  'Sets a non-converted status (scheduled, reschedule, not_converted, no_show, discontinued, refunded) on a call, with remarks, follow-up and new date; the cohort student follows by S1. Refuses legacy or converted statuses and missing remarks/refund reason/new date (22023 field:*), leaving the converted set other than to refunded/discontinued (PT409 converted_locked), a stale version (PT409 stale_version), callers who are not its closer, a manager or an admin (PT403/PT404).';

-------------------------------------------------------------------------------
-- Payments
create or replace function public.record_payment(
  p_cohort_student_id uuid,
  p_amount numeric,
  p_paid_on date,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, true);
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 2000, false);
  v_payment public.emi_payments;
begin
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if p_amount > v_cs.offer_amount - v_cs.cash_received then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
  values (v_cs.organization_id, v_cs.id, p_amount, p_paid_on, v_platform, v_remarks, v_uid)
  returning * into v_payment;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('payment', to_jsonb(v_payment), 'student', to_jsonb(v_cs));
end
$$;
comment on function public.record_payment(uuid, numeric, date, text, text) is
  'Adds one payment to the ledger; cash_received of the student and its appointment rise by it in the same transaction. Refuses amount <= 0 or above the due (22023 field:amount), a missing date (field:paid_on), callers who are not cohort staff or the student''s closer (PT403), other organizations (PT404).';

create or replace function private.lock_payment(p_payment_id uuid)
returns public.emi_payments
language plpgsql security definer set search_path = ''
as $$
declare
  v_student uuid;
  v_p public.emi_payments;
begin
  if p_payment_id is null then
    raise exception 'Choose a payment.' using errcode = '22023', hint = 'field:payment_id';
  end if;
  select p.cohort_student_id into v_student from public.emi_payments p where p.id = p_payment_id;
  if v_student is null then
    raise exception 'Payment not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  perform private.lock_student(v_student, true);
  select * into v_p from public.emi_payments p where p.id = p_payment_id for update;
  if not found then
    raise exception 'Payment not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  return v_p;
end
$$;
comment on function private.lock_payment(uuid) is 'Locks a payment after its student (and appointment), with the caller checks of lock_student.';
revoke all on function private.lock_payment(uuid) from public, anon, authenticated;

create or replace function public.update_payment(
  p_payment_id uuid,
  p_amount numeric,
  p_paid_on date,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 2000, false);
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_cs.cash_received - v_p.amount + p_amount > v_cs.offer_amount then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received + v_p.amount
      using errcode = '22023', hint = 'field:amount';
  end if;
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  update public.emi_payments p set amount = p_amount, paid_on = p_paid_on, payment_platform = v_platform, remarks = v_remarks
    where p.id = v_p.id returning * into v_p;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('payment', to_jsonb(v_p), 'student', to_jsonb(v_cs));
end
$$;
comment on function public.update_payment(uuid, numeric, date, text, text) is
  'Edits one payment; cash_received of the student and its appointment move by the difference. Refuses amount <= 0 or making cash exceed the offer (22023 field:amount), callers who are not cohort staff or the student''s closer (PT403/PT404).';

create or replace function public.delete_payment(p_payment_id uuid)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
begin
  delete from public.emi_payments p where p.id = v_p.id;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.delete_payment(uuid) is
  'Deletes one payment; cash_received of the student and its appointment fall by its amount. Refuses callers who are not cohort staff or the student''s closer (PT403/PT404).';

-------------------------------------------------------------------------------
-- Student actions (cohort staff: admin, manager, cohort_manager)
create or replace function public.change_offer_amount(p_cohort_student_id uuid, p_new_amount numeric, p_reason text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'Reason', 2000, false);
  v_appt uuid;
begin
  perform private.check_amount(p_new_amount, 'new_amount', 'The offer');
  if p_new_amount < v_cs.cash_received then
    raise exception 'The offer cannot be below the cash already received (%).', v_cs.cash_received
      using errcode = '22023', hint = 'field:new_amount';
  end if;
  if p_new_amount = v_cs.offer_amount then
    return jsonb_build_object('student', to_jsonb(v_cs));
  end if;
  v_appt := private.student_appointment(v_cs);
  perform set_config('app.change_reason', coalesce(v_reason, ''), true);
  if v_appt is not null then
    update public.call_appointments ca set offer_amount = p_new_amount, updated_by = (select auth.uid()) where ca.id = v_appt;
  else
    update public.cohort_students cs set offer_amount = p_new_amount where cs.id = v_cs.id;
  end if;
  perform set_config('app.change_reason', '', true);
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.change_offer_amount(uuid, numeric, text) is
  'Changes a student''s offer (and its converting appointment''s), with one offer_amount_history row carrying the reason. Refuses a negative offer or one below cash received (22023 field:new_amount), callers who are not cohort staff (PT403/PT404).';

create or replace function public.refund_cohort_student(p_cohort_student_id uuid, p_reason text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The refund reason', 2000, true);
  v_appt uuid := private.student_appointment(v_cs);
begin
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'refunded', refund_reason = v_reason, updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'refunded', refund_reason = v_reason where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.refund_cohort_student(uuid, text) is
  'Marks a student refunded with the reason; its converting appointment becomes refunded in the same transaction (S1). Refuses a missing reason (22023 field:reason), callers who are not cohort staff (PT403/PT404).';

create or replace function public.discontinue_cohort_student(p_cohort_student_id uuid, p_reason text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The reason', 2000, false);
  v_appt uuid := private.student_appointment(v_cs);
begin
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'discontinued', additional_comments = coalesce(v_reason, ca.additional_comments), updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'discontinued' where cs.id = v_cs.id;
  end if;
  if v_reason is not null then
    update public.cohort_students cs
      set notes = left(concat_ws(E'\n', cs.notes, 'Discontinued: ' || v_reason), 4000)
      where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.discontinue_cohort_student(uuid, text) is
  'Marks a student discontinued (reason kept in its notes); its converting appointment becomes discontinued in the same transaction (S1). Refuses callers who are not cohort staff (PT403/PT404).';

create or replace function public.move_cohort_student(p_cohort_student_id uuid, p_to_batch_id uuid, p_classes_access int default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_batch public.cohort_batches;
  v_appt uuid := private.student_appointment(v_cs);
begin
  if p_to_batch_id is null then
    raise exception 'Choose the batch to move to.' using errcode = '22023', hint = 'field:to_batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_to_batch_id;
  if not found or v_batch.organization_id <> v_cs.organization_id then
    raise exception 'Choose a batch of this organization.' using errcode = '22023', hint = 'field:to_batch_id';
  end if;
  if p_classes_access is not null and p_classes_access not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15.' using errcode = '22023', hint = 'field:classes_access';
  end if;
  if p_to_batch_id = v_cs.cohort_batch_id and (p_classes_access is null or p_classes_access = v_cs.classes_access) then
    return jsonb_build_object('student', to_jsonb(v_cs));
  end if;
  if p_to_batch_id <> v_cs.cohort_batch_id and exists (
    select 1 from public.cohort_students cs where cs.lead_id = v_cs.lead_id and cs.cohort_batch_id = p_to_batch_id) then
    raise exception 'This student is already in the chosen batch.' using errcode = 'PT409', hint = 'already_in_batch';
  end if;
  if v_appt is not null then
    update public.call_appointments ca
      set batch_id = p_to_batch_id, classes_access = coalesce(p_classes_access, ca.classes_access), updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs
      set cohort_batch_id = p_to_batch_id, classes_access = coalesce(p_classes_access, cs.classes_access)
      where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.move_cohort_student(uuid, uuid, int) is
  'Moves a student (the same row, with its payments) to another batch of its organization, with its converting appointment; a cohort_student_moves row keeps the history. Refuses a batch of another organization or bad classes (22023 field:*), a lead already in the target batch (PT409 already_in_batch), callers who are not cohort staff (PT403/PT404).';

create or replace function public.set_cohort_student_notes(p_cohort_student_id uuid, p_notes text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_notes text := private.check_text(p_notes, 'notes', 'Notes', 4000, false);
begin
  update public.cohort_students cs set notes = v_notes where cs.id = v_cs.id returning * into v_cs;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function public.set_cohort_student_notes(uuid, text) is
  'Replaces a student''s notes (blank clears them). Refuses notes over 4000 characters (22023 field:notes), callers who are not cohort staff (PT403/PT404).';

-------------------------------------------------------------------------------
-- Cohort types and batches (admins)
create or replace function public.save_cohort_type(p_organization_id uuid, p_name text, p_description text default null, p_id uuid default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_name text := private.check_text(p_name, 'name', 'The name', 200, true);
  v_description text := private.check_text(p_description, 'description', 'The description', 2000, false);
  v_t public.cohort_types;
begin
  if p_organization_id is null or not private.has_role(p_organization_id, array['admin', 'manager', 'closer', 'cohort_manager']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_organization_id, array['admin']) then
    raise exception 'Only an admin can manage cohorts.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_id is not null then
    select * into v_t from public.cohort_types t where t.id = p_id and t.organization_id = p_organization_id for update;
    if not found then
      raise exception 'Cohort not found.' using errcode = 'PT404', hint = 'not_found';
    end if;
  end if;
  if exists (select 1 from public.cohort_types t
             where t.organization_id = p_organization_id and t.name = v_name and t.id is distinct from p_id) then
    raise exception 'A cohort named % already exists.', v_name using errcode = '22023', hint = 'field:name';
  end if;
  if p_id is null then
    insert into public.cohort_types (organization_id, name, description)
    values (p_organization_id, v_name, v_description) returning * into v_t;
  else
    update public.cohort_types t set name = v_name, description = v_description where t.id = p_id returning * into v_t;
  end if;
  return to_jsonb(v_t);
end
$$;
comment on function public.save_cohort_type(uuid, text, text, uuid) is
  'Creates or renames a cohort type of the organization. Refuses callers who are not its admins (PT403/PT404), a missing, long or duplicate name (22023 field:name).';

create or replace function public.save_cohort_batch(
  p_organization_id uuid, p_cohort_type_id uuid, p_name text, p_status text,
  p_start_date date default null, p_end_date date default null, p_id uuid default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_name text := private.check_text(p_name, 'name', 'The name', 200, true);
  v_b public.cohort_batches;
begin
  if p_organization_id is null or not private.has_role(p_organization_id, array['admin', 'manager', 'closer', 'cohort_manager']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_organization_id, array['admin']) then
    raise exception 'Only an admin can manage batches.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_cohort_type_id is null or not exists (
    select 1 from public.cohort_types t where t.id = p_cohort_type_id and t.organization_id = p_organization_id) then
    raise exception 'Choose a cohort of this organization.' using errcode = '22023', hint = 'field:cohort_type_id';
  end if;
  if p_status is null or p_status not in ('planned', 'active', 'completed') then
    raise exception 'Choose a status: planned, active or completed.' using errcode = '22023', hint = 'field:status';
  end if;
  if p_start_date is not null and p_end_date is not null and p_end_date < p_start_date then
    raise exception 'The end date cannot be before the start date.' using errcode = '22023', hint = 'field:end_date';
  end if;
  if p_id is not null then
    select * into v_b from public.cohort_batches b where b.id = p_id and b.organization_id = p_organization_id for update;
    if not found then
      raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
    end if;
  end if;
  if exists (select 1 from public.cohort_batches b
             where b.cohort_type_id = p_cohort_type_id and b.name = v_name and b.id is distinct from p_id) then
    raise exception 'A batch named % already exists in this cohort.', v_name using errcode = '22023', hint = 'field:name';
  end if;
  if p_id is null then
    insert into public.cohort_batches (organization_id, cohort_type_id, name, status, start_date, end_date)
    values (p_organization_id, p_cohort_type_id, v_name, p_status, p_start_date, p_end_date) returning * into v_b;
  else
    update public.cohort_batches b
      set cohort_type_id = p_cohort_type_id, name = v_name, status = p_status, start_date = p_start_date, end_date = p_end_date
      where b.id = p_id returning * into v_b;
  end if;
  return to_jsonb(v_b);
end
$$;
comment on function public.save_cohort_batch(uuid, uuid, text, text, date, date, uuid) is
  'Creates or edits a batch of a cohort type of the organization. Refuses callers who are not its admins (PT403/PT404), another organization''s cohort (field:cohort_type_id), a bad status (field:status), end before start (field:end_date), a missing or duplicate name (field:name).';

-------------------------------------------------------------------------------
-- Reads (security invoker: RLS decides what the caller sees)
create or replace function public.closer_summary(p_organization_id uuid)
returns table (closer_id uuid, closer_name text, assigned bigint, converted bigint, not_converted bigint, rescheduled bigint, cash_collected numeric)
language sql stable security invoker set search_path = ''
as $$
  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = p_organization_id and m.role = 'closer'
      and (private.has_role(p_organization_id, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), counts as (
    select ca.closer_id,
      count(*) as assigned,
      count(*) filter (where ca.status = any (private.sales_converted_statuses())) as converted,
      count(*) filter (where ca.status = 'not_converted') as not_converted,
      count(*) filter (where ca.status = 'reschedule') as rescheduled,
      coalesce(sum(ca.cash_received), 0) as cash_collected
    from public.call_appointments ca
    where ca.organization_id = p_organization_id and ca.closer_id in (select c.user_id from closers c)
    group by ca.closer_id
  )
  select c.user_id, coalesce(p.full_name, ''), coalesce(k.assigned, 0), coalesce(k.converted, 0),
         coalesce(k.not_converted, 0), coalesce(k.rescheduled, 0), coalesce(k.cash_collected, 0)
  from closers c
  left join public.profiles p on p.id = c.user_id
  left join counts k on k.closer_id = c.user_id
  order by coalesce(p.full_name, ''), c.user_id
$$;
comment on function public.closer_summary(uuid) is 'One row per closer of the organization with assigned / converted / not converted / rescheduled counts and cash collected; a closer sees only their own row, other roles nothing (RLS).';

create or replace function public.list_closer_calls(
  p_organization_id uuid,
  p_closer_id uuid,
  p_statuses text[] default null,
  p_from date default null,
  p_to date default null,
  p_search text default null,
  p_limit int default 25,
  p_offset int default 0
)
returns table (
  id uuid, lead_id uuid, lead_name text, lead_email text, lead_phone text, scheduled_date date,
  scheduled_time time, status text, batch_id uuid, batch_name text, cohort_type_name text,
  offer_amount numeric, cash_received numeric, due_amount numeric, classes_access int,
  next_follow_up_date date, additional_comments text, version int, bucket text, total_count bigint
)
language sql stable security invoker set search_path = ''
as $$
  with today as (select private.org_today(p_organization_id) as d),
  calls as (
    select ca.*, l.full_name as l_name, l.email as l_email, l.phone as l_phone,
      b.name as b_name, t.name as t_name,
      case when ca.scheduled_date = (select d from today) then 0
           when ca.scheduled_date > (select d from today) then 1 else 2 end as rank
    from public.call_appointments ca
    join public.leads l on l.id = ca.lead_id
    left join public.cohort_batches b on b.id = ca.batch_id
    left join public.cohort_types t on t.id = b.cohort_type_id
    where ca.organization_id = p_organization_id
      and (p_closer_id is null or ca.closer_id = p_closer_id)
      and (p_statuses is null or cardinality(p_statuses) = 0 or ca.status = any (p_statuses))
      and (p_from is null or ca.scheduled_date >= p_from)
      and (p_to is null or ca.scheduled_date <= p_to)
      and (nullif(btrim(p_search), '') is null
           or l.full_name ilike '%' || btrim(p_search) || '%'
           or l.email ilike '%' || btrim(p_search) || '%'
           or l.phone ilike '%' || btrim(p_search) || '%')
  )
  select r.id, r.lead_id, r.l_name, r.l_email, r.l_phone, r.scheduled_date, r.scheduled_time, r.status,
    r.batch_id, r.b_name, r.t_name, r.offer_amount, r.cash_received, r.due_amount, r.classes_access::int,
    r.next_follow_up_date, r.additional_comments, r.version,
    (array['today', 'upcoming', 'past'])[r.rank + 1],
    count(*) over ()
  from calls r
  order by r.rank,
    case when r.rank < 2 then r.scheduled_date end asc,
    case when r.rank < 2 then r.scheduled_time end asc nulls last,
    case when r.rank = 2 then r.scheduled_date end desc,
    case when r.rank = 2 then r.scheduled_time end desc nulls last,
    r.id
  limit least(greatest(coalesce(p_limit, 25), 1), 200)
  offset greatest(coalesce(p_offset, 0), 0)
$$;
comment on function public.list_closer_calls(uuid, uuid, text[], date, date, text, int, int) is 'A page of a closer''s calls (RLS: closers only their own): today by time, then upcoming ascending, then past descending, in the organization''s timezone; filters by status, date range and lead name/email/phone; total_count is the filtered total.';

create or replace function public.list_batch_roster(
  p_batch_id uuid,
  p_filter text default null,
  p_search text default null,
  p_limit int default 25,
  p_offset int default 0
)
returns table (
  id uuid, lead_id uuid, lead_name text, lead_email text, lead_phone text, closer_id uuid,
  closer_name text, status text, offer_amount numeric, cash_received numeric, due_amount numeric,
  classes_access int, conversion_date date, next_follow_up_date date, pay_after_earning boolean,
  notes text, refund_reason text, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if p_filter is not null and p_filter not in ('refunded', 'discontinued', 'fully_paid', 'follow_up_today', 'pay_after_earning') then
    raise exception 'Unknown filter.' using errcode = '22023', hint = 'field:filter';
  end if;
  return query
  select cs.id, cs.lead_id, l.full_name, l.email, l.phone, cs.closer_id, p.full_name, cs.status,
    cs.offer_amount, cs.cash_received, cs.due_amount, cs.classes_access::int, cs.conversion_date,
    cs.next_follow_up_date, cs.pay_after_earning, cs.notes, cs.refund_reason, count(*) over ()
  from public.cohort_students cs
  join public.leads l on l.id = cs.lead_id
  left join public.profiles p on p.id = cs.closer_id
  where cs.cohort_batch_id = p_batch_id
    and (p_filter is null
         or (p_filter = 'refunded' and cs.status = 'refunded')
         or (p_filter = 'discontinued' and cs.status = 'discontinued')
         or (p_filter = 'fully_paid' and cs.due_amount <= 0)
         or (p_filter = 'follow_up_today' and cs.next_follow_up_date = private.org_today(cs.organization_id))
         or (p_filter = 'pay_after_earning' and cs.pay_after_earning))
    and (nullif(btrim(p_search), '') is null
         or l.full_name ilike '%' || btrim(p_search) || '%'
         or l.email ilike '%' || btrim(p_search) || '%'
         or l.phone ilike '%' || btrim(p_search) || '%')
  order by l.full_name, cs.id
  limit least(greatest(coalesce(p_limit, 25), 1), 500)
  offset greatest(coalesce(p_offset, 0), 0);
end
$$;
comment on function public.list_batch_roster(uuid, text, text, int, int) is 'A page of a batch''s students the caller may read (RLS), by lead name, with an optional filter (refunded, discontinued, fully_paid, follow_up_today in the organization''s timezone, pay_after_earning) and search; total_count is the filtered total. Refuses an unknown filter (22023 field:filter).';

create or replace function public.batch_roster_totals(p_batch_id uuid)
returns jsonb
language sql stable security invoker set search_path = ''
as $$
  with s as (
    select cs.closer_id, cs.offer_amount, cs.cash_received, cs.due_amount
    from public.cohort_students cs where cs.cohort_batch_id = p_batch_id
  ), by_closer as (
    select s.closer_id, count(*) as students, sum(s.offer_amount) as offered,
      sum(s.cash_received) as received, sum(s.due_amount) as due
    from s group by s.closer_id
  )
  select jsonb_build_object(
    'students', (select count(*) from s),
    'offered', (select coalesce(sum(s.offer_amount), 0) from s),
    'received', (select coalesce(sum(s.cash_received), 0) from s),
    'due', (select coalesce(sum(s.due_amount), 0) from s),
    'by_closer', coalesce((
      select jsonb_agg(jsonb_build_object('closer_id', b.closer_id, 'closer_name', p.full_name,
        'students', b.students, 'offered', b.offered, 'received', b.received, 'due', b.due)
        order by p.full_name, b.closer_id)
      from by_closer b left join public.profiles p on p.id = b.closer_id), '[]'::jsonb)
  )
$$;
comment on function public.batch_roster_totals(uuid) is 'Totals of the batch''s students the caller may read (RLS), refunded and discontinued included with their figures: students, offered, received, due, and the same per closer.';

-------------------------------------------------------------------------------
-- Execute: signed-in users only; the functions check roles themselves.
revoke execute on function
  public.convert_call_appointment(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int),
  public.update_call_appointment_status(uuid, text, text, date, date, time, text, int),
  public.record_payment(uuid, numeric, date, text, text),
  public.update_payment(uuid, numeric, date, text, text),
  public.delete_payment(uuid),
  public.change_offer_amount(uuid, numeric, text),
  public.refund_cohort_student(uuid, text),
  public.discontinue_cohort_student(uuid, text),
  public.move_cohort_student(uuid, uuid, int),
  public.set_cohort_student_notes(uuid, text),
  public.save_cohort_type(uuid, text, text, uuid),
  public.save_cohort_batch(uuid, uuid, text, text, date, date, uuid),
  public.closer_summary(uuid),
  public.list_closer_calls(uuid, uuid, text[], date, date, text, int, int),
  public.list_batch_roster(uuid, text, text, int, int),
  public.batch_roster_totals(uuid)
from public, anon;
grant execute on function
  public.convert_call_appointment(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int),
  public.update_call_appointment_status(uuid, text, text, date, date, time, text, int),
  public.record_payment(uuid, numeric, date, text, text),
  public.update_payment(uuid, numeric, date, text, text),
  public.delete_payment(uuid),
  public.change_offer_amount(uuid, numeric, text),
  public.refund_cohort_student(uuid, text),
  public.discontinue_cohort_student(uuid, text),
  public.move_cohort_student(uuid, uuid, int),
  public.set_cohort_student_notes(uuid, text),
  public.save_cohort_type(uuid, text, text, uuid),
  public.save_cohort_batch(uuid, uuid, text, text, date, date, uuid),
  public.closer_summary(uuid),
  public.list_closer_calls(uuid, uuid, text[], date, date, text, int, int),
  public.list_batch_roster(uuid, text, text, int, int),
  public.batch_roster_totals(uuid)
to authenticated;

-------------------------------------------------------------------------------
-- Indexes for the screens: closer summary over many appointments (index-only per closer), the
-- roster by batch and lead name, the S1 lookups.
create index call_appointments_org_closer_status_idx
  on public.call_appointments (organization_id, closer_id, status) include (cash_received);
create index cohort_students_batch_lead_idx on public.cohort_students (cohort_batch_id, lead_id);
