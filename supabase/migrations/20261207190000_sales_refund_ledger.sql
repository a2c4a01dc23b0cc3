set lock_timeout = '5s';
set statement_timeout = '60s';

-- One refund, whichever screen records it (issue 15, "Money out"). Cohort Management's
-- refund_cohort_student wrote a ledger refund (amount, date, reason); the closer's update dialog
-- (update_call_appointment_status with status refunded) only flipped the status, so the cash stayed
-- in Received and showed as written off. Both now go through private.record_refund: the checks
-- (amount 0..cash received, default all of it; date in the payment range, default today; reason)
-- and the ledger entry, whose trigger lowers cash_received of the student and of its appointment.
-- Functions only: no table change.

create or replace function private.record_refund(
  p_cs public.cohort_students,
  p_reason text,
  p_amount numeric,
  p_refunded_on date,
  p_uid uuid,
  p_amount_field text default 'amount'
)
returns public.emi_payments
language plpgsql security definer set search_path = ''
as $$
declare
  v_amount numeric := coalesce(p_amount, p_cs.cash_received);
  v_on date := coalesce(p_refunded_on, private.org_today(p_cs.organization_id));
  v_entry public.emi_payments;
begin
  if v_amount < 0 then
    raise exception 'The refund cannot be negative.' using errcode = '22023', hint = 'field:' || p_amount_field;
  end if;
  if v_amount > p_cs.cash_received then
    raise exception 'The refund can be at most what was received (%).', p_cs.cash_received
      using errcode = '22023', hint = 'field:' || p_amount_field;
  end if;
  perform private.check_amount_limit(v_amount, p_amount_field, 'The refund', p_cs.organization_id);
  if v_on > private.org_today(p_cs.organization_id) then
    raise exception 'The refund date cannot be in the future.' using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_on < private.payment_date_floor(p_cs.cohort_batch_id) then
    raise exception 'The refund date cannot be before %.', to_char(private.payment_date_floor(p_cs.cohort_batch_id), 'YYYY-MM-DD')
      using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_amount > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, remarks, created_by)
    values (p_cs.organization_id, p_cs.id, 'refund', v_amount, v_on, p_reason, p_uid)
    returning * into v_entry;
  end if;
  return v_entry;
end
$$;
comment on function private.record_refund(public.cohort_students, text, numeric, date, uuid, text) is
  'The one refund step of refund_cohort_student and update_call_appointment_status: checks the amount (0..cash received, default all of it; 22023 field:<p_amount_field>) and the date (payment range, default today; 22023 field:refunded_on), then writes the ledger refund (none for 0), whose trigger lowers cash_received of the student and its appointment. The caller has locked the student and checked the reason.';
revoke all on function private.record_refund(public.cohort_students, text, numeric, date, uuid, text) from public, anon, authenticated;

-- From the current body in 20261207140000_refund_ledger.sql; the refund step moved to
-- private.record_refund (same checks, same messages).
create or replace function private.refund_cohort_student_impl(
  p_cohort_student_id uuid,
  p_reason text,
  p_amount numeric default null,
  p_refunded_on date default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The refund reason', 2000, true);
  v_appt uuid := private.student_appointment(v_cs);
  v_refunded numeric;
  v_entry public.emi_payments;
begin
  if v_cs.status = 'refunded' then
    -- The same refund sent again changes nothing; anything else is a conflict.
    select coalesce(sum(p.amount), 0) into v_refunded
      from public.emi_payments p where p.cohort_student_id = v_cs.id and p.kind = 'refund';
    if v_cs.refund_reason is not distinct from v_reason and (p_amount is null or p_amount = v_refunded) then
      return jsonb_build_object('student', to_jsonb(v_cs), 'refund', null);
    end if;
    raise exception 'This student was already refunded.' using errcode = 'PT409', hint = 'already_refunded';
  end if;
  v_entry := private.record_refund(v_cs, v_reason, p_amount, p_refunded_on, v_uid);
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'refunded', refund_reason = v_reason, updated_by = v_uid
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'refunded', refund_reason = v_reason where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs), 'refund', to_jsonb(v_entry));
end
$$;
comment on function private.refund_cohort_student_impl(uuid, text, numeric, date) is
  'Body of public.refund_cohort_student: one transaction: a refund entry in the ledger (private.record_refund: amount 0..cash received, default all of it; date in the payment range, default today; reason required) lowers cash received, and the student (and its converting call, S1) becomes refunded. The same refund again changes nothing; another refund of a refunded student is PT409 already_refunded. Refuses bad amount/date/reason (22023 field:amount/refunded_on/reason), callers who are not cohort staff (PT403/PT404).';

-------------------------------------------------------------------------------
-- update_call_appointment_status gains the refund's amount and date. From the current body in
-- 20261202101000_write_rpc_input_ranges.sql (impl) and 20261202130100_idempotent_writes.sql
-- (wrapper). The old signatures are dropped so one function answers (a call without the new
-- arguments still resolves: they default to null = refund everything received, today).
drop function if exists public.update_call_appointment_status(text, text, text, text, text, text, text, text);
drop function if exists private.update_call_appointment_status_impl(uuid, text, text, date, date, time, text, int);

