CREATE OR REPLACE FUNCTION private.owing_students_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_new public.cohort_students[] := array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0);
begin
  if cardinality(v_new) > 0 then
    perform private.owing_students_apply('{}', v_new);
  end if;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_insert"() IS 'Statement trigger on cohort_students: inserted students who owe join owing_students and its totals.';

REVOKE ALL ON FUNCTION "private"."owing_students_insert"() FROM PUBLIC;
