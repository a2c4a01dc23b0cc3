-- Calls in, part 2: validate what 20261207130000 added NOT VALID (SHARE UPDATE EXCLUSIVE: writes go
-- on), and fill the new lookup table and the phone country. The old status CHECK is dropped in the
-- next file, alone: a drop takes ACCESS EXCLUSIVE, which must not be held while this file's
-- validations and backfill run (bench/migration-locks.mjs measured 30 s of blocked writes at 1M).

set lock_timeout = '5s';
set statement_timeout = '300s';

alter table public.call_appointments validate constraint call_appointments_status_check_v2;
alter table public.call_appointments validate constraint call_appointments_cancellation_reason_length;
alter table public.organizations validate constraint organizations_phone_country_check;

-- Organizations that exist get the country of their timezone where it is unambiguous; others keep
-- null (numbers must then carry a country code) until an admin sets it.
update public.organizations o set phone_country = v.country
from (values
  ('Asia/Kolkata', 'IN'), ('Asia/Calcutta', 'IN'), ('America/Sao_Paulo', 'BR'), ('Europe/London', 'GB'),
  ('Europe/Lisbon', 'PT'), ('Asia/Dubai', 'AE'), ('Asia/Singapore', 'SG'), ('Europe/Berlin', 'DE'),
  ('Europe/Paris', 'FR'), ('Europe/Madrid', 'ES'), ('Australia/Sydney', 'AU')
) as v(tz, country)
where o.timezone = v.tz and o.phone_country is null;

-- Existing leads become findable by email and phone. The oldest lead keeps a shared contact.
-- One set-based statement over leads (read, not rewritten); writes only the new private table.
insert into private.lead_contacts (organization_id, kind, value, lead_id)
select l.organization_id, 'email', private.normalize_email(l.email), l.id
from public.leads l
where private.normalize_email(l.email) is not null
order by l.created_at, l.id
on conflict do nothing;
insert into private.lead_contacts (organization_id, kind, value, lead_id)
select l.organization_id, 'phone', private.phone_to_e164(l.phone), l.id
from public.leads l
where private.phone_to_e164(l.phone) is not null
order by l.created_at, l.id
on conflict do nothing;
