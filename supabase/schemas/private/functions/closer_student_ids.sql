CREATE OR REPLACE FUNCTION private.closer_student_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select cs.id from public.cohort_students cs
  where cs.closer_id = (select auth.uid())
    and cs.organization_id in (select private.org_ids_with_role(array['closer']))
$function$;

GRANT EXECUTE ON FUNCTION "private"."closer_student_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."closer_student_ids"() IS 'Students the caller converted as closer.';

REVOKE ALL ON FUNCTION "private"."closer_student_ids"() FROM PUBLIC;
