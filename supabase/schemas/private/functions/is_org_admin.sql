CREATE OR REPLACE FUNCTION private.is_org_admin (
  p_org  uuid,
  p_user uuid
)
  RETURNS boolean
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select exists (select 1 from public.memberships m where m.organization_id = p_org and m.user_id = p_user and m.role = 'admin')
$function$;

COMMENT ON FUNCTION "private"."is_org_admin"(uuid, uuid) IS 'Whether that person is an admin of that organization.';

REVOKE ALL ON FUNCTION "private"."is_org_admin"(uuid, uuid) FROM PUBLIC;
