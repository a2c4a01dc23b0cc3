CREATE OR REPLACE FUNCTION private.owing_students_payment_row()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  -- A new payment can only move its student's latest payment date forward (refunds do not count:
  -- the trigger's WHEN).
  update public.owing_students s set last_paid_on = new.paid_on
  where s.student_id = new.cohort_student_id and (s.last_paid_on is null or s.last_paid_on < new.paid_on);
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_payment_row"() IS 'Row trigger on emi_payments (new payments): the student''s owing_students.last_paid_on moves forward to the payment''s date.';

REVOKE ALL ON FUNCTION "private"."owing_students_payment_row"() FROM PUBLIC;
