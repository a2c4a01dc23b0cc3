CREATE OR REPLACE FUNCTION private.find_lead_by_contact (
  p_org   uuid,
  p_email text,
  p_phone text
)
  RETURNS public.leads
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_email text := private.normalize_email(p_email);
  v_phone text := private.phone_to_e164(p_phone);
  v_phone_key text := coalesce(v_phone, nullif(regexp_replace(coalesce(p_phone, ''), '[\s().\-\u00a0]', '', 'g'), ''));
  v_lead public.leads;
begin
  -- Email first, then phone, always in this order (no deadlock between two lookups).
  if v_email is not null then
    perform pg_advisory_xact_lock(hashtextextended(p_org::text || '|email|' || v_email, 0));
  end if;
  if v_phone_key is not null then
    perform pg_advisory_xact_lock(hashtextextended(p_org::text || '|phone|' || v_phone_key, 0));
  end if;
  if v_email is not null then
    select l.* into v_lead from private.lead_contacts c join public.leads l on l.id = c.lead_id
    where c.organization_id = p_org and c.kind = 'email' and c.value = v_email;
  end if;
  if v_lead.id is null and v_phone is not null then
    select l.* into v_lead from private.lead_contacts c join public.leads l on l.id = c.lead_id
    where c.organization_id = p_org and c.kind = 'phone' and c.value = v_phone;
  end if;
  return v_lead;
end
$function$;

COMMENT ON FUNCTION "private"."find_lead_by_contact"(uuid, text, text) IS 'The one find-a-lead rule of bookings, imports, the webhook and add_cohort_student: the organization''s lead with that email (normalized), else with that phone as E.164 (private.lead_contacts), or an empty row. Takes transaction advisory locks on the email and the phone first, so two lookups of one new person serialize until the first commits its new lead.';

REVOKE ALL ON FUNCTION "private"."find_lead_by_contact"(uuid, text, text) FROM PUBLIC;
