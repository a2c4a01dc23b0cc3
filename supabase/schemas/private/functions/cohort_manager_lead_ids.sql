CREATE OR REPLACE FUNCTION private.cohort_manager_lead_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select distinct cs.lead_id from public.cohort_students cs
  where cs.organization_id in (select private.org_ids_with_role(array['cohort_manager']))
$function$;

GRANT EXECUTE ON FUNCTION "private"."cohort_manager_lead_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."cohort_manager_lead_ids"() IS 'Leads on a batch roster (cohort students) of an organization where the caller is cohort manager.';

REVOKE ALL ON FUNCTION "private"."cohort_manager_lead_ids"() FROM PUBLIC;
