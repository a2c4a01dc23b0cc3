-- Calls in, part 4: the Calendly booking webhook's database side.
--
-- An admin sets the organization's signing key (write-only: set_calendly_signing_key stores it in
-- private.calendly_settings; calendly_settings_status says only whether one is set and when).
-- The Edge Function supabase/functions/calendly-webhook (service role) reads it with
-- calendly_webhook_config, verifies the signature over the raw body, and hands the parsed event to
-- receive_calendly_event, which books or cancels through the same path as the app.

set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function public.set_calendly_signing_key(p_organization_id text, p_signing_key text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('set_calendly_signing_key');
  v_org uuid;
  v_uid uuid;
  v_key text;
  v_at timestamptz;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.sales_caller();
  if v_org is null or not private.has_role(v_org, array['admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_org, array['admin']) then
    raise exception 'Only admins can set the Calendly signing key.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  v_key := private.clean_text(p_signing_key);
  if v_key is null then
    delete from private.calendly_settings s where s.organization_id = v_org;
    return private.remember_write(jsonb_build_object('configured', false, 'updated_at', null));
  end if;
  if length(v_key) < 16 or length(v_key) > 500 or v_key ~ '\s' then
    raise exception 'The signing key is 16 to 500 characters without spaces, as Calendly shows it.' using errcode = '22023', hint = 'field:signing_key';
  end if;
  insert into private.calendly_settings (organization_id, signing_key, updated_by, updated_at)
  values (v_org, v_key, v_uid, now())
  on conflict (organization_id) do update set signing_key = excluded.signing_key, updated_by = excluded.updated_by, updated_at = excluded.updated_at
  returning updated_at into v_at;
  return private.remember_write(jsonb_build_object('configured', true, 'updated_at', v_at));
end
$$;
comment on function public.set_calendly_signing_key(text, text) is
  'Admins: sets (or, with an empty key, removes) the organization''s Calendly webhook signing key. Never returns the key. PT403 for other roles, PT404 outside the organization, 22023 field:signing_key for a malformed key.';
revoke all on function public.set_calendly_signing_key(text, text) from public, anon;
grant execute on function public.set_calendly_signing_key(text, text) to authenticated;

create or replace function public.calendly_settings_status(p_organization_id text)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_row private.calendly_settings;
begin
  if v_org is null or not private.has_role(v_org, array['admin']) then
    raise exception 'Only admins can see the Calendly settings.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  select * into v_row from private.calendly_settings s where s.organization_id = v_org;
  return jsonb_build_object(
    'configured', v_row.organization_id is not null,
    'updated_at', v_row.updated_at,
    'updated_by_name', (select p.full_name from public.profiles p where p.id = v_row.updated_by));
end
$$;
comment on function public.calendly_settings_status(text) is 'Admins: whether a Calendly signing key is set, when and by whom; never the key.';
revoke all on function public.calendly_settings_status(text) from public, anon;
grant execute on function public.calendly_settings_status(text) to authenticated;

-- For the Edge Function only (service role): the key and what parsing the payload needs.
create or replace function public.calendly_webhook_config(p_organization_id text)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_org uuid;
begin
  begin
    v_org := p_organization_id::uuid;
  exception when others then
    return null;
  end;
  return (
    select jsonb_build_object('signing_key', s.signing_key, 'timezone', o.timezone, 'phone_country', o.phone_country)
    from private.calendly_settings s join public.organizations o on o.id = s.organization_id
    where s.organization_id = v_org);
end
$$;
comment on function public.calendly_webhook_config(text) is
  'Service role only (the calendly-webhook Edge Function): {signing_key, timezone, phone_country} of the organization, or null when it has no key (or does not exist).';
revoke all on function public.calendly_webhook_config(text) from public, anon, authenticated;
grant execute on function public.calendly_webhook_config(text) to service_role;

-- The parsed, verified event. invitee.created books (idempotent on the invitee uri) for the closer
-- whose login email is one of the event's hosts, else unassigned, at the start instant's local
-- date and time in the organization's timezone. invitee.canceled cancels that call unless it is
-- converted; either way the event is in the call's history once.
create or replace function public.receive_calendly_event(
  p_organization_id text,
  p_event text,
  p_invitee_uri text,
  p_email text default null,
  p_full_name text default null,
  p_phone text default null,
  p_host_emails text[] default null,
  p_start_time text default null,
  p_reason text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('receive_calendly_event');
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_tz text;
  v_start timestamptz;
  v_local timestamp;
  v_closer uuid;
  v_result jsonb;
  v_ca public.call_appointments;
  v_reason text := coalesce(private.check_text(p_reason, 'reason', 'The reason', 2000, false), 'Cancelled in Calendly');
  v_uri text := private.check_text(p_invitee_uri, 'invitee_uri', 'The invitee uri', 500, true);
  v_was_cancelled boolean;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  select o.timezone into v_tz from public.organizations o where o.id = v_org;
  if not found then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if p_event = 'invitee.created' then
    v_start := private.arg_timestamptz(p_start_time, 'start_time');
    if v_start is null then
      raise exception 'The event has no start time.' using errcode = '22023', hint = 'field:start_time';
    end if;
    v_local := v_start at time zone v_tz;
    select m.user_id into v_closer
    from public.memberships m join auth.users u on u.id = m.user_id
    where m.organization_id = v_org and m.role = 'closer'
      and lower(u.email) in (select lower(btrim(h)) from unnest(coalesce(p_host_emails, '{}'::text[])) h)
    order by m.created_at
    limit 1;
    v_result := private.book_call_impl(
      v_org, p_full_name, p_email, p_phone, v_closer, v_local::date, v_local::time,
      null, 'calendly', 'calendly', v_uri, null);
    return private.remember_write(v_result || jsonb_build_object('action', case when (v_result ->> 'created')::boolean then 'booked' else 'already_booked' end));
  elsif p_event = 'invitee.canceled' then
    select ca.* into v_ca from private.call_external_keys k join public.call_appointments ca on ca.id = k.call_appointment_id
    where k.organization_id = v_org and k.source = 'calendly' and k.external_key = v_uri
    for update of ca;
    if not found then
      return jsonb_build_object('action', 'unknown_invitee');
    end if;
    if exists (select 1 from public.call_appointment_history h
               where h.call_appointment_id = v_ca.id and h.changes -> 'calendly_event' ->> 'to' = 'invitee.canceled') then
      return jsonb_build_object('action', 'already_cancelled', 'appointment', to_jsonb(v_ca));
    end if;
    if private.is_sale(v_ca) then
      -- A sale stays a sale; the cancellation is kept in its history.
      insert into public.call_appointment_history
        (organization_id, call_appointment_id, changed_by, source, old_status, new_status, changes, remarks)
      values (v_ca.organization_id, v_ca.id, null, 'database', v_ca.status, v_ca.status,
        jsonb_build_object('via', jsonb_build_object('from', null, 'to', 'calendly'),
                           'calendly_event', jsonb_build_object('from', null, 'to', 'invitee.canceled'),
                           'cancellation_reason', jsonb_build_object('from', null, 'to', v_reason)),
        'Cancelled in Calendly after the sale; the call stays converted.');
      return private.remember_write(jsonb_build_object('action', 'kept_converted', 'appointment', to_jsonb(v_ca)));
    end if;
    v_was_cancelled := v_ca.status = 'cancelled';
    perform set_config('cohort_desk.call_via', 'calendly', true);
    update public.call_appointments ca set status = 'cancelled', cancellation_reason = coalesce(ca.cancellation_reason, v_reason)
    where ca.id = v_ca.id returning * into v_ca;
    perform set_config('cohort_desk.call_via', '', true);
    if not v_was_cancelled then
      -- The trigger has just written the status change: it is this event.
      update public.call_appointment_history h
      set changes = h.changes || jsonb_build_object('calendly_event', jsonb_build_object('from', null, 'to', 'invitee.canceled'))
      where h.id = (select max(h2.id) from public.call_appointment_history h2 where h2.call_appointment_id = v_ca.id);
    else
      insert into public.call_appointment_history
        (organization_id, call_appointment_id, changed_by, source, old_status, new_status, changes, remarks)
      values (v_ca.organization_id, v_ca.id, null, 'database', v_ca.status, v_ca.status,
        jsonb_build_object('via', jsonb_build_object('from', null, 'to', 'calendly'),
                           'calendly_event', jsonb_build_object('from', null, 'to', 'invitee.canceled'),
                           'cancellation_reason', jsonb_build_object('from', null, 'to', v_reason)),
        null);
    end if;
    return private.remember_write(jsonb_build_object('action', 'cancelled', 'appointment', to_jsonb(v_ca)));
  else
    return jsonb_build_object('action', 'ignored');
  end if;
end
$$;
comment on function public.receive_calendly_event(text, text, text, text, text, text, text[], text, text) is
  'Service role only (the calendly-webhook Edge Function, after verifying the signature): invitee.created books through the one booking path (closer = the closer whose login email is a host, else unassigned; start instant in the organization''s local date and time; idempotent on the invitee uri); invitee.canceled cancels that call unless converted, and records the event once in its history. Other events: ignored.';
revoke all on function public.receive_calendly_event(text, text, text, text, text, text, text[], text, text) from public, anon, authenticated;
grant execute on function public.receive_calendly_event(text, text, text, text, text, text, text[], text, text) to service_role;
