CREATE OR REPLACE FUNCTION private.owing_students_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.owing_students_apply('{}', array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_insert"() IS 'Statement trigger on cohort_students: inserted students who owe join owing_students and its totals.';

REVOKE ALL ON FUNCTION "private"."owing_students_insert"() FROM PUBLIC;
