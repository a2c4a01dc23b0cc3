CREATE OR REPLACE FUNCTION private.record_invitation_impl (
  p_org          uuid,
  p_email        text,
  p_roles        text[],
  p_invited_by   uuid,
  p_auth_user_id uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_inv public.invitations;
begin
  if p_invited_by is null or not private.is_org_admin(p_org, p_invited_by) then
    raise exception 'Only admins of this organization can invite people.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if exists (
    select 1 from public.memberships m join auth.users u on u.id = m.user_id
    where m.organization_id = p_org and lower(u.email) = p_email
  ) then
    raise exception '% is already a member of this organization: change their roles instead.', p_email
      using errcode = 'PT409', hint = 'already_member';
  end if;
  insert into public.invitations as i (organization_id, email, roles, invited_by, auth_user_id, expires_at)
  values (p_org, p_email, p_roles, p_invited_by, p_auth_user_id, now() + private.invitation_ttl())
  on conflict (organization_id, email) where status = 'pending' do update
    set roles = excluded.roles,
        invited_by = excluded.invited_by,
        auth_user_id = coalesce(excluded.auth_user_id, i.auth_user_id),
        expires_at = excluded.expires_at,
        sent_count = i.sent_count + 1,
        last_sent_at = now(),
        updated_at = now()
  returning * into v_inv;
  return to_jsonb(v_inv);
end
$function$;

COMMENT ON FUNCTION "private"."record_invitation_impl"(uuid, text, text[], uuid, uuid) IS 'See public.record_invitation.';

REVOKE ALL ON FUNCTION "private"."record_invitation_impl"(uuid, text, text[], uuid, uuid) FROM PUBLIC;
