CREATE OR REPLACE FUNCTION private.owing_students_payments_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.owing_students_last_paid(array(select n.cohort_student_id from new_rows n));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_payments_insert"() IS 'Statement trigger on emi_payments: the students of the new entries get their latest payment date again (owing_students).';

REVOKE ALL ON FUNCTION "private"."owing_students_payments_insert"() FROM PUBLIC;
