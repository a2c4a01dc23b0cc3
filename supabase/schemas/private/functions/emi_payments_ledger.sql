CREATE OR REPLACE FUNCTION private.emi_payments_ledger()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_mark text := current_setting('cohort_desk.ledger_applied', true);
begin
  if tg_op = 'INSERT' and v_mark like new.cohort_student_id::text || ':%' then
    -- '<student id>:<signed amount>': the conversion wrote the student's (and its appointment's)
    -- cash with this entry included. The mark covers this one entry and is used up.
    if substr(v_mark, length(new.cohort_student_id::text) + 2)::numeric = private.ledger_signed(new.kind, new.amount) then
      perform set_config('cohort_desk.ledger_applied', '', true);
      return null;
    end if;
  end if;
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

COMMENT ON FUNCTION "private"."emi_payments_ledger"() IS 'AFTER INSERT/UPDATE/DELETE on emi_payments: cash_received of the student and its appointment move by exactly the entry''s signed delta (payment +, refund -) in the same transaction; cash above the offer or below zero refused (22023 field:amount). An inserted entry named by the transaction-local mark cohort_desk.ledger_applied (''<student id>:<signed amount>'', set by a conversion that already wrote the cash with it) moves nothing and uses the mark up.';

REVOKE ALL ON FUNCTION "private"."emi_payments_ledger"() FROM PUBLIC;
