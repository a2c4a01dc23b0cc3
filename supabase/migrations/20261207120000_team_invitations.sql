-- The team is managed in the app (issue 15, "The team"): invitations, roles, removal.
--
-- An admin invites a person by email with one or more staff roles. On a hosted project the Edge
-- Function supabase/functions/invite-member (the only holder of the service key) checks the
-- caller with public.invitation_precheck (as the caller), sends a Supabase Auth invitation and
-- records it with public.record_invitation (service_role only). The invitee follows the email's
-- link, sets a password and calls public.accept_invitation, which turns every pending invitation
-- of their signed-in email into memberships. Admins change roles (public.set_member_roles) and
-- remove members (public.remove_member); access ends at once because every policy reads the
-- memberships live (private.user_org_ids and friends). No change may leave an organization
-- without an admin: each one locks the organization's admin memberships first, so two admins
-- demoting each other at once cannot both succeed.
set lock_timeout = '5s';
set statement_timeout = '60s';

-------------------------------------------------------------------------------
-- invitations
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  email text not null check (email = lower(btrim(email)) and length(email) between 3 and 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  roles text[] not null check (cardinality(roles) between 1 and 5 and roles <@ array['admin', 'manager', 'closer', 'cohort_manager', 'specialist']::text[]),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'revoked')),
  invited_by uuid references public.profiles (id) on delete set null,
  -- The Auth user the invitation created or found (hosted: auth.users.id); informative only.
  auth_user_id uuid,
  expires_at timestamptz not null,
  sent_count integer not null default 1 check (sent_count between 1 and 10000),
  last_sent_at timestamptz not null default now(),
  accepted_at timestamptz,
  accepted_by uuid,
  revoked_at timestamptz,
  revoked_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'accepted') = (accepted_at is not null)),
  check ((status = 'revoked') = (revoked_at is not null))
);
comment on table public.invitations is
  'An invitation of a person (by email) to an organization with staff roles. Pending until accepted by the signed-in owner of that email, revoked by an admin, or past expires_at (7 days after the last send). At most one pending invitation per organization and email. Written only through database functions.';

revoke all on public.invitations from anon, authenticated;
grant select on public.invitations to authenticated;
alter table public.invitations enable row level security;

create policy "Admins can read their organizations' invitations"
  on public.invitations for select to authenticated
  using (organization_id in (select private.org_ids_with_role(array['admin'])));

create unique index invitations_one_pending_per_email on public.invitations (organization_id, email) where status = 'pending';
create index invitations_organization_id_idx on public.invitations (organization_id, created_at desc);
create index invitations_pending_email_idx on public.invitations (email) where status = 'pending';
create index invitations_invited_by_idx on public.invitations (invited_by);

-------------------------------------------------------------------------------
-- Helpers

create or replace function private.invitation_ttl()
returns interval
language sql immutable set search_path = ''
as $$ select interval '7 days' $$;
comment on function private.invitation_ttl() is 'How long an invitation stays valid after it was (re)sent.';
revoke all on function private.invitation_ttl() from public, anon, authenticated;

create or replace function private.arg_email(p_value text, p_field text)
returns text
language plpgsql immutable set search_path = ''
as $$
declare
  v text := lower(private.clean_text(p_value));
begin
  if v is null then
    raise exception 'Enter an email address.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if length(v) > 254 or v !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That is not a valid email address.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.arg_email(text, text) is 'Parses an email address (trimmed, lower case); refuses empty or malformed ones with 22023 field:<name>.';
revoke all on function private.arg_email(text, text) from public, anon, authenticated;

-- Staff roles an admin may give in the app. The member role (an employee of a client company)
-- needs a company and is not given through invitations.
create or replace function private.arg_staff_roles(p_value jsonb, p_field text)
returns text[]
language plpgsql immutable set search_path = ''
as $$
declare
  v_roles text[];
  v_bad text;
