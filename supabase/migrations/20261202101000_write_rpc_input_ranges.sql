-- Ranges of what the write functions accept (issue 8, "Forms and input"):
--   dates:   payments not in the future (organization's timezone) and not before 1 January of the
--            year before the batch's year; follow-ups, reschedules, call follow-ups and bookings
--            not in the past and at most two years ahead;
--   text:    required text made only of whitespace or invisible characters counts as empty
--            (private.clean_text), optional such text is stored as null;
--   amounts: at most the organization currency's ceiling (private.currency_max_amounts, the
--            same table as src/domain/money.ts MAX_AMOUNT_BY_CURRENCY; drift test);
--   claims:  the claimed_by_other refusal carries who and when as JSON in its DETAIL.
-- Refusals are 22023 with hint field:<argument>, before anything is written. A date that is
-- already stored may be sent again unchanged (time moves on; an idempotent repeat stays one).
-- The implementations (private.*_impl, from 20261202100000) are redefined with the same
-- signatures; the public wrappers are unchanged.

-------------------------------------------------------------------------------
-- Ceilings of an amount by currency. Currencies not listed: the default row (currency null).
create or replace function private.currency_max_amounts()
returns table (currency text, max_amount numeric)
language sql immutable set search_path = ''
as $$
  values ('INR', 100000000::numeric),  -- 10 crore rupees
         ('BRL', 5000000::numeric),
         ('USD', 1000000::numeric),
         ('EUR', 1000000::numeric),
         ('GBP', 1000000::numeric),
         (null, 100000000::numeric)
$$;
comment on function private.currency_max_amounts() is 'The largest amount one field may hold, per currency (null: any other currency). Kept equal to MAX_AMOUNT_BY_CURRENCY of src/domain/money.ts (drift test).';
revoke all on function private.currency_max_amounts() from public, anon;
grant execute on function private.currency_max_amounts() to authenticated;

create or replace function private.org_timezone(p_org uuid)
returns text
language sql stable security definer set search_path = ''
as $$
  select coalesce((select o.timezone from public.organizations o where o.id = p_org), 'UTC')
$$;
comment on function private.org_timezone(uuid) is 'The organization''s timezone (UTC when unknown).';
revoke all on function private.org_timezone(uuid) from public, anon, authenticated;

create or replace function private.check_amount_limit(p_value numeric, p_field text, p_label text, p_org uuid)
returns void
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_currency text := (select o.currency from public.organizations o where o.id = p_org);
  v_max numeric := coalesce(
    (select m.max_amount from private.currency_max_amounts() m where m.currency = v_currency),
    (select m.max_amount from private.currency_max_amounts() m where m.currency is null));
begin
  if p_value > v_max then
    raise exception '% can be at most % %.', p_label, to_char(v_max, 'FM999,999,999,990'), coalesce(v_currency, '')
      using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$$;
comment on function private.check_amount_limit(numeric, text, text, uuid) is 'Refuses an amount above the organization currency''s ceiling (22023 field:<name>).';
revoke all on function private.check_amount_limit(numeric, text, text, uuid) from public, anon, authenticated;

-- A calendar date from today to two years ahead, in the organization's timezone.
create or replace function private.check_ahead_date(p_value date, p_org uuid, p_field text, p_label text)
returns void
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_today date := private.org_today(p_org);
begin
  if p_value is null then
    return;
  end if;
  if p_value < v_today then
    raise exception '% cannot be in the past.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > (v_today + interval '2 years')::date then
    raise exception '% cannot be more than two years ahead.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$$;
comment on function private.check_ahead_date(date, uuid, text, text) is 'Refuses a date before today or more than two years ahead in the organization''s timezone (22023 field:<name>). Null passes.';
revoke all on function private.check_ahead_date(date, uuid, text, text) from public, anon, authenticated;

-- An instant after now and at most two years ahead.
create or replace function private.check_ahead_instant(p_value timestamptz, p_field text, p_label text)
returns void
language plpgsql stable set search_path = ''
as $$
begin
  if p_value is null then
    return;
  end if;
  if p_value <= now() then
    raise exception '% must be in the future.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > now() + interval '2 years' then
    raise exception '% cannot be more than two years ahead.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$$;
