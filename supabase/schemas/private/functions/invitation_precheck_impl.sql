CREATE OR REPLACE FUNCTION private.invitation_precheck_impl (
  p_org   uuid,
  p_email text,
  p_roles text[]
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_org public.organizations;
begin
  perform private.require_team_admin(p_org);
  if exists (
    select 1 from public.memberships m join auth.users u on u.id = m.user_id
    where m.organization_id = p_org and lower(u.email) = p_email
  ) then
    raise exception '% is already a member of this organization: change their roles instead.', p_email
      using errcode = 'PT409', hint = 'already_member';
  end if;
  select * into v_org from public.organizations o where o.id = p_org;
  return jsonb_build_object('organization_id', v_org.id, 'organization_name', v_org.name, 'email', p_email, 'roles', to_jsonb(p_roles),
    'pending_invitation_id', (select i.id from public.invitations i where i.organization_id = p_org and i.email = p_email and i.status = 'pending'));
end
$function$;

COMMENT ON FUNCTION "private"."invitation_precheck_impl"(uuid, text, text[]) IS 'See public.invitation_precheck.';

REVOKE ALL ON FUNCTION "private"."invitation_precheck_impl"(uuid, text, text[]) FROM PUBLIC;
