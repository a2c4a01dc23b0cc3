CREATE OR REPLACE FUNCTION private.closer_appointment_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select ca.id from public.call_appointments ca
  where ca.closer_id = (select auth.uid())
    and ca.organization_id in (select private.org_ids_with_role(array['closer']))
$function$;

GRANT EXECUTE ON FUNCTION "private"."closer_appointment_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."closer_appointment_ids"() IS 'Call appointments assigned to the caller as closer, in organizations where they hold the closer role.';

REVOKE ALL ON FUNCTION "private"."closer_appointment_ids"() FROM PUBLIC;
