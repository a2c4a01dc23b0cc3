CREATE OR REPLACE FUNCTION private.closer_lead_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select distinct ca.lead_id from public.call_appointments ca
  where ca.closer_id = (select auth.uid())
    and ca.organization_id in (select private.org_ids_with_role(array['closer']))
$function$;

GRANT EXECUTE ON FUNCTION "private"."closer_lead_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."closer_lead_ids"() IS 'Leads of the calls assigned to the caller as closer.';

REVOKE ALL ON FUNCTION "private"."closer_lead_ids"() FROM PUBLIC;
