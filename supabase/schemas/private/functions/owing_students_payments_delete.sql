CREATE OR REPLACE FUNCTION private.owing_students_payments_delete()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.owing_students_last_paid(array(select o.cohort_student_id from old_rows o));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_payments_delete"() IS 'Statement trigger on emi_payments: the students of the deleted entries get their latest payment date again (owing_students).';

REVOKE ALL ON FUNCTION "private"."owing_students_payments_delete"() FROM PUBLIC;
