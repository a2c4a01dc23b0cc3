set lock_timeout = '5s';
set statement_timeout = '60s';

-- Conversion cost (issue 16, "Writes": conversion p95 at most 0.5x the replaced app's three
-- requests). Measured per conversion on PostgreSQL 15 with plpgsql_check's profiler and
-- pg_stat_statements: work that was planned again in every transaction, and statement triggers that
-- ran their whole statement for no row. Same results, same messages; functions only, no table change.
-- - SQL-language helpers with SET search_path are never inlined, and their statement is planned
--   again in each transaction (~0.05-0.1 ms each): org_today, ledger_signed (the ledger trigger) and
--   clean_text (every text argument) become plpgsql, whose plans are cached per session. clean_text
--   is STRICT: a NULL argument skips the call (it returned NULL anyway).
-- - owing_students_last_paid was planned again on every payment (a custom plan for the array
--   argument each time, ~0.2 ms): it keeps one generic plan (edits and deletes of payments). A new
--   payment only moves its student's latest payment date forward: the insert trigger becomes a row
--   trigger for payments (WHEN kind = 'payment') that updates owing_students from the new row,
--   without a transition table.
-- - An INSERT ... ON CONFLICT fires the UPDATE statement triggers even when nothing was updated
--   (every conversion's S1 upsert of a new student): owing_students_update and
--   student_money_totals_update return at once when there is no row.
-- - The argument parsers arg_uuid, arg_int, arg_numeric, arg_date and arg_time return NULL for a
--   NULL value: STRICT says so, and a NULL argument (an optional field left out) skips the call.
-- - The public convert_call_appointment is plpgsql (its SQL body was parsed and planned on every
--   call).
-- - call_appointments_bump_version compares the row with the old one as a record instead of
--   through two jsonb documents.
-- - convert_call_appointment_impl: the lead is locked in one statement; the student of the
--   appointment's own batch is looked up only when the appointment is converted; the organization's
--   amount ceiling is read only when an amount is above the lowest ceiling of any currency
--   (private.lowest_amount_ceiling, from private.currency_max_amounts).

create or replace function private.org_today(p_org uuid) returns date language plpgsql stable security definer set search_path to '' as $function$
declare
  v_tz text;
begin
  select o.timezone into v_tz from public.organizations o where o.id = p_org;
  return (now() at time zone coalesce(v_tz, 'UTC'))::date;
end
$function$;

create or replace function private.clean_text(p_value text) returns text language plpgsql immutable strict set search_path to '' as $function$
begin
  return nullif(regexp_replace(p_value, '^[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+|[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+$', '', 'g'), '');
end
$function$;

create or replace function private.ledger_signed(p_kind text, p_amount numeric) returns numeric language plpgsql immutable set search_path to '' as $function$
begin
  return case when p_kind = 'refund' then -p_amount else p_amount end;
end
$function$;

create or replace function private.owing_students_payment_row() returns trigger language plpgsql security definer set search_path to '' as $function$
begin
  -- A new payment can only move its student's latest payment date forward (refunds do not count:
  -- the trigger's WHEN).
  update public.owing_students s set last_paid_on = new.paid_on
  where s.student_id = new.cohort_student_id and (s.last_paid_on is null or s.last_paid_on < new.paid_on);
  return null;
end
$function$;

revoke all on function private.owing_students_payment_row() from public;
comment on function private.owing_students_payment_row() is
  'Row trigger on emi_payments (new payments): the student''s owing_students.last_paid_on moves forward to the payment''s date.';

-- One statement, so no payment goes in between the two triggers.
do $$
begin
  drop trigger emi_payments_owing_insert on public.emi_payments;
  create trigger emi_payments_owing_insert
    after insert on public.emi_payments
    for each row when (new.kind = 'payment')
    execute function private.owing_students_payment_row();
end
$$;

drop function private.owing_students_payments_insert();

alter function private.owing_students_last_paid(uuid[]) set plan_cache_mode = force_generic_plan;

alter function private.arg_uuid(text, text) strict;
alter function private.arg_int(text, text) strict;
alter function private.arg_numeric(text, text, integer) strict;
alter function private.arg_date(text, text) strict;
alter function private.arg_time(text, text) strict;

create or replace function private.owing_students_insert() returns trigger language plpgsql security definer set search_path to '' as $function$
declare
  v_new public.cohort_students[] := array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0);
begin
  if cardinality(v_new) > 0 then
    perform private.owing_students_apply('{}', v_new);
  end if;
  return null;
end
$function$;

