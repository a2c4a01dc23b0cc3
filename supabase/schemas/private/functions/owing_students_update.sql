CREATE OR REPLACE FUNCTION private.owing_students_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.owing_students_apply(
    array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0),
    array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_update"() IS 'Statement trigger on cohort_students: students whose owing figures changed (due, follow-up, conversion date, batch, status) are upserted into or removed from owing_students; its totals move by the difference.';

REVOKE ALL ON FUNCTION "private"."owing_students_update"() FROM PUBLIC;
