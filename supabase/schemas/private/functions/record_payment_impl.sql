CREATE OR REPLACE FUNCTION private.record_payment_impl (
  p_cohort_student_id uuid,
  p_amount            numeric,
  p_paid_on           date,
  p_payment_platform  text    DEFAULT NULL::text,
  p_remarks           text    DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, true);
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 2000, false);
  v_payment public.emi_payments;
begin
  if v_cs.status <> 'active' then
    raise exception 'This student was %, so they owe nothing and no payment can be recorded for them.',
      case v_cs.status when 'refunded' then 'refunded' else 'discontinued' end
      using errcode = 'PT409', hint = 'student_not_active';
  end if;
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if p_amount > v_cs.due_amount then
    raise exception 'The amount is more than what is due (%).', v_cs.due_amount
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(p_amount, 'amount', 'The amount', v_cs.organization_id);
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  perform private.check_payment_date(p_paid_on, v_cs, 'paid_on');
  insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
  values (v_cs.organization_id, v_cs.id, p_amount, p_paid_on, v_platform, v_remarks, v_uid)
  returning * into v_payment;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('payment', to_jsonb(v_payment), 'student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."record_payment_impl"(uuid, numeric, date, text, text) TO "service_role";

COMMENT ON FUNCTION "private"."record_payment_impl"(uuid, numeric, date, text, text) IS 'Body of public.record_payment: one EMI payment for an active student, at most their due amount; refuses refunded/discontinued students (PT409 student_not_active), bad amount/date/text (22023 field:*).';

REVOKE ALL ON FUNCTION "private"."record_payment_impl"(uuid, numeric, date, text, text) FROM PUBLIC;