create or replace function private.owing_students_update() returns trigger language plpgsql security definer set search_path to '' as $function$
declare
  v_old public.cohort_students[] := array(select o::public.cohort_students from old_rows o where o.status = 'active' and o.due_amount > 0);
  v_new public.cohort_students[] := array(select n::public.cohort_students from new_rows n where n.status = 'active' and n.due_amount > 0);
begin
  if cardinality(v_old) > 0 or cardinality(v_new) > 0 then
    perform private.owing_students_apply(v_old, v_new);
  end if;
  return null;
end
$function$;

create or replace function private.student_money_totals_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  -- An INSERT ... ON CONFLICT that inserted fires this with no updated row: nothing to add.
  if not exists (select 1 from new_rows) then
    return null;
  end if;
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select d.organization_id, d.cohort_batch_id, d.closer_id, sum(d.n), sum(d.offered), sum(d.received), sum(d.due)
  from (
    select n.organization_id, n.cohort_batch_id, n.closer_id, 1 as n, n.offer_amount as offered,
      n.cash_received as received, n.due_amount as due
    from new_rows n
    union all
    select o.organization_id, o.cohort_batch_id, o.closer_id, -1, -o.offer_amount, -o.cash_received, -o.due_amount
    from old_rows o
  ) d
  group by d.organization_id, d.cohort_batch_id, d.closer_id
  having sum(d.n) <> 0 or sum(d.offered) <> 0 or sum(d.received) <> 0 or sum(d.due) <> 0
  order by d.cohort_batch_id, d.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$function$;

create or replace function private.call_appointments_bump_version() returns trigger language plpgsql set search_path to '' as $function$
declare
  v_same public.call_appointments := new;
begin
  -- A write that changes nothing (an idempotent repeat) keeps the version.
  v_same.version := old.version;
  v_same.updated_at := old.updated_at;
  if v_same is not distinct from old then
    return v_same;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$function$;

create or replace function private.lowest_amount_ceiling() returns numeric language plpgsql immutable set search_path to '' as $function$
begin
  return (select min(m.max_amount) from private.currency_max_amounts() m);
end
$function$;

revoke all on function private.lowest_amount_ceiling() from public;
comment on function private.lowest_amount_ceiling() is
  'The lowest amount ceiling of any currency (private.currency_max_amounts): an amount at or below it is within every organization''s ceiling.';

create or replace function private.convert_call_appointment_impl(p_appointment_id uuid, p_status text, p_batch_id uuid, p_classes_access integer, p_offer_amount numeric, p_cash_received numeric,
  p_next_follow_up_date date DEFAULT NULL::date, p_no_cost_emi numeric DEFAULT 0, p_gst_fees numeric DEFAULT 0, p_platform_fees numeric DEFAULT 0, p_pay_after_earning boolean DEFAULT false,
  p_payment_platform text DEFAULT NULL::text, p_payment_remarks text DEFAULT NULL::text, p_additional_comments text DEFAULT NULL::text, p_expected_version integer DEFAULT NULL::integer)
  returns jsonb language plpgsql security definer set search_path to '' as $function$
declare
  v_uid uuid := private.sales_caller();
  v_ca public.call_appointments;
  v_batch public.cohort_batches;
  v_cs public.cohort_students;
  v_held numeric;
  v_delta numeric;
  v_today date;
  v_roles text[];
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_payment_remarks, 'payment_remarks', 'Payment remarks', 2000, false);
  v_comments text := private.check_text(p_additional_comments, 'additional_comments', 'Comments', 4000, false);
