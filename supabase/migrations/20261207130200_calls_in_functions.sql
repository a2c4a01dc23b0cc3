-- Calls in, part 3: the functions. One booking function behind every way in (a person books by
-- hand, a CSV import, the Calendly webhook): find or create the lead by email or E.164 phone, an
-- optional closer (null = unassigned), the scheduled local date and time in the organization's
-- timezone, and an optional (source, external key) that makes a second delivery find the first
-- call instead of booking another. Plus reschedule, cancel with a reason, and assign/reassign
-- one or many calls. Every assignment and cancellation is in the call's history (trigger
-- private.record_call_appointment_history, which now also notes the way in: `via`).
--
-- Permissions: booking, rescheduling, cancelling, assigning and importing are for admins and
-- managers of the call's organization; closers keep their own-call actions
-- (update_call_appointment_status, convert_call_appointment). The webhook's two functions are for
-- the service role only (the Edge Function), never for signed-in users.

set lock_timeout = '5s';
set statement_timeout = '60s';

-------------------------------------------------------------------------------
-- History: the cancellation reason and the way a change came in (via: manual | csv | calendly,
-- set by the functions below with set_config('cohort_desk.call_via', ..., true)).
-- From the current body in 20261202120000_call_appointment_history.sql.
create or replace function private.record_call_appointment_history()
returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_by uuid;
  v_changes jsonb := '{}'::jsonb;
  v_remarks text;
  v_via text := nullif(current_setting('cohort_desk.call_via', true), '');
begin
  -- A token whose user has no profile (deleted since) still records the change, without a name.
  if v_uid is not null then
    select p.id into v_by from public.profiles p where p.id = v_uid;
  end if;
  if tg_op = 'UPDATE' then
    if new.scheduled_date is distinct from old.scheduled_date then
      v_changes := v_changes || jsonb_build_object('scheduled_date', jsonb_build_object('from', old.scheduled_date, 'to', new.scheduled_date));
    end if;
    if new.scheduled_time is distinct from old.scheduled_time then
      v_changes := v_changes || jsonb_build_object('scheduled_time', jsonb_build_object('from', old.scheduled_time, 'to', new.scheduled_time));
    end if;
    if new.closer_id is distinct from old.closer_id then
      v_changes := v_changes || jsonb_build_object('closer_id', jsonb_build_object('from', old.closer_id, 'to', new.closer_id));
    end if;
    if new.batch_id is distinct from old.batch_id then
      v_changes := v_changes || jsonb_build_object('batch_id', jsonb_build_object('from', old.batch_id, 'to', new.batch_id));
    end if;
    if new.refund_reason is distinct from old.refund_reason and new.refund_reason is not null then
      v_changes := v_changes || jsonb_build_object('refund_reason', jsonb_build_object('from', old.refund_reason, 'to', new.refund_reason));
    end if;
    if new.cancellation_reason is distinct from old.cancellation_reason and new.cancellation_reason is not null then
      v_changes := v_changes || jsonb_build_object('cancellation_reason', jsonb_build_object('from', old.cancellation_reason, 'to', new.cancellation_reason));
    end if;
    if new.additional_comments is distinct from old.additional_comments then
      v_remarks := new.additional_comments;
    end if;
  else
    v_remarks := new.additional_comments;
    if new.closer_id is not null then
      v_changes := v_changes || jsonb_build_object('closer_id', jsonb_build_object('from', null, 'to', new.closer_id));
    end if;
  end if;
  if v_via is not null then
    v_changes := v_changes || jsonb_build_object('via', jsonb_build_object('from', null, 'to', v_via));
  end if;
  insert into public.call_appointment_history
    (organization_id, call_appointment_id, changed_by, source, old_status, new_status, changes, remarks)
  values (
    new.organization_id, new.id, v_by, case when v_uid is null then 'database' else 'app' end,
    case when tg_op = 'UPDATE' then old.status end, new.status, v_changes, v_remarks
  );
  return null;
