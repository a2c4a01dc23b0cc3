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
$function$;

COMMENT ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text, numeric, date) IS 'Body of public.refund_cohort_student: one transaction: a refund entry in the ledger (private.record_refund: amount 0..cash received, default all of it; date in the payment range, default today; reason required) lowers cash received, and the student (and its converting call, S1) becomes refunded. The same refund again changes nothing; another refund of a refunded student is PT409 already_refunded. Refuses bad amount/date/reason (22023 field:amount/refunded_on/reason), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text, numeric, date) FROM PUBLIC;
