CREATE OR REPLACE FUNCTION private.require_team_admin (
  p_org uuid
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if (select auth.uid()) is null or not exists (
    select 1 from public.memberships m where m.organization_id = p_org and m.user_id = (select auth.uid())
  ) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_org, array['admin']) then
    raise exception 'Only admins of this organization can manage its team and settings.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."require_team_admin"(uuid) IS 'Raises unless the caller is an admin of the organization (PT404 outside it, PT403 for other roles).';

REVOKE ALL ON FUNCTION "private"."require_team_admin"(uuid) FROM PUBLIC;
