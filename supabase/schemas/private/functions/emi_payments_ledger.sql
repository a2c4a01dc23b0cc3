CREATE OR REPLACE FUNCTION private.emi_payments_ledger()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'INSERT' then
    perform private.apply_payment_delta(new.cohort_student_id, private.ledger_signed(new.kind, new.amount));
  elsif tg_op = 'DELETE' then
    perform private.apply_payment_delta(old.cohort_student_id, -private.ledger_signed(old.kind, old.amount));
  elsif new.cohort_student_id = old.cohort_student_id then
    perform private.apply_payment_delta(new.cohort_student_id,
      private.ledger_signed(new.kind, new.amount) - private.ledger_signed(old.kind, old.amount));
  else
    perform private.apply_payment_delta(old.cohort_student_id, -private.ledger_signed(old.kind, old.amount));
    perform private.apply_payment_delta(new.cohort_student_id, private.ledger_signed(new.kind, new.amount));
  end if;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."emi_payments_ledger"() IS 'AFTER INSERT/UPDATE/DELETE on emi_payments: cash_received of the student and its appointment move by exactly the entry''s signed delta (payment +, refund -) in the same transaction; cash above the offer or below zero refused (22023 field:amount).';

REVOKE ALL ON FUNCTION "private"."emi_payments_ledger"() FROM PUBLIC;
