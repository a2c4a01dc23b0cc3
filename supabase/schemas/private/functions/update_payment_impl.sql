CREATE OR REPLACE FUNCTION private.update_payment_impl (
  p_payment_id       uuid,
  p_amount           numeric,
  p_paid_on          date,
  p_payment_platform text    DEFAULT NULL::text,
  p_remarks          text    DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', case when v_p.kind = 'refund' then 'The refund reason' else 'Remarks' end, 2000, v_p.kind = 'refund');
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_p.kind = 'refund' then
    if v_cs.cash_received + v_p.amount - p_amount < 0 then
      raise exception 'The refund can be at most what was received (%).', v_cs.cash_received + v_p.amount
        using errcode = '22023', hint = 'field:amount';
    end if;
  elsif v_cs.cash_received - v_p.amount + p_amount > v_cs.offer_amount then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received + v_p.amount
      using errcode = '22023', hint = 'field:amount';
  elsif v_cs.cash_received - v_p.amount + p_amount < 0 then
    raise exception 'The refunds recorded (%) would be more than the payments; lower or delete a refund first.', v_p.amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(p_amount, 'amount', 'The amount', v_cs.organization_id);
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  if p_paid_on is distinct from v_p.paid_on then
    perform private.check_payment_date(p_paid_on, v_cs, 'paid_on');
  end if;
  update public.emi_payments p set amount = p_amount, paid_on = p_paid_on, payment_platform = v_platform, remarks = v_remarks
    where p.id = v_p.id returning * into v_p;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('payment', to_jsonb(v_p), 'student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."update_payment_impl"(uuid, numeric, date, text, text) TO "service_role";

COMMENT ON FUNCTION "private"."update_payment_impl"(uuid, numeric, date, text, text) IS 'Body of public.update_payment: edits one ledger entry; cash received moves by the signed difference. A payment: at most what is due; a refund: at most what was received, reason (remarks) required. Refuses bad amount/date/text (22023 field:*), callers who are not cohort staff or the student''s closer (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."update_payment_impl"(uuid, numeric, date, text, text) FROM PUBLIC;