begin
  if p_value is null or jsonb_typeof(p_value) <> 'array' or jsonb_array_length(p_value) = 0 then
    raise exception 'Choose at least one role.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if jsonb_array_length(p_value) > 10 then
    raise exception 'Choose at most 5 roles.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  select e.value into v_bad from jsonb_array_elements(p_value) e
  where jsonb_typeof(e.value) <> 'string'
     or (e.value #>> '{}') not in ('admin', 'manager', 'closer', 'cohort_manager', 'specialist')
  limit 1;
  if found then
    raise exception 'Unknown role: %.', left(v_bad, 40) using errcode = '22023', hint = 'field:' || p_field;
  end if;
  select array_agg(distinct e #>> '{}' order by e #>> '{}') into v_roles from jsonb_array_elements(p_value) e;
  return v_roles;
end
$$;
comment on function private.arg_staff_roles(jsonb, text) is 'Parses a JSON array of staff roles (admin, manager, closer, cohort_manager, specialist), deduplicated and sorted; refuses an empty list or an unknown role with 22023 field:<name>.';
revoke all on function private.arg_staff_roles(jsonb, text) from public, anon, authenticated;

create or replace function private.is_org_admin(p_org uuid, p_user uuid)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.memberships m where m.organization_id = p_org and m.user_id = p_user and m.role = 'admin')
$$;
comment on function private.is_org_admin(uuid, uuid) is 'Whether that person is an admin of that organization.';
revoke all on function private.is_org_admin(uuid, uuid) from public, anon, authenticated;

-- Refuses anyone but an admin of the organization: PT404 outside it (its existence is not
-- revealed), PT403 for its other roles.
create or replace function private.require_team_admin(p_org uuid)
returns void
language plpgsql stable security definer set search_path = ''
as $$
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
$$;
comment on function private.require_team_admin(uuid) is 'Raises unless the caller is an admin of the organization (PT404 outside it, PT403 for other roles).';
revoke all on function private.require_team_admin(uuid) from public, anon, authenticated;

-- Serializes every change of who is an admin in one organization: the admin memberships are
-- locked, so a concurrent change waits and then sees the committed result.
create or replace function private.lock_org_admins(p_org uuid)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform 1 from public.memberships m where m.organization_id = p_org and m.role = 'admin' for update;
end
$$;
comment on function private.lock_org_admins(uuid) is 'Locks the organization''s admin memberships (until the transaction ends).';
revoke all on function private.lock_org_admins(uuid) from public, anon, authenticated;

create or replace function private.assert_org_keeps_an_admin(p_org uuid)
returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not exists (select 1 from public.memberships m where m.organization_id = p_org and m.role = 'admin') then
    raise exception 'The organization needs at least one admin: make someone else an admin first.'
      using errcode = 'PT409', hint = 'last_admin';
  end if;
end
$$;
comment on function private.assert_org_keeps_an_admin(uuid) is 'Raises PT409 last_admin when the organization has no admin left (the caller''s change is then rolled back).';
revoke all on function private.assert_org_keeps_an_admin(uuid) from public, anon, authenticated;

-- The caller's email as Supabase Auth holds it (never user_metadata).
create or replace function private.caller_email()
returns text
language sql stable security definer set search_path = ''
as $$
  select lower(u.email) from auth.users u where u.id = (select auth.uid())
$$;
comment on function private.caller_email() is 'The signed-in user''s email (lower case) from auth.users, or null.';
revoke all on function private.caller_email() from public, anon, authenticated;

-------------------------------------------------------------------------------
-- Invitations: precheck (as the admin), record (service_role), revoke, accept, mine

create or replace function private.invitation_precheck_impl(p_org uuid, p_email text, p_roles text[])
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
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
$$;
comment on function private.invitation_precheck_impl(uuid, text, text[]) is 'See public.invitation_precheck.';
revoke all on function private.invitation_precheck_impl(uuid, text, text[]) from public, anon, authenticated;

create or replace function public.invitation_precheck(p_organization_id text, p_email text, p_roles jsonb)
returns jsonb
language sql stable security definer set search_path = ''
as $$
  select private.invitation_precheck_impl(
    private.arg_uuid(p_organization_id, 'organization_id'),
    private.arg_email(p_email, 'email'),
    private.arg_staff_roles(p_roles, 'roles')
  )
$$;
comment on function public.invitation_precheck(text, text, jsonb) is
  'Checks, as the calling admin, that this invitation may be sent (writes nothing): returns the normalized email and roles, the organization''s name and any pending invitation id (a resend). Refuses: not an admin (PT403; PT404 outside the organization), bad email or roles (22023 field:email/roles), already a member (PT409 already_member). Called by the invite-member Edge Function before it asks Supabase Auth to send the email.';
revoke all on function public.invitation_precheck(text, text, jsonb) from public, anon;
grant execute on function public.invitation_precheck(text, text, jsonb) to authenticated;

create or replace function private.record_invitation_impl(p_org uuid, p_email text, p_roles text[], p_invited_by uuid, p_auth_user_id uuid)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.record_invitation_impl(uuid, text, text[], uuid, uuid) is 'See public.record_invitation.';
revoke all on function private.record_invitation_impl(uuid, text, text[], uuid, uuid) from public, anon, authenticated;

create or replace function public.record_invitation(p_organization_id text, p_email text, p_roles jsonb, p_invited_by text, p_auth_user_id text default null)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('record_invitation'),
    private.remember_write(
    private.record_invitation_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_email(p_email, 'email'),
      private.arg_staff_roles(p_roles, 'roles'),
      private.arg_uuid(p_invited_by, 'invited_by'),
      private.arg_uuid(p_auth_user_id, 'auth_user_id')
    )
    )
  )
