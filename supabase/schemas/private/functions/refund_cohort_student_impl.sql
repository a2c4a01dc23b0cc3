CREATE OR REPLACE FUNCTION private.refund_cohort_student_impl (
  p_cohort_student_id uuid,
  p_reason            text,
  p_amount            numeric DEFAULT NULL::numeric,
  p_refunded_on       date    DEFAULT NULL::date
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The refund reason', 2000, true);
  v_appt uuid := private.student_appointment(v_cs);
  v_amount numeric := coalesce(p_amount, v_cs.cash_received);
  v_on date := coalesce(p_refunded_on, private.org_today(v_cs.organization_id));
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
  if v_amount < 0 then
    raise exception 'The refund cannot be negative.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_amount > v_cs.cash_received then
    raise exception 'The refund can be at most what was received (%).', v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(v_amount, 'amount', 'The refund', v_cs.organization_id);
  if v_on > private.org_today(v_cs.organization_id) then
    raise exception 'The refund date cannot be in the future.' using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_on < private.payment_date_floor(v_cs.cohort_batch_id) then
    raise exception 'The refund date cannot be before %.', to_char(private.payment_date_floor(v_cs.cohort_batch_id), 'YYYY-MM-DD')
      using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_amount > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, remarks, created_by)
    values (v_cs.organization_id, v_cs.id, 'refund', v_amount, v_on, v_reason, v_uid)
    returning * into v_entry;
  end if;
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
$function$;

COMMENT ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text, numeric, date) IS 'Body of public.refund_cohort_student: one transaction: a refund entry in the ledger (amount 0..cash received, default all of it; date in the payment range, default today; reason required) lowers cash received, and the student (and its converting call, S1) becomes refunded. The same refund again changes nothing; another refund of a refunded student is PT409 already_refunded. Refuses bad amount/date/reason (22023 field:amount/refunded_on/reason), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text, numeric, date) FROM PUBLIC;
