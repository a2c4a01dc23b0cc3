CREATE OR REPLACE FUNCTION private.accept_invitation_impl (
  p_invitation_id uuid,
  p_full_name     text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
  v_email text := private.caller_email();
  v_name text := private.clean_text(p_full_name);
  v_inv public.invitations;
  v_orgs uuid[] := '{}'::uuid[];
  v_seen integer := 0;
  v_expired boolean := false;
  v_revoked boolean := false;
begin
  if v_uid is null or v_email is null then
    raise exception 'Sign in to accept an invitation.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_name is not null and length(v_name) > 200 then
    raise exception 'Use at most 200 characters.' using errcode = '22023', hint = 'field:full_name';
  end if;
  for v_inv in
    select * from public.invitations i
    where i.email = v_email and (p_invitation_id is null or i.id = p_invitation_id)
    order by i.created_at
    for update
  loop
    v_seen := v_seen + 1;
    if v_inv.status = 'accepted' then
      if v_inv.accepted_by = v_uid then
        v_orgs := v_orgs || v_inv.organization_id; -- a repeat: already a member through it
      end if;
      continue;
    end if;
    if v_inv.status = 'revoked' then
      v_revoked := true;
      continue;
    end if;
    if v_inv.expires_at <= now() then
      v_expired := true;
      continue;
    end if;
    insert into public.memberships (organization_id, user_id, role)
    select v_inv.organization_id, v_uid, r from unnest(v_inv.roles) r
    on conflict (organization_id, user_id, role) do nothing;
    update public.invitations
      set status = 'accepted', accepted_at = now(), accepted_by = v_uid, updated_at = now()
      where id = v_inv.id;
    v_orgs := v_orgs || v_inv.organization_id;
  end loop;
  if cardinality(v_orgs) = 0 then
    if v_expired then
      raise exception 'This invitation has expired. Ask an admin of the organization to send a new one.' using errcode = 'PT410', hint = 'expired';
    elsif v_revoked then
      raise exception 'This invitation was withdrawn. Ask an admin of the organization if you should still join.' using errcode = 'PT410', hint = 'revoked';
    end if;
    raise exception 'There is no invitation for %.', v_email using errcode = 'PT404', hint = 'not_found';
  end if;
  if v_name is not null then
    update public.profiles set full_name = v_name where id = v_uid;
  end if;
  return jsonb_build_object('organization_ids', (select jsonb_agg(distinct o) from unnest(v_orgs) o));
end
$function$;

COMMENT ON FUNCTION "private"."accept_invitation_impl"(uuid, text) IS 'See public.accept_invitation.';

REVOKE ALL ON FUNCTION "private"."accept_invitation_impl"(uuid, text) FROM PUBLIC;