$$;
comment on function public.record_invitation(text, text, jsonb, text, text) is
  'service_role only (the invite-member Edge Function, after Supabase Auth sent the invitation): records the pending invitation, or renews the pending one for that organization and email (roles replaced, expiry 7 days from now, sent_count + 1). Refuses: p_invited_by not an admin of the organization (PT403), already a member (PT409 already_member), bad arguments (22023 field:*).';
revoke all on function public.record_invitation(text, text, jsonb, text, text) from public, anon, authenticated;
grant execute on function public.record_invitation(text, text, jsonb, text, text) to service_role;

create or replace function private.revoke_invitation_impl(p_invitation_id uuid)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.revoke_invitation_impl(uuid) is 'See public.revoke_invitation.';
revoke all on function private.revoke_invitation_impl(uuid) from public, anon, authenticated;

create or replace function public.revoke_invitation(p_invitation_id text)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('revoke_invitation'),
    private.remember_write(
    private.revoke_invitation_impl(private.arg_uuid(p_invitation_id, 'invitation_id'))
    )
  )
$$;
comment on function public.revoke_invitation(text) is
  'Revokes a pending invitation (its link then no longer gives access); revoking again changes nothing. Refuses: not an admin of its organization (PT403; PT404 outside it), already accepted (PT409 already_accepted).';
revoke all on function public.revoke_invitation(text) from public, anon;
grant execute on function public.revoke_invitation(text) to authenticated;

create or replace function private.accept_invitation_impl(p_invitation_id uuid, p_full_name text)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.accept_invitation_impl(uuid, text) is 'See public.accept_invitation.';
revoke all on function private.accept_invitation_impl(uuid, text) from public, anon, authenticated;

create or replace function public.accept_invitation(p_invitation_id text default null, p_full_name text default null)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('accept_invitation'),
    private.remember_write(
    private.accept_invitation_impl(private.arg_uuid(p_invitation_id, 'invitation_id'), p_full_name)
    )
  )
$$;
comment on function public.accept_invitation(text, text) is
  'Turns the pending invitations of the signed-in user''s email (auth.users, never metadata) into memberships with their roles (one invitation when p_invitation_id is given) and sets the profile''s name when given; returns the organization ids. Accepting again changes nothing. Refuses: not signed in (PT403), only expired (PT410 expired) or withdrawn (PT410 revoked) invitations, none for this email (PT404), a name over 200 characters (22023 field:full_name).';
revoke all on function public.accept_invitation(text, text) from public, anon;
grant execute on function public.accept_invitation(text, text) to authenticated;

create or replace function public.my_invitations()
returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'id', i.id, 'organization_id', i.organization_id, 'organization_name', o.name,
           'roles', to_jsonb(i.roles), 'expires_at', i.expires_at) order by i.created_at), '[]'::jsonb)
  from public.invitations i join public.organizations o on o.id = i.organization_id
  where i.email = private.caller_email() and i.status = 'pending' and i.expires_at > now()
$$;
comment on function public.my_invitations() is 'The pending, unexpired invitations of the signed-in user''s email, with the organization''s name (readable before joining).';
revoke all on function public.my_invitations() from public, anon;
grant execute on function public.my_invitations() to authenticated;

-------------------------------------------------------------------------------
-- Members: change roles, remove, open work

-- Call appointments not yet decided (a closer still has to work them); the rest are outcomes.
create or replace function private.open_call_appointment_statuses()
returns text[]
language sql immutable set search_path = ''
as $$ select array['scheduled', 'pending', 'reschedule', 'not_decided', 'so_so']::text[] $$;
comment on function private.open_call_appointment_statuses() is 'Call appointment statuses that are not a final outcome (equal to OPEN_CALL_APPOINTMENT_STATUSES in src/domain/statuses.ts; drift test).';
revoke all on function private.open_call_appointment_statuses() from public, anon, authenticated;