comment on function private.check_ahead_instant(timestamptz, text, text) is 'Refuses an instant not after now or more than two years ahead (22023 field:<name>). Null passes.';
revoke all on function private.check_ahead_instant(timestamptz, text, text) from public, anon, authenticated;

-- The earliest payment date of a student: 1 January of the year before its batch's year (the
-- batch's start date, else the year it was created in the organization's timezone).
create or replace function private.payment_date_floor(p_batch_id uuid)
returns date
language sql stable security definer set search_path = ''
as $$
  select make_date(extract(year from coalesce(b.start_date, (b.created_at at time zone private.org_timezone(b.organization_id))::date))::int - 1, 1, 1)
  from public.cohort_batches b where b.id = p_batch_id
$$;
comment on function private.payment_date_floor(uuid) is 'The earliest payment date accepted for a student of the batch: 1 January of the year before the batch''s year.';
revoke all on function private.payment_date_floor(uuid) from public, anon;
grant execute on function private.payment_date_floor(uuid) to authenticated;

create or replace function private.check_payment_date(p_value date, p_cs public.cohort_students, p_field text)
returns void
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_floor date := private.payment_date_floor(p_cs.cohort_batch_id);
begin
  if p_value > private.org_today(p_cs.organization_id) then
    raise exception 'The payment date cannot be in the future.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value < v_floor then
    raise exception 'The payment date cannot be before %.', to_char(v_floor, 'YYYY-MM-DD') using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$$;
comment on function private.check_payment_date(date, public.cohort_students, text) is 'Refuses a payment date in the future (organization''s timezone) or before private.payment_date_floor of the student''s batch (22023 field:<name>).';
revoke all on function private.check_payment_date(date, public.cohort_students, text) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- Text: whitespace and invisible characters at either end are dropped; nothing visible = empty.
create or replace function private.check_text(p_value text, p_field text, p_label text, p_max int, p_required boolean)
returns text
language plpgsql immutable set search_path = ''
as $$
declare
  v text := private.clean_text(p_value);
begin
  if p_required and v is null then
    raise exception '% is required.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if length(v) > p_max then
    raise exception '% must be at most % characters.', p_label, p_max using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.check_text(text, text, text, int, boolean) is 'Cleans a text argument with private.clean_text (whitespace/invisible-only = empty); refuses a missing required one or one that is too long (22023 field:<name>).';

