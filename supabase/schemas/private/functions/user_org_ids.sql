CREATE OR REPLACE FUNCTION private.user_org_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select distinct m.organization_id from public.memberships m where m.user_id = (select auth.uid())
$function$;

GRANT EXECUTE ON FUNCTION "private"."user_org_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."user_org_ids"() IS 'Organizations in which the caller holds any role.';

REVOKE ALL ON FUNCTION "private"."user_org_ids"() FROM PUBLIC;