end
$$;
comment on function private.record_call_appointment_history() is
  'AFTER INSERT / UPDATE of call_appointments: one history row for the creation or the change (status, date, time, closer, batch, cancellation reason), by whatever path; changes.via names the way in when a calls-in function set it.';

-------------------------------------------------------------------------------
-- Who may book, reschedule, cancel, assign and import in an organization.
create or replace function private.assert_call_desk_staff(p_org uuid)
returns uuid
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
begin
  if p_org is null or not private.has_role(p_org, array['admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_org, array['admin', 'manager']) then
    raise exception 'Only admins and managers can book, move, cancel or assign calls.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_uid;
end
$$;
comment on function private.assert_call_desk_staff(uuid) is 'The caller when an admin or manager of the organization; PT404 for a non-member, PT403 for other roles.';
revoke all on function private.assert_call_desk_staff(uuid) from public, anon, authenticated;

-- The closer to assign: null (unassigned) or a person holding the closer role in the organization.
create or replace function private.check_closer(p_org uuid, p_closer uuid)
returns uuid
language plpgsql stable security definer set search_path = ''
as $$
begin
  if p_closer is not null and not exists (
    select 1 from public.memberships m where m.organization_id = p_org and m.user_id = p_closer and m.role = 'closer'
  ) then
    raise exception 'That person is not a closer of this organization.' using errcode = '22023', hint = 'field:closer_id';
  end if;
  return p_closer;
end
$$;
comment on function private.check_closer(uuid, uuid) is 'Passes null or a closer of the organization; refuses anyone else (22023 field:closer_id).';
revoke all on function private.check_closer(uuid, uuid) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- The one booking path.
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
  if v_email is not null then
    perform pg_advisory_xact_lock(hashtextextended(p_org::text || '|email|' || v_email, 0));
  end if;
  if v_phone is not null then
    perform pg_advisory_xact_lock(hashtextextended(p_org::text || '|phone|' || v_phone, 0));
  end if;
  select l.* into v_lead from private.lead_contacts c join public.leads l on l.id = c.lead_id
  where c.organization_id = p_org and c.kind = 'email' and c.value = v_email;
  if not found then
    select l.* into v_lead from private.lead_contacts c join public.leads l on l.id = c.lead_id
    where c.organization_id = p_org and c.kind = 'phone' and c.value = v_phone;
  end if;
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
comment on function private.book_call_impl(uuid, text, text, text, uuid, date, time, text, text, text, text, uuid, date) is
  'Books one call (status scheduled) for the lead found by email, else by E.164 phone, or created (name needed); closer null = unassigned; a repeated (source, key) returns the first call (created false). Refuses a bad email/phone, no contact, a missing or out-of-range date (manual: not in the past, at most two years ahead), a non-closer (22023 field:<name>). The caller''s rights are checked by the public functions.';
revoke all on function private.book_call_impl(uuid, text, text, text, uuid, date, time, text, text, text, text, uuid, date) from public, anon, authenticated;

create or replace function public.book_call_appointment(
  p_organization_id text,
  p_full_name text,
  p_email text,
  p_phone text,
  p_closer_id text,
  p_scheduled_date text,
  p_scheduled_time text,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('book_call_appointment');
  v_org uuid;
  v_uid uuid;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  return private.remember_write(private.book_call_impl(
    v_org, p_full_name, p_email, p_phone,
    private.arg_uuid(p_closer_id, 'closer_id'),
    private.arg_date(p_scheduled_date, 'scheduled_date'),
    private.arg_time(p_scheduled_time, 'scheduled_time'),
    p_remarks, 'manual', null, null, v_uid));
end
$$;
comment on function public.book_call_appointment(text, text, text, text, text, text, text, text) is
  'Admins and managers: books a call for the lead with this email or E.164 phone (created with the name when new), for a closer of the organization or unassigned (closer null), on a local date (today .. two years ahead) and time in the organization''s timezone. Returns {appointment, lead, created, lead_created}. PT404 outside the organization, PT403 for other roles, 22023 field:<name> for bad input; nothing written after a refusal.';
revoke all on function public.book_call_appointment(text, text, text, text, text, text, text, text) from public, anon;
grant execute on function public.book_call_appointment(text, text, text, text, text, text, text, text) to authenticated;

-------------------------------------------------------------------------------
-- Locks a call for an admin/manager action: PT404 when not readable as such, converted calls refused.
create or replace function private.lock_call_for_desk(p_appointment_id uuid)
returns public.call_appointments
language plpgsql security definer set search_path = ''
as $$
declare
  v_ca public.call_appointments;
begin
  perform private.sales_caller();
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  perform private.assert_call_desk_staff(v_ca.organization_id);
  return v_ca;
end
$$;
comment on function private.lock_call_for_desk(uuid) is 'Locks the call for an admin/manager action; PT404 when missing or outside the caller''s organizations, PT403 for a closer.';
revoke all on function private.lock_call_for_desk(uuid) from public, anon, authenticated;

create or replace function private.is_sale(p_ca public.call_appointments)
returns boolean
language sql immutable set search_path = ''
as $$
  select p_ca.status = any (array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded'])
      or (p_ca.status = 'discontinued' and p_ca.batch_id is not null)
$$;
comment on function private.is_sale(public.call_appointments) is 'Whether the call is a sale (converted, refunded, or discontinued with a batch): never rescheduled, cancelled or reassigned by the desk.';
revoke all on function private.is_sale(public.call_appointments) from public, anon, authenticated;

create or replace function public.reschedule_call_appointment(
  p_appointment_id text,
  p_scheduled_date text,
  p_scheduled_time text,
  p_reason text default null,
  p_expected_version text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('reschedule_call_appointment');
  v_ca public.call_appointments;
  v_date date;
  v_time time;
  v_reason text;
  v_version int;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_ca := private.lock_call_for_desk(private.arg_uuid(p_appointment_id, 'appointment_id'));
  v_date := private.arg_date(p_scheduled_date, 'scheduled_date');
  v_time := private.arg_time(p_scheduled_time, 'scheduled_time');
  v_reason := private.check_text(p_reason, 'reason', 'The reason', 2000, false);
  v_version := private.arg_int(p_expected_version, 'expected_version');
  if private.is_sale(v_ca) then
    raise exception 'This call was converted; it cannot be moved.' using errcode = 'PT409', hint = 'converted_locked';
  end if;
  if v_date is null then
    raise exception 'Choose the new date.' using errcode = '22023', hint = 'field:scheduled_date';
  end if;
  if v_ca.status = 'scheduled' and v_ca.scheduled_date = v_date and v_ca.scheduled_time is not distinct from v_time then
    return private.remember_write(to_jsonb(v_ca));
  end if;
  perform private.check_ahead_date(v_date, v_ca.organization_id, 'scheduled_date', 'The new date');
  if v_date = private.org_today(v_ca.organization_id) and v_time is not null
     and v_time < (now() at time zone private.org_timezone(v_ca.organization_id))::time then
    raise exception 'The new time cannot be in the past.' using errcode = '22023', hint = 'field:scheduled_time';
  end if;
  if v_version is not null and v_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  -- A moved call is to be held again: scheduled (a cancelled booking is booked again).
  update public.call_appointments ca set
    scheduled_date = v_date,
    scheduled_time = v_time,
    status = 'scheduled',
    cancellation_reason = null,
    additional_comments = coalesce(v_reason, ca.additional_comments),
    updated_by = (select auth.uid())
  where ca.id = v_ca.id
  returning * into v_ca;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(to_jsonb(v_ca));
end
$$;
comment on function public.reschedule_call_appointment(text, text, text, text, text) is
  'Admins and managers: moves a call to a new local date (today .. two years ahead) and time; the call is scheduled again (also a cancelled one); the reason goes to the remarks and the history. Refuses a converted call (PT409 converted_locked), a stale version (PT409 stale_version), bad input (22023 field:<name>), other roles (PT403) and other organizations (PT404).';
revoke all on function public.reschedule_call_appointment(text, text, text, text, text) from public, anon;
grant execute on function public.reschedule_call_appointment(text, text, text, text, text) to authenticated;

create or replace function public.cancel_call_appointment(p_appointment_id text, p_reason text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('cancel_call_appointment');
  v_ca public.call_appointments;
  v_reason text;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_ca := private.lock_call_for_desk(private.arg_uuid(p_appointment_id, 'appointment_id'));
  v_reason := private.check_text(p_reason, 'reason', 'The reason', 2000, true);
  if private.is_sale(v_ca) then
    raise exception 'This call was converted; a converted call cannot be cancelled.' using errcode = 'PT409', hint = 'converted_locked';
  end if;
  if v_ca.status = 'cancelled' and v_ca.cancellation_reason is not distinct from v_reason then
    return private.remember_write(to_jsonb(v_ca));
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  update public.call_appointments ca set
    status = 'cancelled',
    cancellation_reason = v_reason,
    updated_by = (select auth.uid())
  where ca.id = v_ca.id
  returning * into v_ca;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(to_jsonb(v_ca));
end
$$;
comment on function public.cancel_call_appointment(text, text) is
  'Admins and managers: the call becomes cancelled with the reason (required, at most 2000 characters), kept in the history. Refuses a converted call (PT409 converted_locked), other roles (PT403), other organizations (PT404). Repeating it changes nothing.';
revoke all on function public.cancel_call_appointment(text, text) from public, anon;
grant execute on function public.cancel_call_appointment(text, text) to authenticated;

create or replace function public.assign_call_appointments(p_organization_id text, p_appointment_ids text[], p_closer_id text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('assign_call_appointments');
  v_org uuid;
  v_uid uuid;
  v_closer uuid;
  v_ids uuid[];
  v_found int;
  v_sales int;
  v_updated int;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  v_closer := private.check_closer(v_org, private.arg_uuid(p_closer_id, 'closer_id'));
  if p_appointment_ids is null or cardinality(p_appointment_ids) = 0 then
    raise exception 'Choose at least one call.' using errcode = '22023', hint = 'field:appointment_ids';
  end if;
  if cardinality(p_appointment_ids) > 500 then
    raise exception 'Assign at most 500 calls at a time.' using errcode = '22023', hint = 'field:appointment_ids';
  end if;
  select array_agg(distinct private.arg_uuid(x, 'appointment_ids')) into v_ids from unnest(p_appointment_ids) x;
  -- Locked in id order: two managers assigning overlapping selections never deadlock.
  perform 1 from public.call_appointments ca where ca.id = any (v_ids) and ca.organization_id = v_org order by ca.id for update;
  select count(*), count(*) filter (where private.is_sale(ca)) into v_found, v_sales
  from public.call_appointments ca where ca.id = any (v_ids) and ca.organization_id = v_org;
  if v_found <> cardinality(v_ids) then
    raise exception '% of the chosen calls were not found in this organization; nothing was assigned.', cardinality(v_ids) - v_found
      using errcode = 'PT404', hint = 'not_found';
  end if;
  if v_sales > 0 then
    raise exception '% of the chosen calls are converted and keep their closer; nothing was assigned.', v_sales
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  update public.call_appointments ca set closer_id = v_closer, updated_by = v_uid
  where ca.id = any (v_ids) and ca.organization_id = v_org and ca.closer_id is distinct from v_closer;
  get diagnostics v_updated = row_count;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(jsonb_build_object('updated', v_updated, 'unchanged', cardinality(v_ids) - v_updated, 'closer_id', v_closer));
end
$$;
comment on function public.assign_call_appointments(text, text[], text) is
  'Admins and managers: assigns 1..500 calls of the organization to a closer of it (closer null = unassigned); each change is in the call''s history. All or nothing: an id outside the organization (PT404) or a converted call (PT409 converted_locked) refuses the whole request. Returns {updated, unchanged, closer_id}.';
revoke all on function public.assign_call_appointments(text, text[], text) from public, anon;
grant execute on function public.assign_call_appointments(text, text[], text) to authenticated;

-------------------------------------------------------------------------------
-- CSV import: rows already mapped and checked in the browser, checked again here. All or nothing
-- per request (the app sends chunks of 200): a bad row refuses the chunk with its row number in
-- DETAIL ({"row": n, "field": name}) and nothing of that chunk is written. Each row's key (the
-- file's id column or a hash of the normalized row) makes a re-import change nothing.
create or replace function public.import_call_rows(p_organization_id text, p_rows jsonb)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_replayed jsonb := private.replayed_write('import_call_rows');
  v_org uuid;
  v_uid uuid;
  v_row jsonb;
  v_n int := 0;
  v_created int := 0;
  v_existing int := 0;
  v_leads int := 0;
  v_closer uuid;
  v_closer_email text;
  v_closers jsonb;
  v_known jsonb;
  v_today date;
  v_result jsonb;
  v_msg text;
  v_hint text;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.assert_call_desk_staff(v_org);
  if p_rows is null or jsonb_typeof(p_rows) <> 'array' or jsonb_array_length(p_rows) = 0 then
    raise exception 'There are no rows to import.' using errcode = '22023', hint = 'field:rows';
  end if;
  if jsonb_array_length(p_rows) > 500 then
    raise exception 'Import at most 500 rows at a time.' using errcode = '22023', hint = 'field:rows';
  end if;
  -- Once per request: the closers by login email, today, and the row keys imported before.
  select coalesce(jsonb_object_agg(lower(u.email), m.user_id), '{}'::jsonb) into v_closers
  from public.memberships m join auth.users u on u.id = m.user_id
  where m.organization_id = v_org and m.role = 'closer' and u.email is not null;
  v_today := private.org_today(v_org);
  select coalesce(jsonb_object_agg(k.external_key, true), '{}'::jsonb) into v_known
  from private.call_external_keys k
  where k.organization_id = v_org and k.source = 'csv'
    and k.external_key in (select btrim(e ->> 'key') from jsonb_array_elements(p_rows) e where jsonb_typeof(e) = 'object');
  begin
  for v_row in select value from jsonb_array_elements(p_rows) loop
    v_n := v_n + 1;
      if jsonb_typeof(v_row) <> 'object' or private.clean_text(v_row ->> 'key') is null then
        raise exception 'The row has no key.' using errcode = '22023', hint = 'field:key';
      end if;
      if v_known ? btrim(v_row ->> 'key') then
        -- Imported before: nothing to check or write.
        v_existing := v_existing + 1;
        continue;
      end if;
      v_closer := null;
      if nullif(btrim(v_row ->> 'closer_email'), '') is not null then
        v_closer_email := private.normalize_email(v_row ->> 'closer_email');
        v_closer := (v_closers ->> v_closer_email)::uuid;
        if v_closer is null then
          raise exception 'No closer of this organization signs in with %.', v_row ->> 'closer_email' using errcode = '22023', hint = 'field:closer_email';
        end if;
      end if;
      v_result := private.book_call_impl(
        v_org, v_row ->> 'full_name', v_row ->> 'email', v_row ->> 'phone', v_closer,
        private.arg_date(v_row ->> 'scheduled_date', 'scheduled_date'),
        private.arg_time(nullif(v_row ->> 'scheduled_time', ''), 'scheduled_time'),
        v_row ->> 'remarks', 'csv', 'csv', v_row ->> 'key', v_uid, v_today);
    if (v_result ->> 'created')::boolean then
      v_created := v_created + 1;
    else
      v_existing := v_existing + 1;
    end if;
    if (v_result ->> 'lead_created')::boolean then
      v_leads := v_leads + 1;
    end if;
  end loop;
  -- One block for the whole request (not a subtransaction per row): the first bad row stops it.
  exception when sqlstate '22023' then
    get stacked diagnostics v_msg = message_text, v_hint = pg_exception_hint;
    raise exception 'Row %: %', v_n, v_msg using errcode = '22023', hint = v_hint,
      detail = jsonb_build_object('row', v_n, 'field', replace(coalesce(v_hint, ''), 'field:', ''), 'message', v_msg)::text;
  end;
  return private.remember_write(jsonb_build_object('created', v_created, 'existing', v_existing, 'leads_created', v_leads));
end
$$;
comment on function public.import_call_rows(text, jsonb) is
  'Admins and managers: imports up to 500 rows [{key, full_name, email, phone (E.164), closer_email, scheduled_date, scheduled_time, remarks}] through the booking path; a row whose key was imported before changes nothing. A bad row refuses the whole request (22023, DETAIL {row, field, message}); nothing is written. Returns {created, existing, leads_created}.';
revoke all on function public.import_call_rows(text, jsonb) from public, anon;
grant execute on function public.import_call_rows(text, jsonb) to authenticated;

-------------------------------------------------------------------------------
-- All calls: one page of the organization's calls for admins and managers, every closer and the
-- unassigned ones, newest date first (offset paging on the (organization, date) index of
-- 20261207130400; counts stop at 10,000).
create or replace function public.list_all_calls(
  p_organization_id text,
  p_closer text default null,
  p_status text default null,
  p_from text default null,
  p_to text default null,
  p_search text default null,
  p_limit text default null,
  p_offset text default null
)
returns table (
  id uuid, lead_id uuid, lead_name text, lead_email text, lead_phone text, closer_id uuid, closer_name text,
  scheduled_date date, scheduled_time time, status text, cancellation_reason text, additional_comments text,
  version int, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_unassigned boolean := coalesce(p_closer = 'unassigned', false);
  v_closer uuid := case when p_closer = 'unassigned' then null else private.arg_uuid(p_closer, 'closer') end;
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_search text := private.clean_text(p_search);
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 100);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if not private.has_role(v_org, array['admin', 'manager']) then
    raise exception 'Only admins and managers see all calls.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_status is not null and p_status <> all (array['scheduled', 'pending', 'reschedule', 'not_decided', 'so_so', 'not_converted', 'no_show', 'discontinued',
      'booking_amount', 'converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'refunded', 'cancelled']) then
    raise exception 'Unknown status.' using errcode = '22023', hint = 'field:status';
  end if;
  -- `not materialized`: the count and the page each read through the (organization, date) index
  -- only what they need (at most 10,000 rows; one page), never the organization's every call.
  return query
    with matching as not materialized (
      select ca.* from public.call_appointments ca
      where ca.organization_id = v_org
        and (not v_unassigned or ca.closer_id is null)
        and (v_closer is null or ca.closer_id = v_closer)
        and (p_status is null or ca.status = p_status)
        and (v_from is null or ca.scheduled_date >= v_from)
        and (v_to is null or ca.scheduled_date <= v_to)
        and (v_search is null or ca.lead_id in (
          select l.id from public.leads l where l.organization_id = v_org
            and (l.full_name ilike '%' || v_search || '%' or l.email ilike '%' || v_search || '%' or l.phone ilike '%' || v_search || '%')))
    ), total as (
      select count(*) as n from (select 1 from matching limit 10000) capped
    ), page as (
      select m.* from matching m
      order by m.scheduled_date desc, m.scheduled_time desc nulls last, m.id
      limit v_limit offset v_offset
    )
    select p.id, p.lead_id, l.full_name, l.email, l.phone, p.closer_id, pr.full_name,
           p.scheduled_date, p.scheduled_time, p.status, p.cancellation_reason, p.additional_comments,
           p.version, (select n from total)
    from page p
    join public.leads l on l.id = p.lead_id
    left join public.profiles pr on pr.id = p.closer_id
    order by p.scheduled_date desc, p.scheduled_time desc nulls last, p.id;
end
$$;
comment on function public.list_all_calls(text, text, text, text, text, text, text, text) is
  'Admins and managers: one page (limit 1..100, default 25) of the organization''s calls across closers, newest first; closer = a closer id or ''unassigned''; status, date range and search on the lead''s name/email/phone; total_count capped at 10,000. PT403 for other roles.';
revoke all on function public.list_all_calls(text, text, text, text, text, text, text, text) from public, anon;
grant execute on function public.list_all_calls(text, text, text, text, text, text, text, text) to authenticated;

