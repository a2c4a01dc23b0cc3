CREATE OR REPLACE FUNCTION public.receive_calendly_event (
  p_organization_id text,
  p_event           text,
  p_invitee_uri     text,
  p_email           text   DEFAULT NULL::text,
  p_full_name       text   DEFAULT NULL::text,
  p_phone           text   DEFAULT NULL::text,
  p_host_emails     text[] DEFAULT NULL::text[],
  p_start_time      text   DEFAULT NULL::text,
  p_reason          text   DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

GRANT EXECUTE ON FUNCTION "public"."receive_calendly_event"(text, text, text, text, text, text, text[], text, text) TO "service_role";

COMMENT ON FUNCTION "public"."receive_calendly_event"(text, text, text, text, text, text, text[], text, text) IS 'Service role only (the calendly-webhook Edge Function, after verifying the signature): invitee.created books through the one booking path (closer = the closer whose login email is a host, else unassigned; start instant in the organization''s local date and time; idempotent on the invitee uri); invitee.canceled cancels that call unless converted, and records the event once in its history. Other events: ignored.';

REVOKE ALL ON FUNCTION "public"."receive_calendly_event"(text, text, text, text, text, text, text[], text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."receive_calendly_event"(text, text, text, text, text, text, text[], text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."receive_calendly_event"(text, text, text, text, text, text, text[], text, text) FROM PUBLIC, "anon", "authenticated";