-------------------------------------------------------------------------------
-- The claim refusal carries who holds the request and since when, for the UI to say it in the
-- user's language and the organization's timezone: DETAIL is
-- {"claimed_by": uuid, "claimed_by_name": text|null, "claimed_at": ISO 8601 UTC}.
create or replace function private.assert_not_claimed_by_other(p_log public.specialist_call_logs)
returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_name text;
begin
  if p_log.claimed_by is not null
     and p_log.claimed_by <> (select auth.uid())
     and p_log.claimed_at > now() - interval '15 minutes' then
    select nullif(btrim(p.full_name), '') into v_name from public.profiles p where p.id = p_log.claimed_by;
    raise exception '% is already handling this call request (claimed at %). Try again after they release it or in 15 minutes.',
      coalesce(v_name, 'Another specialist'), to_char(p_log.claimed_at at time zone 'UTC', 'HH24:MI "UTC"')
      using errcode = 'PT409', hint = 'claimed_by_other',
            detail = jsonb_build_object(
              'claimed_by', p_log.claimed_by,
              'claimed_by_name', v_name,
              'claimed_at', to_char(p_log.claimed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text;
  end if;
end
$$;

-------------------------------------------------------------------------------
-- The write functions with these checks (bodies of 20261123080500/080600 plus the checks).
create or replace function private.convert_call_appointment_impl(
  p_appointment_id uuid,
  p_status text,
  p_batch_id uuid,
  p_classes_access int,
  p_offer_amount numeric,
  p_cash_received numeric,
  p_next_follow_up_date date default null,
  p_no_cost_emi numeric default 0,
  p_gst_fees numeric default 0,
  p_platform_fees numeric default 0,
  p_pay_after_earning boolean default false,
  p_payment_platform text default null,
  p_payment_remarks text default null,
  p_additional_comments text default null,
  p_expected_version int default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_lead uuid;
  v_ca public.call_appointments;
  v_batch public.cohort_batches;
  v_cs public.cohort_students;
  v_held numeric;
  v_delta numeric;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_payment_remarks, 'payment_remarks', 'Payment remarks', 2000, false);
  v_comments text := private.check_text(p_additional_comments, 'additional_comments', 'Comments', 4000, false);
  v_payment public.emi_payments;
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  -- Lock the lead first: two conversions of one lead (two tabs, two appointments) serialize.
  select ca.lead_id into v_lead from public.call_appointments ca where ca.id = p_appointment_id;
  if v_lead is not null then
    perform 1 from public.leads l where l.id = v_lead for update;
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_ca.organization_id, array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and private.has_role(v_ca.organization_id, array['closer'])) then
    raise exception 'Only the call''s closer, a manager or an admin can convert this call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;

  if p_status is null or not (p_status = any (private.sales_converted_statuses())) then
    raise exception 'Choose a converted status.' using errcode = '22023', hint = 'field:status';
  end if;
  if p_batch_id is null then
    raise exception 'A converted call needs a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_batch_id;
  if not found or v_batch.organization_id <> v_ca.organization_id then
    raise exception 'Choose a batch of this organization.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if p_classes_access is null or p_classes_access not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15 (15 means all classes).' using errcode = '22023', hint = 'field:classes_access';
  end if;
  perform private.check_amount(p_offer_amount, 'offer_amount', 'Offer amount');
  perform private.check_amount(p_cash_received, 'cash_received', 'Cash received');
  perform private.check_amount(p_no_cost_emi, 'no_cost_emi', 'No-cost EMI');
  perform private.check_amount(p_gst_fees, 'gst_fees', 'GST fees');
  perform private.check_amount(p_platform_fees, 'platform_fees', 'Platform fees');
  perform private.check_amount_limit(p_offer_amount, 'offer_amount', 'The offer amount', v_ca.organization_id);
  perform private.check_amount_limit(p_cash_received, 'cash_received', 'Cash received', v_ca.organization_id);
  perform private.check_amount_limit(p_no_cost_emi, 'no_cost_emi', 'No-cost EMI', v_ca.organization_id);
  perform private.check_amount_limit(p_gst_fees, 'gst_fees', 'GST fees', v_ca.organization_id);
  perform private.check_amount_limit(p_platform_fees, 'platform_fees', 'Platform fees', v_ca.organization_id);
  -- A date already stored may be kept as it is (time moves on); a new one must be ahead.
  if p_next_follow_up_date is distinct from v_ca.next_follow_up_date then
    perform private.check_ahead_date(p_next_follow_up_date, v_ca.organization_id, 'next_follow_up_date', 'The next follow-up');
  end if;
  if p_cash_received > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;

  -- What the ledger already holds for this (lead, batch).
  -- What the ledger already holds for this (lead, batch): the student there, else the student
  -- this appointment is synced with (a batch change moves it), else the appointment's own figure.
  select * into v_cs from public.cohort_students cs
    where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id for update;
  if found then
    v_held := v_cs.cash_received;
  else
    select cs.cash_received into v_held from public.cohort_students cs
      where v_ca.status = any (private.sales_sync_statuses())
        and cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = v_ca.batch_id for update;
    v_held := coalesce(v_held, v_ca.cash_received);
  end if;

  -- Idempotent repeat: the appointment already is what was asked for, and the ledger holds the cash.
  if v_ca.status = p_status and v_ca.batch_id = p_batch_id and v_ca.classes_access = p_classes_access
     and v_ca.offer_amount = p_offer_amount and v_held = p_cash_received and v_cs.id is not null
     and v_ca.next_follow_up_date is not distinct from p_next_follow_up_date
     and v_ca.no_cost_emi = coalesce(p_no_cost_emi, 0) and v_ca.gst_fees = coalesce(p_gst_fees, 0)
     and v_ca.platform_fees = coalesce(p_platform_fees, 0)
     and v_ca.pay_after_earning = coalesce(p_pay_after_earning, false)
     and v_ca.payment_platform is not distinct from v_platform
     and v_ca.payment_remarks is not distinct from v_remarks
     and (v_comments is null or v_ca.additional_comments is not distinct from v_comments) then
    return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
  end if;

  if p_expected_version is not null and p_expected_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;
  if v_batch.status <> 'active' and v_ca.batch_id is distinct from p_batch_id then
    raise exception 'Choose an active batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if p_cash_received < v_held then
    raise exception 'Cash received cannot be lowered here (the ledger holds %); edit or delete payments instead.', v_held
      using errcode = '22023', hint = 'field:cash_received';
  end if;
  if p_offer_amount < v_held then
    raise exception 'The offer cannot be below the cash already received (%).', v_held using errcode = '22023', hint = 'field:offer_amount';
  end if;
  v_delta := p_cash_received - v_held;

  perform set_config('app.change_reason', 'Changed at conversion', true);
  update public.call_appointments ca set
    status = p_status,
    batch_id = p_batch_id,
    classes_access = p_classes_access,
    offer_amount = p_offer_amount,
    cash_received = v_held,
    next_follow_up_date = p_next_follow_up_date,
    no_cost_emi = coalesce(p_no_cost_emi, 0),
    gst_fees = coalesce(p_gst_fees, 0),
    platform_fees = coalesce(p_platform_fees, 0),
    pay_after_earning = coalesce(p_pay_after_earning, false),
    payment_platform = v_platform,
    payment_remarks = v_remarks,
    additional_comments = coalesce(v_comments, ca.additional_comments),
    conversion_date = coalesce(ca.conversion_date, private.org_today(ca.organization_id)),
    updated_by = v_uid
  where ca.id = p_appointment_id;
  perform set_config('app.change_reason', '', true);

  if v_delta > 0 then
    select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
    insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
    values (v_ca.organization_id, v_cs.id, v_delta, private.org_today(v_ca.organization_id), v_platform, 'Recorded at conversion', v_uid)
    returning * into v_payment;
  end if;

  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id;
  select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
  return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
end
$$;

create or replace function private.update_call_appointment_status_impl(
  p_appointment_id uuid,
  p_status text,
  p_remarks text default null,
  p_next_follow_up_date date default null,
  p_rescheduled_date date default null,
  p_rescheduled_time time default null,
  p_refund_reason text default null,
  p_expected_version int default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_ca public.call_appointments;
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 4000, false);
  v_refund text := private.check_text(p_refund_reason, 'refund_reason', 'Refund reason', 2000, false);
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_ca.organization_id, array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and private.has_role(v_ca.organization_id, array['closer'])) then
    raise exception 'Only the call''s closer, a manager or an admin can update this call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_status is null or p_status not in ('scheduled', 'reschedule', 'not_converted', 'no_show', 'discontinued', 'refunded') then
    raise exception 'Choose one of: scheduled, reschedule, not converted, no show, discontinued, refunded (converting uses the conversion form).'
      using errcode = '22023', hint = 'field:status';
  end if;
  if p_status in ('not_converted', 'no_show', 'reschedule', 'refunded') and v_remarks is null then
    raise exception 'Remarks are required for this status.' using errcode = '22023', hint = 'field:remarks';
  end if;
  if p_status = 'refunded' and v_refund is null then
    raise exception 'A refund needs a reason.' using errcode = '22023', hint = 'field:refund_reason';
  end if;
  if p_status = 'reschedule' and p_rescheduled_date is null then
    raise exception 'Choose the new date.' using errcode = '22023', hint = 'field:rescheduled_date';
  end if;
  if p_next_follow_up_date is distinct from v_ca.next_follow_up_date then
    perform private.check_ahead_date(p_next_follow_up_date, v_ca.organization_id, 'next_follow_up_date', 'The next follow-up');
  end if;
  if p_status = 'reschedule'
     and (p_rescheduled_date is distinct from v_ca.scheduled_date
          or (p_rescheduled_time is not null and p_rescheduled_time is distinct from v_ca.scheduled_time)) then
    perform private.check_ahead_date(p_rescheduled_date, v_ca.organization_id, 'rescheduled_date', 'The new date');
    if p_rescheduled_date = private.org_today(v_ca.organization_id) and p_rescheduled_time is not null
       and p_rescheduled_time < (now() at time zone private.org_timezone(v_ca.organization_id))::time then
      raise exception 'The new time cannot be in the past.' using errcode = '22023', hint = 'field:rescheduled_time';
    end if;
  end if;
  if (v_ca.status = any (private.sales_sync_statuses()) and (v_ca.batch_id is not null or v_ca.status = any (private.sales_converted_statuses())))
     and p_status not in ('refunded', 'discontinued') then
    raise exception 'This call was converted; it can only become refunded, discontinued or another converted status.'
      using errcode = 'PT409', hint = 'converted_locked';
  end if;
  -- Idempotent repeat.
  if v_ca.status = p_status
     and (v_remarks is null or v_ca.additional_comments is not distinct from v_remarks)
     and (p_next_follow_up_date is null or v_ca.next_follow_up_date = p_next_follow_up_date)
     and (p_rescheduled_date is null or v_ca.scheduled_date = p_rescheduled_date)
     and (p_rescheduled_time is null or v_ca.scheduled_time = p_rescheduled_time)
     and (v_refund is null or v_ca.refund_reason is not distinct from v_refund) then
    return to_jsonb(v_ca);
  end if;
  if p_expected_version is not null and p_expected_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;

  update public.call_appointments ca set
    status = p_status,
    additional_comments = coalesce(v_remarks, ca.additional_comments),
    next_follow_up_date = coalesce(p_next_follow_up_date, ca.next_follow_up_date),
    scheduled_date = case when p_status = 'reschedule' then p_rescheduled_date else ca.scheduled_date end,
    scheduled_time = case when p_status = 'reschedule' then coalesce(p_rescheduled_time, ca.scheduled_time) else ca.scheduled_time end,
    refund_reason = case when p_status = 'refunded' then v_refund else ca.refund_reason end,
    updated_by = v_uid
  where ca.id = p_appointment_id
  returning * into v_ca;
  return to_jsonb(v_ca);