create or replace function private.member_open_work_data(p_org uuid, p_user uuid)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  return jsonb_build_object(
    'user_id', p_user,
    'calls_total', (select count(*) from public.call_appointments a
                    where a.organization_id = p_org and a.closer_id = p_user and a.status = any (private.open_call_appointment_statuses())),
    'calls', coalesce((
      select jsonb_agg(jsonb_build_object('id', x.id, 'scheduled_date', x.scheduled_date, 'scheduled_time', x.scheduled_time,
                                          'status', x.status, 'lead_name', x.full_name) order by x.scheduled_date, x.scheduled_time)
      from (select a.id, a.scheduled_date, a.scheduled_time, a.status, l.full_name
            from public.call_appointments a join public.leads l on l.id = a.lead_id
            where a.organization_id = p_org and a.closer_id = p_user and a.status = any (private.open_call_appointment_statuses())
            order by a.scheduled_date, a.scheduled_time limit 100) x), '[]'::jsonb),
    'claims', coalesce((
      select jsonb_agg(jsonb_build_object('id', x.id, 'call_status', x.call_status, 'claimed_at', x.claimed_at,
                                          'member_name', x.full_name) order by x.claimed_at)
      from (select c.id, c.call_status, c.claimed_at, p.full_name
            from public.specialist_call_logs c join public.profiles p on p.id = c.user_id
            where c.organization_id = p_org and c.claimed_by = p_user and c.call_status in ('pending', 'scheduled')
            order by c.claimed_at limit 100) x), '[]'::jsonb)
  );
end
$$;
comment on function private.member_open_work_data(uuid, uuid) is 'What that person leaves open in the organization (no access check: callers check).';
revoke all on function private.member_open_work_data(uuid, uuid) from public, anon, authenticated;

create or replace function private.member_open_work_impl(p_org uuid, p_user uuid)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_team_admin(p_org);
  return private.member_open_work_data(p_org, p_user);
end
$$;
comment on function private.member_open_work_impl(uuid, uuid) is 'See public.member_open_work.';
revoke all on function private.member_open_work_impl(uuid, uuid) from public, anon, authenticated;

create or replace function public.member_open_work(p_organization_id text, p_user_id text)
returns jsonb
language sql stable security definer set search_path = ''
as $$
  select private.member_open_work_impl(private.arg_uuid(p_organization_id, 'organization_id'), private.arg_uuid(p_user_id, 'user_id'))
$$;
comment on function public.member_open_work(text, text) is
  'What a (current or removed) member leaves open in the organization, for reassignment: their undecided call appointments (calls_total, first 100 by date) and the open call requests they hold a claim on (first 100). Admins of the organization only (PT403; PT404 outside it).';
revoke all on function public.member_open_work(text, text) from public, anon;
grant execute on function public.member_open_work(text, text) to authenticated;

create or replace function private.set_member_roles_impl(p_org uuid, p_user uuid, p_roles text[])
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.set_member_roles_impl(uuid, uuid, text[]) is 'See public.set_member_roles.';
revoke all on function private.set_member_roles_impl(uuid, uuid, text[]) from public, anon, authenticated;

create or replace function public.set_member_roles(p_organization_id text, p_user_id text, p_roles jsonb)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('set_member_roles'),
    private.remember_write(
    private.set_member_roles_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_user_id, 'user_id'),
      private.arg_staff_roles(p_roles, 'roles')
    )
    )
  )
$$;
comment on function public.set_member_roles(text, text, jsonb) is
  'Sets a member''s staff roles in the organization to exactly p_roles (a member role with its company is kept). Serialized per organization on its admin memberships. Refuses: not an admin (PT403; PT404 outside it), not a member (PT404), no role or an unknown one (22023 field:roles), leaving the organization without an admin (PT409 last_admin). Nothing is written after a refusal.';
revoke all on function public.set_member_roles(text, text, jsonb) from public, anon;
grant execute on function public.set_member_roles(text, text, jsonb) to authenticated;

create or replace function private.remove_member_impl(p_org uuid, p_user uuid)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.remove_member_impl(uuid, uuid) is 'See public.remove_member.';
revoke all on function private.remove_member_impl(uuid, uuid) from public, anon, authenticated;

create or replace function public.remove_member(p_organization_id text, p_user_id text)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('remove_member'),
    private.remember_write(
    private.remove_member_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_user_id, 'user_id')
    )
    )
  )
$$;
comment on function public.remove_member(text, text) is
  'Removes every role of a person in the organization: their access ends with their next request (policies read memberships live, whatever their token says). Returns what they leave open (see member_open_work) for reassignment; their calls and claims are kept. Refuses: not an admin (PT403; PT404 outside it), not a member (PT404), removing the last admin (PT409 last_admin). Nothing is written after a refusal.';
revoke all on function public.remove_member(text, text) from public, anon;
grant execute on function public.remove_member(text, text) to authenticated;
