set lock_timeout = '5s';
set statement_timeout = '60s';

-- One lead lookup (issue 16): add_cohort_student had its own (lower(email) or the phone as typed,
-- scanning the organization's leads), book_call (bookings, imports, the Calendly webhook) used
-- private.lead_contacts. Both now call private.find_lead_by_contact: the organization's lead with
-- that email (lower case), else with that phone in E.164 (punctuation dropped, a leading 00 read as
-- +), through the private.lead_contacts index, after taking the advisory locks that make two
-- lookups of one new person (two adds, an add and a booking) run one after the other.
-- Change for add_cohort_student: a phone without a country code (not E.164) is kept on a new lead
-- as typed but no longer finds an existing lead (as for bookings, lead_contacts holds E.164 phones
-- only); the browser form asks for the number with its country code.
-- Functions only: no table change. From the current bodies (20261207130200, 20261207140300).

create or replace function private.find_lead_by_contact(p_org uuid, p_email text, p_phone text)
returns public.leads
language plpgsql volatile security definer set search_path = ''
as $$
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
$$;
comment on function private.find_lead_by_contact(uuid, text, text) is
  'The one find-a-lead rule of bookings, imports, the webhook and add_cohort_student: the organization''s lead with that email (normalized), else with that phone as E.164 (private.lead_contacts), or an empty row. Takes transaction advisory locks on the email and the phone first, so two lookups of one new person serialize until the first commits its new lead.';
revoke all on function private.find_lead_by_contact(uuid, text, text) from public, anon, authenticated;

create or replace function private.book_call_impl(
  p_org uuid,
  p_full_name text,
  p_email text,
  p_phone text,
  p_closer_id uuid,
  p_scheduled_date date,
  p_scheduled_time time,
  p_remarks text,
  p_via text,
  p_source text,
  p_external_key text,
  p_by uuid,
  p_today date default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
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
$$;

create or replace function private.add_cohort_student_impl(
  p_batch_id uuid,
  p_full_name text,
  p_email text,
  p_phone text,
  p_offer_amount numeric,
  p_cash_received numeric,
  p_paid_on date,
  p_classes_access int,
  p_closer_id uuid,
  p_next_follow_up_date date,
  p_payment_platform text,
  p_notes text
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_batch public.cohort_batches;
  v_name text := private.check_text(p_full_name, 'full_name', 'The name', 200, true);
  v_email text := lower(private.check_text(p_email, 'email', 'The email', 320, false));
  v_phone text := private.check_text(p_phone, 'phone', 'The phone number', 40, false);
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_notes text := private.check_text(p_notes, 'notes', 'Notes', 4000, false);
  v_cash numeric := coalesce(p_cash_received, 0);
  v_classes int := coalesce(p_classes_access, 15);
  v_today date;
  v_on date;
  v_lead public.leads;
  v_ca public.call_appointments;
  v_cs public.cohort_students;
begin
  if p_batch_id is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_batch_id;
  if not found or not private.has_role(v_batch.organization_id, array['admin', 'manager', 'cohort_manager', 'closer']) then
    raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_batch.organization_id, array['admin', 'manager', 'cohort_manager']) then
    raise exception 'Only cohort managers, managers and admins can add a student to a batch.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  v_today := private.org_today(v_batch.organization_id);
  v_on := coalesce(p_paid_on, v_today);
  if v_phone is not null then
    v_phone := regexp_replace(v_phone, '[\s().-]', '', 'g');
    if v_phone !~ '^\+?[0-9]{6,15}$' then
      raise exception 'Enter a phone number of 6 to 15 digits (a leading + for the country code).' using errcode = '22023', hint = 'field:phone';
    end if;
  end if;
  if v_email is not null and v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception 'Enter a valid email address.' using errcode = '22023', hint = 'field:email';
  end if;
  if v_email is null and v_phone is null then
    raise exception 'Give an email or a phone number, so the person can be found again.' using errcode = '22023', hint = 'field:email';
  end if;
  if p_closer_id is not null and not exists (
    select 1 from public.memberships m
    where m.organization_id = v_batch.organization_id and m.user_id = p_closer_id and m.role = 'closer') then
    raise exception 'Choose a closer of this organization.' using errcode = '22023', hint = 'field:closer_id';
  end if;
  if v_classes not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15 (15 means all classes).' using errcode = '22023', hint = 'field:classes_access';
  end if;
  perform private.check_amount(p_offer_amount, 'offer_amount', 'The offer amount');
  perform private.check_amount(v_cash, 'cash_received', 'Cash received');
  perform private.check_amount_limit(p_offer_amount, 'offer_amount', 'The offer amount', v_batch.organization_id);
  if v_cash > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;
  if v_cash > 0 then
    if v_on > v_today then
      raise exception 'The payment date cannot be in the future.' using errcode = '22023', hint = 'field:paid_on';
    end if;
    if v_on < private.payment_date_floor(v_batch.id) then
      raise exception 'The payment date cannot be before %.', to_char(private.payment_date_floor(v_batch.id), 'YYYY-MM-DD')
        using errcode = '22023', hint = 'field:paid_on';
    end if;
  end if;
  perform private.check_ahead_date(p_next_follow_up_date, v_batch.organization_id, 'next_follow_up_date', 'The next follow-up');

  -- One person, one lead, found as bookings find it: two adds (or an add and a booking) of the same
  -- new person serialize in the lookup, then the lead row is locked first (the conversions'
  -- locking order).
  v_lead := private.find_lead_by_contact(v_batch.organization_id, v_email, v_phone);
  if v_lead.id is not null then
    select * into v_lead from public.leads l where l.id = v_lead.id for update;
  else
    insert into public.leads (organization_id, full_name, email, phone, source)
    values (v_batch.organization_id, v_name, v_email, v_phone, 'added_without_call')
    returning * into v_lead;
  end if;

  select * into v_cs from public.cohort_students cs where cs.lead_id = v_lead.id and cs.cohort_batch_id = v_batch.id for update;
  if found then
    if v_cs.offer_amount = p_offer_amount and v_cs.closer_id is not distinct from p_closer_id then
      select * into v_ca from public.call_appointments ca where ca.id = v_cs.call_appointment_id;
      return jsonb_build_object('lead', to_jsonb(v_lead), 'appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs), 'created', false);
    end if;
    raise exception 'This person is already a student of this batch.' using errcode = 'PT409', hint = 'already_in_batch';
  end if;
  if v_batch.status <> 'active' then
    raise exception 'Choose an active batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;

  -- The conversion path: the S1 trigger creates the student from this converted appointment.
  insert into public.call_appointments (
    organization_id, lead_id, closer_id, scheduled_date, status, batch_id, offer_amount, cash_received,
    classes_access, next_follow_up_date, payment_platform, additional_comments, conversion_date,
    created_by, updated_by
  ) values (
    v_batch.organization_id, v_lead.id, p_closer_id, v_today, 'converted', v_batch.id, p_offer_amount, 0,
    v_classes, p_next_follow_up_date, v_platform, coalesce(v_notes, 'Added to the batch without a call (paid offline).'),
    v_today, v_uid, v_uid
  ) returning * into v_ca;
  select * into v_cs from public.cohort_students cs where cs.lead_id = v_lead.id and cs.cohort_batch_id = v_batch.id;
  if v_cash > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, payment_platform, remarks, created_by)
    values (v_batch.organization_id, v_cs.id, 'payment', v_cash, v_on, v_platform, 'Paid offline; added without a call', v_uid);
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = v_ca.id;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('lead', to_jsonb(v_lead), 'appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs), 'created', true);
end
$$;
