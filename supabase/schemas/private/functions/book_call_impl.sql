CREATE OR REPLACE FUNCTION private.book_call_impl (
  p_org            uuid,
  p_full_name      text,
  p_email          text,
  p_phone          text,
  p_closer_id      uuid,
  p_scheduled_date date,
  p_scheduled_time time without time zone,
  p_remarks        text,
  p_via            text,
  p_source         text,
  p_external_key   text,
  p_by             uuid,
  p_today          date                   DEFAULT NULL::date
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_name text := private.check_text(p_full_name, 'full_name', 'The name', 200, false);
  v_email_in text := private.clean_text(p_email);
  v_email text := private.normalize_email(p_email);
  v_phone text := private.clean_text(p_phone);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 4000, false);
  v_key text := private.clean_text(p_external_key);
  v_today date := coalesce(p_today, private.org_today(p_org));
  v_lead public.leads;
  v_ca public.call_appointments;
  v_existing uuid;
  v_lead_created boolean := false;
begin
  if v_email_in is not null and v_email is null then
    raise exception 'That is not a valid email address.' using errcode = '22023', hint = 'field:email';
  end if;
  if v_phone is not null and not private.is_e164(v_phone) then
    raise exception 'Write the phone number with its country code, e.g. +91 98765 43210.' using errcode = '22023', hint = 'field:phone';
  end if;
  if v_email is null and v_phone is null then
    raise exception 'Give the lead''s email or phone number.' using errcode = '22023', hint = 'field:email';
  end if;
  if p_scheduled_date is null then
    raise exception 'Choose the date of the call.' using errcode = '22023', hint = 'field:scheduled_date';
  end if;
  if p_via = 'manual' then
    perform private.check_ahead_date(p_scheduled_date, p_org, 'scheduled_date', 'The date of the call');
    if p_scheduled_date = v_today and p_scheduled_time is not null
       and p_scheduled_time < (now() at time zone private.org_timezone(p_org))::time then
      raise exception 'The time of the call cannot be in the past.' using errcode = '22023', hint = 'field:scheduled_time';
    end if;
  elsif p_scheduled_date < date '2000-01-01' or p_scheduled_date > (v_today + interval '2 years')::date then
    -- Imports and the booking tool may bring past calls, but not from another century.
    raise exception 'The date of the call must be between 2000-01-01 and two years from today.' using errcode = '22023', hint = 'field:scheduled_date';
  end if;
  perform private.check_closer(p_org, p_closer_id);

  -- A second delivery of the same key (webhook retry, re-imported row) finds the first call.
  if v_key is not null then
    perform pg_advisory_xact_lock(hashtextextended(p_org::text || '|' || p_source || '|' || v_key, 0));
    select k.call_appointment_id into v_existing from private.call_external_keys k
    where k.organization_id = p_org and k.source = p_source and k.external_key = v_key;
    if found then
      select * into v_ca from public.call_appointments ca where ca.id = v_existing;
      select * into v_lead from public.leads l where l.id = v_ca.lead_id;
      return jsonb_build_object('appointment', to_jsonb(v_ca), 'lead', to_jsonb(v_lead), 'created', false, 'lead_created', false);
    end if;
  end if;

  -- Find the lead by email, else by phone; two bookings of one new person at once make one lead.
  v_lead := private.find_lead_by_contact(p_org, v_email, v_phone);
  if v_lead.id is null then
    if v_name is null then
      raise exception 'Give the name of the new lead.' using errcode = '22023', hint = 'field:full_name';
    end if;
    insert into public.leads (organization_id, full_name, email, phone, source)
    values (p_org, v_name, v_email, v_phone, coalesce(p_source, 'manual'))
    returning * into v_lead;
    v_lead_created := true;
  elsif (v_lead.email is null and v_email is not null) or (v_lead.phone is null and v_phone is not null) then
    -- What the lead did not have yet is added; what it has is never overwritten.
    update public.leads l set email = coalesce(l.email, v_email), phone = coalesce(l.phone, v_phone)
    where l.id = v_lead.id returning * into v_lead;
  end if;

  perform set_config('cohort_desk.call_via', p_via, true);
  insert into public.call_appointments
    (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, additional_comments, created_by, updated_by)
  values (p_org, v_lead.id, p_closer_id, p_scheduled_date, p_scheduled_time, 'scheduled', v_remarks, p_by, p_by)
  returning * into v_ca;
  perform set_config('cohort_desk.call_via', '', true);
  if v_key is not null then
    insert into private.call_external_keys (organization_id, source, external_key, call_appointment_id)
    values (p_org, p_source, v_key, v_ca.id);
  end if;
  return jsonb_build_object('appointment', to_jsonb(v_ca), 'lead', to_jsonb(v_lead), 'created', true, 'lead_created', v_lead_created);
end
$function$;

COMMENT ON FUNCTION "private"."book_call_impl"(uuid, text, text, text, uuid, date, time without time zone, text, text, text, text, uuid, date) IS 'Books one call (status scheduled) for the lead found by email, else by E.164 phone, or created (name needed); closer null = unassigned; a repeated (source, key) returns the first call (created false). Refuses a bad email/phone, no contact, a missing or out-of-range date (manual: not in the past, at most two years ahead), a non-closer (22023 field:<name>). The caller''s rights are checked by the public functions.';

REVOKE ALL ON FUNCTION "private"."book_call_impl"(uuid, text, text, text, uuid, date, time WITHOUT time zone, text, text, text, text, uuid, date) FROM PUBLIC;
