CREATE OR REPLACE FUNCTION private.org_ids_with_role (
  roles text[]
)
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select distinct m.organization_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = any (roles)
$function$;

GRANT EXECUTE ON FUNCTION "private"."org_ids_with_role"(text[]) TO "authenticated";

COMMENT ON FUNCTION "private"."org_ids_with_role"(text[]) IS 'Organizations in which the caller holds one of the given roles.';

REVOKE ALL ON FUNCTION "private"."org_ids_with_role"(text[]) FROM PUBLIC;
