CREATE OR REPLACE FUNCTION private.owing_students_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_old public.cohort_students[] := array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0);
  v_new public.cohort_students[] := array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0);
begin
  if cardinality(v_old) > 0 or cardinality(v_new) > 0 then
    perform private.owing_students_apply(v_old, v_new);
  end if;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_update"() IS 'Statement trigger on cohort_students: students whose owing figures changed (due, follow-up, conversion date, batch, status) are upserted into or removed from owing_students; its totals move by the difference.';

REVOKE ALL ON FUNCTION "private"."owing_students_update"() FROM PUBLIC;
