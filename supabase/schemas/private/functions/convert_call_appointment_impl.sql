CREATE OR REPLACE FUNCTION private.convert_call_appointment_impl (
  p_appointment_id      uuid,
  p_status              text,
  p_batch_id            uuid,
  p_classes_access      integer,
  p_offer_amount        numeric,
  p_cash_received       numeric,
  p_next_follow_up_date date    DEFAULT NULL::date,
  p_no_cost_emi         numeric DEFAULT 0,
  p_gst_fees            numeric DEFAULT 0,
  p_platform_fees       numeric DEFAULT 0,
  p_pay_after_earning   boolean DEFAULT false,
  p_payment_platform    text    DEFAULT NULL::text,
  p_payment_remarks     text    DEFAULT NULL::text,
  p_additional_comments text    DEFAULT NULL::text,
  p_expected_version    integer DEFAULT NULL::integer
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
  v_ca public.call_appointments;
  v_batch public.cohort_batches;
  v_cs public.cohort_students;
  v_held numeric;
  v_delta numeric;
  v_today date;
  v_roles text[];
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_payment_remarks, 'payment_remarks', 'Payment remarks', 2000, false);
  v_comments text := private.check_text(p_additional_comments, 'additional_comments', 'Comments', 4000, false);
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  -- Lock the lead first: two conversions of one lead (two tabs, two appointments) serialize.
  perform 1 from public.leads l
    where l.id = (select ca.lead_id from public.call_appointments ca where ca.id = p_appointment_id) for update;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  -- The caller's roles in the call's organization, read once (private.has_role's rule).
  if found then
    select coalesce(array_agg(m.role), '{}') into v_roles from public.memberships m
    where m.organization_id = v_ca.organization_id and m.user_id = v_uid;
  end if;
  if v_ca.id is null or not (v_roles && array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not (v_roles && array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and 'closer' = any (v_roles)) then
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
  -- The per-field ceiling checks (and their messages) only when an amount is above the lowest
  -- ceiling of any currency; check_amount_limit reads the organization's ceiling for those.
  if greatest(p_offer_amount, p_cash_received, p_no_cost_emi, p_gst_fees, p_platform_fees) > private.lowest_amount_ceiling() then
    perform private.check_amount_limit(p_offer_amount, 'offer_amount', 'The offer amount', v_ca.organization_id);
    perform private.check_amount_limit(p_cash_received, 'cash_received', 'Cash received', v_ca.organization_id);
    perform private.check_amount_limit(p_no_cost_emi, 'no_cost_emi', 'No-cost EMI', v_ca.organization_id);
    perform private.check_amount_limit(p_gst_fees, 'gst_fees', 'GST fees', v_ca.organization_id);
    perform private.check_amount_limit(p_platform_fees, 'platform_fees', 'Platform fees', v_ca.organization_id);
  end if;
  -- A date already stored may be kept as it is (time moves on); a new one must be ahead.
  if p_next_follow_up_date is distinct from v_ca.next_follow_up_date then
    perform private.check_ahead_date(p_next_follow_up_date, v_ca.organization_id, 'next_follow_up_date', 'The next follow-up');
  end if;
  if p_cash_received > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;

  -- What the ledger already holds for this (lead, batch): the student there, else the student
  -- this appointment is synced with (a batch change moves it), else the appointment's own figure.
  select * into v_cs from public.cohort_students cs
    where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id for update;
  if found then
    v_held := v_cs.cash_received;
  else
    if v_ca.status = any (private.sales_sync_statuses()) and v_ca.batch_id is not null then
      select cs.cash_received into v_held from public.cohort_students cs
        where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = v_ca.batch_id for update;
    end if;
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
  v_today := private.org_today(v_ca.organization_id);

  -- One write of the appointment with its final cash: the S1 trigger writes the student with the
  -- same figure, and the ledger entry of the difference (below) is marked as already applied,
  -- instead of the appointment and the student being written a second time by its trigger.
  perform set_config('app.change_reason', 'Changed at conversion', true);
  update public.call_appointments ca set
    status = p_status,
    batch_id = p_batch_id,
    classes_access = p_classes_access,
    offer_amount = p_offer_amount,
    cash_received = p_cash_received,
    next_follow_up_date = p_next_follow_up_date,
    no_cost_emi = coalesce(p_no_cost_emi, 0),
    gst_fees = coalesce(p_gst_fees, 0),
    platform_fees = coalesce(p_platform_fees, 0),
    pay_after_earning = coalesce(p_pay_after_earning, false),
    payment_platform = v_platform,
    payment_remarks = v_remarks,
    additional_comments = coalesce(v_comments, ca.additional_comments),
    conversion_date = coalesce(ca.conversion_date, v_today),
    updated_by = v_uid
  where ca.id = p_appointment_id
  returning * into v_ca;
  perform set_config('app.change_reason', '', true);

  select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
  if v_delta > 0 then
    perform set_config('cohort_desk.ledger_applied', v_cs.id::text || ':' || v_delta::text, true);
    insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
    values (v_ca.organization_id, v_cs.id, v_delta, v_today, v_platform, 'Recorded at conversion', v_uid);
  end if;

  return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE
  ON FUNCTION "private"."convert_call_appointment_impl"(uuid, text, uuid, integer, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, integer)
  TO "service_role";

COMMENT ON FUNCTION "private"."convert_call_appointment_impl"(uuid, text, uuid, integer, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, integer) IS
  'One transaction: converts the call (converted status, active batch of its organization, classes 1..15, amounts >= 0, cash <= offer), upserts its (lead, batch) cohort student (S1) and records new cash as one ledger payment. Idempotent: the same call again changes nothing. Refuses: not signed in / not the closer, a manager or an admin (PT403), other organization (PT404), bad input (22023 field:*), lowering cash (field:cash_received), a stale p_expected_version (PT409 stale_version).';

REVOKE ALL
  ON FUNCTION "private"."convert_call_appointment_impl"(uuid, text, uuid, integer, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, integer)
  FROM PUBLIC;
