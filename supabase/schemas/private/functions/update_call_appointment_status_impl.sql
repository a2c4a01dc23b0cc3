CREATE OR REPLACE FUNCTION private.update_call_appointment_status_impl (
  p_appointment_id      uuid,
  p_status              text,
  p_remarks             text                   DEFAULT NULL::text,
  p_next_follow_up_date date                   DEFAULT NULL::date,
  p_rescheduled_date    date                   DEFAULT NULL::date,
  p_rescheduled_time    time without time zone DEFAULT NULL::time WITHOUT time zone,
  p_refund_reason       text                   DEFAULT NULL::text,
  p_expected_version    integer                DEFAULT NULL::integer,
  p_refund_amount       numeric                DEFAULT NULL::numeric,
  p_refunded_on         date                   DEFAULT NULL::date
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

COMMENT ON FUNCTION "private"."update_call_appointment_status_impl"(uuid, text, text, date, date, time without time zone, text, integer, numeric, date) IS 'Body of public.update_call_appointment_status: sets a non-converted status (remarks, follow-up, new slot, refund reason). Becoming refunded with a cohort student also records the refund in the ledger in the same transaction (private.record_refund: amount 0..cash received, default all of it, 22023 field:refund_amount; date default today, 22023 field:refunded_on), so cash received drops exactly as with refund_cohort_student. Repeats change nothing; a refunded student refunded again with another amount is PT409 already_refunded; a stale version PT409 stale_version.';

REVOKE ALL ON FUNCTION "private"."update_call_appointment_status_impl"(uuid, text, text, date, date, time WITHOUT time zone, text, integer, numeric, date) FROM PUBLIC;
