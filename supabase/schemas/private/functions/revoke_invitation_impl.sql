CREATE OR REPLACE FUNCTION private.revoke_invitation_impl (
  p_invitation_id uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_inv public.invitations;
begin
  select * into v_inv from public.invitations i where i.id = p_invitation_id for update;
  if not found then
    raise exception 'Invitation not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  perform private.require_team_admin(v_inv.organization_id);
  if v_inv.status = 'revoked' then
    return to_jsonb(v_inv);
  end if;
  if v_inv.status = 'accepted' then
    raise exception 'This invitation was already accepted: remove the member instead.' using errcode = 'PT409', hint = 'already_accepted';
  end if;
  update public.invitations
    set status = 'revoked', revoked_at = now(), revoked_by = (select auth.uid()), updated_at = now()
    where id = v_inv.id
    returning * into v_inv;
  return to_jsonb(v_inv);
end
$function$;

COMMENT ON FUNCTION "private"."revoke_invitation_impl"(uuid) IS 'See public.revoke_invitation.';

REVOKE ALL ON FUNCTION "private"."revoke_invitation_impl"(uuid) FROM PUBLIC;
