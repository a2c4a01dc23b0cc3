CREATE OR REPLACE FUNCTION private.has_role (
  org   uuid,
  roles text[]
)
  RETURNS boolean
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select exists (
    select 1 from public.memberships m
    where m.organization_id = org and m.user_id = (select auth.uid()) and m.role = any (roles)
  )
$function$;

GRANT EXECUTE ON FUNCTION "private"."has_role"(uuid, text[]) TO "authenticated";

COMMENT ON FUNCTION "private"."has_role"(uuid, text[]) IS 'Whether the caller holds one of the roles in that organization (never: in any organization).';

REVOKE ALL ON FUNCTION "private"."has_role"(uuid, text[]) FROM PUBLIC;