end
$$;

create or replace function private.record_payment_impl(
  p_cohort_student_id uuid,
  p_amount numeric,
  p_paid_on date,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, true);
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 2000, false);
  v_payment public.emi_payments;
begin
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if p_amount > v_cs.offer_amount - v_cs.cash_received then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(p_amount, 'amount', 'The amount', v_cs.organization_id);
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  perform private.check_payment_date(p_paid_on, v_cs, 'paid_on');
  insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
  values (v_cs.organization_id, v_cs.id, p_amount, p_paid_on, v_platform, v_remarks, v_uid)
  returning * into v_payment;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('payment', to_jsonb(v_payment), 'student', to_jsonb(v_cs));
end
$$;

create or replace function private.update_payment_impl(
  p_payment_id uuid,
  p_amount numeric,
  p_paid_on date,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', 'Remarks', 2000, false);
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_cs.cash_received - v_p.amount + p_amount > v_cs.offer_amount then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received + v_p.amount
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(p_amount, 'amount', 'The amount', v_cs.organization_id);
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  if p_paid_on is distinct from v_p.paid_on then
    perform private.check_payment_date(p_paid_on, v_cs, 'paid_on');
  end if;
  update public.emi_payments p set amount = p_amount, paid_on = p_paid_on, payment_platform = v_platform, remarks = v_remarks
    where p.id = v_p.id returning * into v_p;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('payment', to_jsonb(v_p), 'student', to_jsonb(v_cs));
end
$$;

create or replace function private.change_offer_amount_impl(p_cohort_student_id uuid, p_new_amount numeric, p_reason text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'Reason', 2000, false);
  v_appt uuid;
begin
  perform private.check_amount(p_new_amount, 'new_amount', 'The offer');
  perform private.check_amount_limit(p_new_amount, 'new_amount', 'The offer', v_cs.organization_id);
  if p_new_amount < v_cs.cash_received then
    raise exception 'The offer cannot be below the cash already received (%).', v_cs.cash_received
      using errcode = '22023', hint = 'field:new_amount';
  end if;
  if p_new_amount = v_cs.offer_amount then
    return jsonb_build_object('student', to_jsonb(v_cs));
  end if;
  v_appt := private.student_appointment(v_cs);
  perform set_config('app.change_reason', coalesce(v_reason, ''), true);
  if v_appt is not null then
    update public.call_appointments ca set offer_amount = p_new_amount, updated_by = (select auth.uid()) where ca.id = v_appt;
  else
    update public.cohort_students cs set offer_amount = p_new_amount where cs.id = v_cs.id;
  end if;
  perform set_config('app.change_reason', '', true);
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;

create or replace function private.start_chat_session_impl(p_organization_id uuid, p_pillar text, p_title text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_company uuid;
  v_session public.chat_sessions;
  v_title text := private.clean_text(p_title);
begin
  if v_uid is null then
    raise exception 'Sign in to start a chat.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_organization_id is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if p_pillar is null or p_pillar not in ('psychological', 'physical', 'financial', 'legal') then
    raise exception 'Choose a topic: psychological, physical, financial or legal.' using errcode = '22023', hint = 'field:pillar';
  end if;
  if length(v_title) > 200 then
    raise exception 'The title can have at most 200 characters.' using errcode = '22023', hint = 'field:title';
  end if;
  if not private.has_role(p_organization_id, array['member']) then
    raise exception 'Only members of this organization can start a chat here.' using errcode = 'PT403', hint = 'not_allowed';
  end if;

  select m.company_id into v_company
  from public.memberships m
  where m.organization_id = p_organization_id and m.user_id = v_uid and m.role = 'member';

  insert into public.chat_sessions (organization_id, user_id, company_id, pillar, status, title)
  values (p_organization_id, v_uid, v_company, p_pillar, 'active', v_title)
  returning * into v_session;
  return to_jsonb(v_session);
end
$$;

create or replace function private.send_chat_message_impl(p_chat_session_id uuid, p_content text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_session public.chat_sessions;
  v_message public.chat_messages;
  v_content text := private.clean_text(p_content);
begin
  if v_uid is null then
    raise exception 'Sign in to chat.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_content is null then
    raise exception 'Write a message first.' using errcode = '22023', hint = 'field:content';
  end if;
  if length(v_content) > 4000 then
    raise exception 'A message can have at most 4000 characters.' using errcode = '22023', hint = 'field:content';
  end if;

  select s.* into v_session from public.chat_sessions s
  where s.id = p_chat_session_id and s.user_id = v_uid and private.has_role(s.organization_id, array['member'])
  for update;
  if v_session.id is null then
    raise exception 'This chat does not exist or is not yours.' using errcode = 'PT404', hint = 'not_found';
  end if;

  insert into public.chat_messages (organization_id, chat_session_id, sender_id, role, content)
  values (v_session.organization_id, v_session.id, v_uid, 'member', v_content)
  returning * into v_message;
  update public.chat_sessions set updated_at = now() where id = v_session.id;
  return to_jsonb(v_message);
end
$$;

create or replace function private.request_phone_call_impl(p_chat_session_id uuid, p_reason text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_reason text := private.clean_text(p_reason);
  v_session public.chat_sessions;
  v_log public.specialist_call_logs;
begin
  if v_uid is null then
    raise exception 'Sign in to request a call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_reason is not null and length(v_reason) > 1000 then
    raise exception 'The reason can have at most 1000 characters.' using errcode = '22023', hint = 'field:reason';
  end if;

  -- The session lock serializes repeated presses; the partial unique index is the backstop.
  select s.* into v_session from public.chat_sessions s
  where s.id = p_chat_session_id and s.user_id = v_uid and private.has_role(s.organization_id, array['member'])
  for update;
  if v_session.id is null then
    raise exception 'This chat does not exist or is not yours.' using errcode = 'PT404', hint = 'not_found';
  end if;

  select l.* into v_log from public.specialist_call_logs l
  where l.chat_session_id = v_session.id and l.call_status in ('pending', 'scheduled')
  for update;

  if v_log.id is null then
    insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, call_status, reason)
    values (v_session.organization_id, v_session.id, v_uid, 'pending', coalesce(v_reason, v_session.phone_escalation_reason))
    on conflict (chat_session_id) where call_status in ('pending', 'scheduled') do nothing
    returning * into v_log;
    if v_log.id is null then
      select l.* into v_log from public.specialist_call_logs l
      where l.chat_session_id = v_session.id and l.call_status in ('pending', 'scheduled');
    end if;
    -- A new request: the wait counts from now.
    update public.chat_sessions
      set status = 'phone_escalated',
          phone_escalation_reason = coalesce(v_reason, phone_escalation_reason),
          phone_escalated_at = now(),
          ended_at = null
      where id = v_session.id
      returning * into v_session;
  else
    -- A repeat: same request, the wait keeps counting from the first press.
    update public.chat_sessions
      set status = 'phone_escalated',
          phone_escalation_reason = coalesce(v_reason, phone_escalation_reason),
          phone_escalated_at = coalesce(phone_escalated_at, v_log.created_at),
          ended_at = null
      where id = v_session.id
      returning * into v_session;
  end if;

  return jsonb_build_object('session', to_jsonb(v_session), 'call_log', to_jsonb(v_log));
end
$$;

create or replace function private.complete_call_request_impl(
  p_call_log_id uuid, p_outcome text, p_notes text, p_booking_date timestamptz default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_notes text := private.clean_text(p_notes);
  v_log public.specialist_call_logs;
  v_session public.chat_sessions;
  v_booking public.bookings;
begin
  if p_outcome is null or p_outcome not in ('resolved_by_phone', 'session_booked', 'escalated') then
    raise exception 'Choose an outcome: resolved by phone, session booked or escalated.' using errcode = '22023', hint = 'field:outcome';
  end if;
  if v_notes is null or length(v_notes) = 0 then
    raise exception 'Write notes about the call.' using errcode = '22023', hint = 'field:notes';
  end if;
  if length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  if p_outcome = 'session_booked' and p_booking_date is null then
    raise exception 'A booked session needs a date and time in the future.' using errcode = '22023', hint = 'field:booking_date';
  end if;
  if p_outcome = 'session_booked' then
    perform private.check_ahead_instant(p_booking_date, 'booking_date', 'The session');
  end if;

  v_log := private.lock_call_log_for_staff(p_call_log_id);
  if v_log.call_status = 'completed' then
    raise exception 'This call request was already completed% at %; nothing was changed.',
      coalesce(' by ' || (select nullif(btrim(p.full_name), '') from public.profiles p where p.id = v_log.specialist_id), ''),
      to_char(v_log.completed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
      using errcode = 'PT409', hint = 'already_completed';
  end if;
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  if p_outcome = 'session_booked' then
    insert into public.bookings (organization_id, chat_session_id, user_id, specialist_id, booking_date, status, notes)
    values (v_log.organization_id, v_log.chat_session_id, v_log.user_id, v_uid, p_booking_date, 'scheduled', v_notes)
    returning * into v_booking;
  end if;

  -- Close the existing open row; never insert a second one.
  update public.specialist_call_logs
    set call_status = 'completed',
        outcome = p_outcome,
        call_notes = v_notes,
        specialist_id = v_uid,
        completed_at = now(),
        session_booked = (p_outcome = 'session_booked'),
        booking_id = v_booking.id
    where id = v_log.id
    returning * into v_log;

  update public.chat_sessions
    set status = case when p_outcome = 'escalated' then 'phone_escalated' else 'resolved' end,
        ended_at = case when p_outcome = 'escalated' then ended_at else now() end,
        phone_contact_made = true,
        session_booked_by_specialist = case when p_outcome = 'session_booked' then v_uid else session_booked_by_specialist end
    where id = v_log.chat_session_id
    returning * into v_session;

  return jsonb_build_object(
    'call_log', to_jsonb(v_log),
    'session', to_jsonb(v_session),
    'booking', case when v_booking.id is null then null else to_jsonb(v_booking) end
  );
end
$$;

create or replace function private.mark_call_missed_impl(p_call_log_id uuid, p_notes text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_notes text := private.clean_text(p_notes);
  v_log public.specialist_call_logs;
begin
  if v_notes is not null and length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  v_log := private.lock_call_log_for_staff(p_call_log_id);
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  update public.specialist_call_logs
    set attempts = attempts + 1,
        last_attempt_at = now(),
        call_status = 'pending',
        call_notes = coalesce(v_notes, call_notes)
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;

create or replace function private.schedule_call_follow_up_impl(p_call_log_id uuid, p_scheduled_for timestamptz, p_notes text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_notes text := private.clean_text(p_notes);
  v_log public.specialist_call_logs;
begin
  if p_scheduled_for is null then
    raise exception 'Choose a follow-up date and time in the future.' using errcode = '22023', hint = 'field:scheduled_for';
  end if;
  perform private.check_ahead_instant(p_scheduled_for, 'scheduled_for', 'The follow-up');
  if v_notes is not null and length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  v_log := private.lock_call_log_for_staff(p_call_log_id);
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  update public.specialist_call_logs
    set call_status = 'scheduled',
        scheduled_for = p_scheduled_for,
        call_notes = coalesce(v_notes, call_notes)
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;
