CREATE OR REPLACE FUNCTION private.leads_contacts_sync()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_email text := private.normalize_email(new.email);
  v_phone text := private.phone_to_e164(new.phone);
begin
  if tg_op = 'UPDATE' then
    delete from private.lead_contacts c
    where c.lead_id = new.id
      and ((c.kind = 'email' and c.value is distinct from v_email) or (c.kind = 'phone' and c.value is distinct from v_phone));
  end if;
  if v_email is not null then
    insert into private.lead_contacts (organization_id, kind, value, lead_id)
    values (new.organization_id, 'email', v_email, new.id) on conflict do nothing;
  end if;
  if v_phone is not null then
    insert into private.lead_contacts (organization_id, kind, value, lead_id)
    values (new.organization_id, 'phone', v_phone, new.id) on conflict do nothing;
  end if;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."leads_contacts_sync"() IS 'AFTER INSERT / UPDATE of email or phone on leads: keeps private.lead_contacts (first lead with a contact keeps it).';

REVOKE ALL ON FUNCTION "private"."leads_contacts_sync"() FROM PUBLIC;
