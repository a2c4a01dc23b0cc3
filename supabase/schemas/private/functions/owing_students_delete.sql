CREATE OR REPLACE FUNCTION private.owing_students_delete()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.owing_students_apply(array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0), '{}');
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_delete"() IS 'Statement trigger on cohort_students: deleted students leave owing_students and its totals.';

REVOKE ALL ON FUNCTION "private"."owing_students_delete"() FROM PUBLIC;
