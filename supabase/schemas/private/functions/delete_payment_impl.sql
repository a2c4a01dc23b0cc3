CREATE OR REPLACE FUNCTION private.delete_payment_impl (
  p_payment_id uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if v_p.kind = 'payment' and v_cs.cash_received < v_p.amount then
    raise exception 'This payment cannot be deleted: the refunds recorded would be more than the payments left. Delete or lower a refund first.'
      using errcode = 'PT409', hint = 'refunds_exceed_payments';
  end if;
  delete from public.emi_payments p where p.id = v_p.id;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."delete_payment_impl"(uuid) TO "service_role";

COMMENT ON FUNCTION "private"."delete_payment_impl"(uuid) IS 'Body of public.delete_payment: deletes one ledger entry; cash received moves back by its signed amount. Refuses deleting a payment the refunds depend on (PT409 refunds_exceed_payments), callers who are not cohort staff or the student''s closer (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."delete_payment_impl"(uuid) FROM PUBLIC;