begin
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  -- Lock the lead first: two conversions of one lead (two tabs, two appointments) serialize.
  perform 1 from public.leads l
    where l.id = (select ca.lead_id from public.call_appointments ca where ca.id = p_appointment_id) for update;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  -- The caller's roles in the call's organization, read once (private.has_role's rule).
  if found then
    select coalesce(array_agg(m.role), '{}') into v_roles from public.memberships m
    where m.organization_id = v_ca.organization_id and m.user_id = v_uid;
  end if;
  if v_ca.id is null or not (v_roles && array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not (v_roles && array['admin', 'manager'])
     and not (v_ca.closer_id = v_uid and 'closer' = any (v_roles)) then
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
  -- The organization's ceiling once; the per-field checks (and their messages) only above it.
  if greatest(p_offer_amount, p_cash_received, p_no_cost_emi, p_gst_fees, p_platform_fees) > private.lowest_amount_ceiling()
     and greatest(p_offer_amount, p_cash_received, p_no_cost_emi, p_gst_fees, p_platform_fees) > private.amount_ceiling(v_ca.organization_id) then
    perform private.check_amount_limit(p_offer_amount, 'offer_amount', 'The offer amount', v_ca.organization_id);
    perform private.check_amount_limit(p_cash_received, 'cash_received', 'Cash received', v_ca.organization_id);
    perform private.check_amount_limit(p_no_cost_emi, 'no_cost_emi', 'No-cost EMI', v_ca.organization_id);
    perform private.check_amount_limit(p_gst_fees, 'gst_fees', 'GST fees', v_ca.organization_id);
    perform private.check_amount_limit(p_platform_fees, 'platform_fees', 'Platform fees', v_ca.organization_id);
  end if;
  -- A date already stored may be kept as it is (time moves on); a new one must be ahead.
  if p_next_follow_up_date is distinct from v_ca.next_follow_up_date then
    perform private.check_ahead_date(p_next_follow_up_date, v_ca.organization_id, 'next_follow_up_date', 'The next follow-up');
  end if;
  if p_cash_received > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;

  -- What the ledger already holds for this (lead, batch): the student there, else the student
  -- this appointment is synced with (a batch change moves it), else the appointment's own figure.
  select * into v_cs from public.cohort_students cs
    where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id for update;
  if found then
    v_held := v_cs.cash_received;
  else
    if v_ca.status = any (private.sales_sync_statuses()) and v_ca.batch_id is not null then
      select cs.cash_received into v_held from public.cohort_students cs
        where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = v_ca.batch_id for update;
    end if;
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
  v_today := private.org_today(v_ca.organization_id);

  -- One write of the appointment with its final cash: the S1 trigger writes the student with the
  -- same figure, and the ledger entry of the difference (below) is marked as already applied,
  -- instead of the appointment and the student being written a second time by its trigger.
  perform set_config('app.change_reason', 'Changed at conversion', true);
  update public.call_appointments ca set
    status = p_status,
    batch_id = p_batch_id,
    classes_access = p_classes_access,
    offer_amount = p_offer_amount,
    cash_received = p_cash_received,
    next_follow_up_date = p_next_follow_up_date,
    no_cost_emi = coalesce(p_no_cost_emi, 0),
    gst_fees = coalesce(p_gst_fees, 0),
    platform_fees = coalesce(p_platform_fees, 0),
    pay_after_earning = coalesce(p_pay_after_earning, false),
    payment_platform = v_platform,
    payment_remarks = v_remarks,
    additional_comments = coalesce(v_comments, ca.additional_comments),
    conversion_date = coalesce(ca.conversion_date, v_today),
    updated_by = v_uid
  where ca.id = p_appointment_id
  returning * into v_ca;
  perform set_config('app.change_reason', '', true);

  select * into v_cs from public.cohort_students cs where cs.lead_id = v_ca.lead_id and cs.cohort_batch_id = p_batch_id;
  if v_delta > 0 then
    perform set_config('cohort_desk.ledger_applied', v_cs.id::text || ':' || v_delta::text, true);
    insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
    values (v_ca.organization_id, v_cs.id, v_delta, v_today, v_platform, 'Recorded at conversion', v_uid);
  end if;

  return jsonb_build_object('appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs));
end
$function$;

create or replace function public.convert_call_appointment (
  p_appointment_id      text,
  p_status              text,
  p_batch_id            text,
  p_classes_access      text,
  p_offer_amount        text,
  p_cash_received       text,
  p_next_follow_up_date text    DEFAULT NULL::text,
  p_no_cost_emi         text    DEFAULT '0'::text,
  p_gst_fees            text    DEFAULT '0'::text,
  p_platform_fees       text    DEFAULT '0'::text,
  p_pay_after_earning   boolean DEFAULT false,
  p_payment_platform    text    DEFAULT NULL::text,
  p_payment_remarks     text    DEFAULT NULL::text,
  p_additional_comments text    DEFAULT NULL::text,
  p_expected_version    text    DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  return coalesce(
    private.replayed_write('convert_call_appointment'),
    private.remember_write(
    private.convert_call_appointment_impl(
      private.arg_uuid(p_appointment_id, 'appointment_id'),
      p_status,
      private.arg_uuid(p_batch_id, 'batch_id'),
      private.arg_int(p_classes_access, 'classes_access'),
      private.arg_numeric(p_offer_amount, 'offer_amount'),
      private.arg_numeric(p_cash_received, 'cash_received'),
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      private.arg_numeric(p_no_cost_emi, 'no_cost_emi'),
      private.arg_numeric(p_gst_fees, 'gst_fees'),
      private.arg_numeric(p_platform_fees, 'platform_fees'),
      p_pay_after_earning,
      p_payment_platform,
      p_payment_remarks,
      p_additional_comments,
      private.arg_int(p_expected_version, 'expected_version')
    )
    )
  );
end
$function$;
