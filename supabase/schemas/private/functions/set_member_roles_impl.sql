CREATE OR REPLACE FUNCTION private.set_member_roles_impl (
  p_org   uuid,
  p_user  uuid,
  p_roles text[]
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
  delete from public.memberships m
  where m.organization_id = p_org and m.user_id = p_user
    and m.role in ('admin', 'manager', 'closer', 'cohort_manager', 'specialist') and m.role <> all (p_roles);
  insert into public.memberships (organization_id, user_id, role)
  select p_org, p_user, r from unnest(p_roles) r
  on conflict (organization_id, user_id, role) do nothing;
  perform private.assert_org_keeps_an_admin(p_org);
  return jsonb_build_object('organization_id', p_org, 'user_id', p_user,
    'roles', (select jsonb_agg(m.role order by m.role) from public.memberships m where m.organization_id = p_org and m.user_id = p_user));
end
$function$;

COMMENT ON FUNCTION "private"."set_member_roles_impl"(uuid, uuid, text[]) IS 'See public.set_member_roles.';

REVOKE ALL ON FUNCTION "private"."set_member_roles_impl"(uuid, uuid, text[]) FROM PUBLIC;