create or replace function private.update_call_appointment_status_impl(
  p_appointment_id uuid,
  p_status text,
  p_remarks text default null,
  p_next_follow_up_date date default null,
  p_rescheduled_date date default null,
  p_rescheduled_time time default null,
  p_refund_reason text default null,
  p_expected_version int default null,
  p_refund_amount numeric default null,
  p_refunded_on date default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_ca public.call_appointments;
  v_cs public.cohort_students;
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 4000, false);
  v_refund text := private.check_text(p_refund_reason, 'refund_reason', 'Refund reason', 2000, false);
  v_refunded numeric;
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
  if p_next_follow_up_date is distinct from v_ca.next_follow_up_date then
    perform private.check_ahead_date(p_next_follow_up_date, v_ca.organization_id, 'next_follow_up_date', 'The next follow-up');
  end if;
  if p_status = 'reschedule'
     and (p_rescheduled_date is distinct from v_ca.scheduled_date
          or (p_rescheduled_time is not null and p_rescheduled_time is distinct from v_ca.scheduled_time)) then
    perform private.check_ahead_date(p_rescheduled_date, v_ca.organization_id, 'rescheduled_date', 'The new date');
    if p_rescheduled_date = private.org_today(v_ca.organization_id) and p_rescheduled_time is not null
       and p_rescheduled_time < (now() at time zone private.org_timezone(v_ca.organization_id))::time then
      raise exception 'The new time cannot be in the past.' using errcode = '22023', hint = 'field:rescheduled_time';
    end if;
  end if;
  if (v_ca.status = any (private.sales_sync_statuses()) and (v_ca.batch_id is not null or v_ca.status = any (private.sales_converted_statuses())))
     and p_status not in ('refunded', 'discontinued') then
    raise exception 'This call was converted; it can only become refunded, discontinued or another converted status.'
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  -- The student this call converted (S1), locked after the call (the locking order).
  if p_status = 'refunded' and v_ca.batch_id is not null and v_ca.status = any (private.sales_sync_statuses()) then
    select * into v_cs from public.cohort_students cs
      where cs.call_appointment_id = v_ca.id and cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = v_ca.batch_id
      for update;
  end if;
  if v_ca.status = 'refunded' and p_status = 'refunded' and v_cs.id is not null and p_refund_amount is not null then
    -- Already refunded: the same amount again is a repeat; another amount is a conflict.
    select coalesce(sum(p.amount), 0) into v_refunded
      from public.emi_payments p where p.cohort_student_id = v_cs.id and p.kind = 'refund';
    if p_refund_amount <> v_refunded then
      raise exception 'This student was already refunded.' using errcode = 'PT409', hint = 'already_refunded';
    end if;
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

  -- Becoming refunded with a student: the money goes out through the ledger first (the same step
  -- as refund_cohort_student), so the status change below carries the lowered cash received.
  if p_status = 'refunded' and v_ca.status <> 'refunded' and v_cs.id is not null then
    perform private.record_refund(v_cs, v_refund, p_refund_amount, p_refunded_on, v_uid, 'refund_amount');
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
comment on function private.update_call_appointment_status_impl(uuid, text, text, date, date, time, text, int, numeric, date) is
  'Body of public.update_call_appointment_status: sets a non-converted status (remarks, follow-up, new slot, refund reason). Becoming refunded with a cohort student also records the refund in the ledger in the same transaction (private.record_refund: amount 0..cash received, default all of it, 22023 field:refund_amount; date default today, 22023 field:refunded_on), so cash received drops exactly as with refund_cohort_student. Repeats change nothing; a refunded student refunded again with another amount is PT409 already_refunded; a stale version PT409 stale_version.';
revoke all on function private.update_call_appointment_status_impl(uuid, text, text, date, date, time, text, int, numeric, date) from public, anon, authenticated;

create or replace function public.update_call_appointment_status(
  p_appointment_id text,
  p_status text,
  p_remarks text default null,
  p_next_follow_up_date text default null,
  p_rescheduled_date text default null,
  p_rescheduled_time text default null,
  p_refund_reason text default null,
  p_expected_version text default null,
  p_refund_amount text default null,
  p_refunded_on text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('update_call_appointment_status'),
    private.remember_write(
    private.update_call_appointment_status_impl(
      private.arg_uuid(p_appointment_id, 'appointment_id'),
      p_status,
      p_remarks,
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      private.arg_date(p_rescheduled_date, 'rescheduled_date'),
      private.arg_time(p_rescheduled_time, 'rescheduled_time'),
      p_refund_reason,
      private.arg_int(p_expected_version, 'expected_version'),
      private.arg_numeric(p_refund_amount, 'refund_amount'),
      private.arg_date(p_refunded_on, 'refunded_on')
    )
    )
  )
$$;
comment on function public.update_call_appointment_status(text, text, text, text, text, text, text, text, text, text) is
  'A closer''s (or manager''s) status update of a call. Parses its arguments (22023 field:<name>) and runs private.update_call_appointment_status_impl (see its comment): refunded with a student records the refund (amount default all received, date default today) in the ledger.';
revoke all on function public.update_call_appointment_status(text, text, text, text, text, text, text, text, text, text) from public, anon;
grant execute on function public.update_call_appointment_status(text, text, text, text, text, text, text, text, text, text) to authenticated;
