CREATE OR REPLACE FUNCTION private.remove_member_impl (
  p_org  uuid,
  p_user uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.require_team_admin(p_org);
  perform private.lock_org_admins(p_org);
  if not exists (select 1 from public.memberships m where m.organization_id = p_org and m.user_id = p_user) then
    raise exception 'This person is not a member of the organization.' using errcode = 'PT404', hint = 'not_found';
  end if;
  delete from public.memberships m where m.organization_id = p_org and m.user_id = p_user;
  perform private.assert_org_keeps_an_admin(p_org);
  return private.member_open_work_data(p_org, p_user);
end
$function$;

COMMENT ON FUNCTION "private"."remove_member_impl"(uuid, uuid) IS 'See public.remove_member.';

REVOKE ALL ON FUNCTION "private"."remove_member_impl"(uuid, uuid) FROM PUBLIC;
