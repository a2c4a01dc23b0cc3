-- Calls come in without SQL (issue 15, "Calls in"): schema part.
--
-- * The `cancelled` call status (domain.md): the booking was called off before the call, by the
--   lead through the booking tool or by an admin/manager with a reason. A converted appointment
--   cannot be cancelled (trigger below, whatever the path).
--   Live-safe: the new CHECK is added NOT VALID here, validated in 20261207130100, and the old
--   one dropped there. Until then both apply, so nothing writes `cancelled` before that migration.
-- * call_appointments.cancellation_reason (nullable, no default: no table rewrite).
-- * organizations.phone_country: the default country for phone numbers typed without a country
--   code (ISO 3166-1 alpha-2), used by libphonenumber-js in the browser and the webhook.
-- * private.lead_contacts: (organization, email|phone) -> lead, kept by a trigger on leads, for
--   find-or-create by email or phone without a new index on leads (E.164 phones only).
-- * private.call_external_keys: (organization, source, key) -> call, the idempotency of imports
--   and of the booking webhook (one call per Calendly invitee uri, per CSV row key).
-- * private.calendly_settings: the organization's webhook signing key, write-only for the API.

set lock_timeout = '5s';
set statement_timeout = '60s';

-------------------------------------------------------------------------------
alter table public.call_appointments add constraint call_appointments_status_check_v2 check (status in (
  'scheduled', 'pending', 'reschedule', 'not_decided', 'so_so', 'not_converted', 'no_show', 'discontinued',
  'booking_amount', 'converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'refunded',
  'cancelled'
)) not valid;

alter table public.call_appointments add column if not exists cancellation_reason text;
alter table public.call_appointments add constraint call_appointments_cancellation_reason_length
  check (cancellation_reason is null or length(cancellation_reason) <= 2000) not valid;
comment on column public.call_appointments.cancellation_reason is
  'Why the booking was called off (status cancelled): typed by an admin/manager, or the reason given in the booking tool.';

alter table public.organizations add column if not exists phone_country text;
alter table public.organizations add constraint organizations_phone_country_check
  check (phone_country is null or phone_country ~ '^[A-Z]{2}$') not valid;
comment on column public.organizations.phone_country is
  'ISO 3166-1 alpha-2 country for phone numbers written without a country code (e.g. IN); null: they must carry one.';

-------------------------------------------------------------------------------
-- A converted (or refunded, or discontinued-with-batch) appointment is a sale: it is never
-- cancelled, whoever writes it (app function, webhook, import, an admin's SQL).
create or replace function private.call_appointments_refuse_cancel_converted()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.status is distinct from 'cancelled'
     and (old.status = any (private.sales_converted_statuses())
          or old.status = 'refunded'
          or (old.status = 'discontinued' and old.batch_id is not null)) then
    raise exception 'This call was converted; a converted call cannot be cancelled.'
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  return new;
end
$$;
comment on function private.call_appointments_refuse_cancel_converted() is
  'BEFORE UPDATE of call_appointments to cancelled: refuses (PT409 converted_locked) when the call was converted, refunded or discontinued with a batch.';
revoke all on function private.call_appointments_refuse_cancel_converted() from public, anon, authenticated;

create trigger call_appointments_refuse_cancel_converted
  before update of status on public.call_appointments
  for each row when (new.status = 'cancelled')
  execute function private.call_appointments_refuse_cancel_converted();

-------------------------------------------------------------------------------
-- Normalizers shared by every way in.
create or replace function private.normalize_email(p_value text)
returns text
language sql immutable set search_path = ''
as $$
  select case when v ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(v) <= 320 then v end
  from (select lower(private.clean_text(p_value)) as v) s
$$;
comment on function private.normalize_email(text) is 'Trimmed, lower-cased email when it has the shape a@b.c (at most 320 characters); null otherwise.';
revoke all on function private.normalize_email(text) from public, anon;
grant execute on function private.normalize_email(text) to authenticated;

create or replace function private.is_e164(p_value text)
returns boolean
language sql immutable set search_path = ''
as $$ select p_value ~ '^\+[1-9][0-9]{6,14}$' $$;
comment on function private.is_e164(text) is 'Whether the text is a phone number in E.164 (+ country code and number, 7 to 15 digits, no spaces).';
revoke all on function private.is_e164(text) from public, anon;
grant execute on function private.is_e164(text) to authenticated;

-- Old rows were typed by hand (+91 90000 00001): spaces, dashes, dots and brackets are dropped,
-- a leading 00 is the international prefix. Null when the result is not E.164.
create or replace function private.phone_to_e164(p_value text)
returns text
language sql immutable set search_path = ''
as $$
  select case when private.is_e164(v) then v end
  from (select regexp_replace(regexp_replace(coalesce(p_value, ''), '[\s().\-\u00a0]', '', 'g'), '^00', '+') as v) s
$$;
comment on function private.phone_to_e164(text) is 'A stored phone as E.164 when it already is one up to punctuation; null otherwise (numbers without a country code are not guessed here).';
revoke all on function private.phone_to_e164(text) from public, anon;
grant execute on function private.phone_to_e164(text) to authenticated;

-------------------------------------------------------------------------------
create table private.lead_contacts (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  kind text not null check (kind in ('email', 'phone')),
  value text not null,
  lead_id uuid not null references public.leads (id) on delete cascade,
  primary key (organization_id, kind, value),
  constraint lead_contacts_value_shape check (
    (kind = 'email' and value = lower(value) and value ~ '^[^@\s]+@[^@\s]+$')
    or (kind = 'phone' and value ~ '^\+[1-9][0-9]{6,14}$'))
);
comment on table private.lead_contacts is
  'Email (lower case) and E.164 phone of each lead, per organization: the find-or-create key of bookings, imports and the webhook. The first lead with a contact keeps it. Kept by trigger on public.leads.';
revoke all on table private.lead_contacts from public, anon, authenticated;
create index lead_contacts_lead_id_idx on private.lead_contacts (lead_id);

create or replace function private.leads_contacts_sync()
returns trigger
language plpgsql security definer set search_path = ''
as $$
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
$$;
comment on function private.leads_contacts_sync() is 'AFTER INSERT / UPDATE of email or phone on leads: keeps private.lead_contacts (first lead with a contact keeps it).';
revoke all on function private.leads_contacts_sync() from public, anon, authenticated;

create trigger leads_contacts_sync
  after insert or update of email, phone on public.leads
  for each row execute function private.leads_contacts_sync();

-------------------------------------------------------------------------------
create table private.call_external_keys (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  source text not null check (source in ('csv', 'calendly')),
  external_key text not null check (length(external_key) between 1 and 500),
  call_appointment_id uuid not null references public.call_appointments (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (organization_id, source, external_key)
);
comment on table private.call_external_keys is
  'The key under which a call came in from outside (CSV row key, Calendly invitee uri): a second delivery with the same key finds the call instead of booking another.';
revoke all on table private.call_external_keys from public, anon, authenticated;
create index call_external_keys_call_idx on private.call_external_keys (call_appointment_id);

-------------------------------------------------------------------------------
create table private.calendly_settings (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  signing_key text not null check (length(signing_key) between 16 and 500),
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now()
);
comment on table private.calendly_settings is
  'The Calendly webhook signing key of an organization. Written by admins through set_calendly_signing_key, read back only by the service role (calendly_webhook_config) for the Edge Function.';
revoke all on table private.calendly_settings from public, anon, authenticated;
create index calendly_settings_updated_by_idx on private.calendly_settings (updated_by);
