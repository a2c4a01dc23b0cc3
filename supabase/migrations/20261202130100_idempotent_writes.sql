-- A save is written once, however often the network makes the app send it.
--
-- The app sends every write with an `x-idempotency-key` header (a uuid; src/lib/network.ts). When
-- a save waits for the network and the user presses "Try again", the stuck request is aborted and
-- sent again with the SAME key. The first request may already have reached the database and
-- committed: without a key, record_payment would record the payment twice, send_chat_message
-- would post the message twice, mark_call_missed would count two attempts, and a refund or a
-- status change would answer the resend with a conflict although it was saved.
--
-- Every public write function now starts with private.replayed_write(name): it registers the key
-- in private.write_requests (primary key; a second transaction with the same key waits there for
-- the first to end). A key already committed returns the first answer, stored by
-- private.remember_write in the same transaction as the write, and nothing is written again. A
-- write that fails rolls its key back with everything else, so its resend runs normally. Without
-- the header (SQL, scripts, other clients) nothing changes. Keys are per user and function; a key
-- reused for another function or by another user is refused (PT409 idempotency_key_reused).
-- Answers are kept one day.

create table if not exists private.write_requests (
  request_id uuid primary key,
  user_id uuid not null,
  fn text not null,
  result jsonb,
  created_at timestamptz not null default now()
);
create index if not exists write_requests_created_at_idx on private.write_requests (created_at);
comment on table private.write_requests is
  'Idempotency keys of the public write functions (header x-idempotency-key) and the answer each gave; kept one day. Not exposed: read and written only by private.replayed_write/remember_write.';
revoke all on table private.write_requests from public, anon, authenticated;

-- The key of the current request: the x-idempotency-key header when it is a uuid, else null.
create or replace function private.write_request_key()
returns uuid
language plpgsql stable set search_path = ''
as $$
declare
  v text := nullif(current_setting('request.headers', true), '')::jsonb ->> 'x-idempotency-key';
begin
  if v is null or v !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return null;
  end if;
  return v::uuid;
exception when others then
  return null; -- malformed request.headers: no key
end
$$;
comment on function private.write_request_key() is 'The x-idempotency-key request header as a uuid, or null when absent or not a uuid.';
revoke all on function private.write_request_key() from public, anon, authenticated;

-- Registers the key for p_fn, or returns the answer of the committed write that used it.
create or replace function private.replayed_write(p_fn text)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_key uuid := private.write_request_key();
  v_uid uuid := (select auth.uid());
  v_row private.write_requests;
begin
  if v_key is null or v_uid is null then
    return null;
  end if;
  insert into private.write_requests (request_id, user_id, fn) values (v_key, v_uid, p_fn)
  on conflict (request_id) do nothing;
  if found then
    -- Now and then, forget answers older than a day (indexed, a few rows at a time).
    if random() < 0.02 then
      delete from private.write_requests w
      where w.request_id in (select w2.request_id from private.write_requests w2
                             where w2.created_at < now() - interval '1 day' limit 500);
    end if;
    return null;
  end if;
  select * into v_row from private.write_requests w where w.request_id = v_key;
  if v_row.user_id is distinct from v_uid or v_row.fn is distinct from p_fn then
    raise exception 'This save was already used for something else. Reload the page and try again.'
      using errcode = 'PT409', hint = 'idempotency_key_reused';
  end if;
  return coalesce(v_row.result, 'null'::jsonb);
end
$$;
comment on function private.replayed_write(text) is
  'First step of every public write function: null when the write must run (no key, or key registered now for this user and function); the stored answer when the same key was committed before (the resend changes nothing). Key of another user or function: PT409 idempotency_key_reused.';
revoke all on function private.replayed_write(text) from public, anon, authenticated;

-- Stores the answer of the write under the request's key (same transaction) and passes it on.
create or replace function private.remember_write(p_result jsonb)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_key uuid := private.write_request_key();
begin
  if v_key is not null then
    update private.write_requests w set result = coalesce(p_result, 'null'::jsonb)
    where w.request_id = v_key and w.user_id = (select auth.uid());
  end if;
  return p_result;
end
$$;
comment on function private.remember_write(jsonb) is 'Keeps the answer of a write under its idempotency key, in the same transaction, and returns it.';
revoke all on function private.remember_write(jsonb) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- The public write functions: same signatures, defaults, grants and comments; each body now runs
-- its private.*_impl only when the key has not been answered before.

-- change_offer_amount
create or replace function public.change_offer_amount(p_cohort_student_id text, p_new_amount text, p_reason text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('change_offer_amount'),
    private.remember_write(
    private.change_offer_amount_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      private.arg_numeric(p_new_amount, 'new_amount'),
      p_reason
    )
    )
  )
$function$;

-- claim_call_request
create or replace function public.claim_call_request(p_call_log_id text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('claim_call_request'),
    private.remember_write(
    private.claim_call_request_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id')
    )
    )
  )
$function$;

-- complete_call_request
create or replace function public.complete_call_request(p_call_log_id text, p_outcome text, p_notes text, p_booking_date text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('complete_call_request'),
    private.remember_write(
    private.complete_call_request_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      p_outcome,
      p_notes,
      private.arg_timestamptz(p_booking_date, 'booking_date')
    )
    )
  )
$function$;

-- convert_call_appointment
create or replace function public.convert_call_appointment(p_appointment_id text, p_status text, p_batch_id text, p_classes_access text, p_offer_amount text, p_cash_received text, p_next_follow_up_date text DEFAULT NULL::text, p_no_cost_emi text DEFAULT '0'::text, p_gst_fees text DEFAULT '0'::text, p_platform_fees text DEFAULT '0'::text, p_pay_after_earning boolean DEFAULT false, p_payment_platform text DEFAULT NULL::text, p_payment_remarks text DEFAULT NULL::text, p_additional_comments text DEFAULT NULL::text, p_expected_version text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
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
  )
$function$;

-- delete_payment
create or replace function public.delete_payment(p_payment_id text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('delete_payment'),
    private.remember_write(
    private.delete_payment_impl(
      private.arg_uuid(p_payment_id, 'payment_id')
    )
    )
  )
$function$;

-- discontinue_cohort_student
create or replace function public.discontinue_cohort_student(p_cohort_student_id text, p_reason text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('discontinue_cohort_student'),
    private.remember_write(
    private.discontinue_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_reason
    )
    )
  )
$function$;

-- mark_call_missed
create or replace function public.mark_call_missed(p_call_log_id text, p_notes text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('mark_call_missed'),
    private.remember_write(
    private.mark_call_missed_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      p_notes
    )
    )
  )
$function$;

-- move_cohort_student
create or replace function public.move_cohort_student(p_cohort_student_id text, p_to_batch_id text, p_classes_access text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('move_cohort_student'),
    private.remember_write(
    private.move_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      private.arg_uuid(p_to_batch_id, 'to_batch_id'),
      private.arg_int(p_classes_access, 'classes_access')
    )
    )
  )
$function$;

-- record_payment
create or replace function public.record_payment(p_cohort_student_id text, p_amount text, p_paid_on text, p_payment_platform text DEFAULT NULL::text, p_remarks text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('record_payment'),
    private.remember_write(
    private.record_payment_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      private.arg_numeric(p_amount, 'amount'),
      private.arg_date(p_paid_on, 'paid_on'),
      p_payment_platform,
      p_remarks
    )
    )
  )
$function$;

-- refund_cohort_student
create or replace function public.refund_cohort_student(p_cohort_student_id text, p_reason text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('refund_cohort_student'),
    private.remember_write(
    private.refund_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_reason
    )
    )
  )
$function$;

-- release_call_request
create or replace function public.release_call_request(p_call_log_id text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('release_call_request'),
    private.remember_write(
    private.release_call_request_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id')
    )
    )
  )
$function$;

-- request_phone_call
create or replace function public.request_phone_call(p_chat_session_id text, p_reason text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('request_phone_call'),
    private.remember_write(
    private.request_phone_call_impl(
      private.arg_uuid(p_chat_session_id, 'chat_session_id'),
      p_reason
    )
    )
  )
$function$;

-- save_cohort_batch
create or replace function public.save_cohort_batch(p_organization_id text, p_cohort_type_id text, p_name text, p_status text, p_start_date text DEFAULT NULL::text, p_end_date text DEFAULT NULL::text, p_id text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('save_cohort_batch'),
    private.remember_write(
    private.save_cohort_batch_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_cohort_type_id, 'cohort_type_id'),
      p_name,
      p_status,
      private.arg_date(p_start_date, 'start_date'),
      private.arg_date(p_end_date, 'end_date'),
      private.arg_uuid(p_id, 'id')
    )
    )
  )
$function$;

-- save_cohort_type
create or replace function public.save_cohort_type(p_organization_id text, p_name text, p_description text DEFAULT NULL::text, p_id text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('save_cohort_type'),
    private.remember_write(
    private.save_cohort_type_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      p_name,
      p_description,
      private.arg_uuid(p_id, 'id')
    )
    )
  )
$function$;

-- schedule_call_follow_up
create or replace function public.schedule_call_follow_up(p_call_log_id text, p_scheduled_for text, p_notes text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('schedule_call_follow_up'),
    private.remember_write(
    private.schedule_call_follow_up_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      private.arg_timestamptz(p_scheduled_for, 'scheduled_for'),
      p_notes
    )
    )
  )
$function$;

-- send_chat_message
create or replace function public.send_chat_message(p_chat_session_id text, p_content text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('send_chat_message'),
    private.remember_write(
    private.send_chat_message_impl(
      private.arg_uuid(p_chat_session_id, 'chat_session_id'),
      p_content
    )
    )
  )
$function$;

-- set_cohort_student_notes
create or replace function public.set_cohort_student_notes(p_cohort_student_id text, p_notes text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('set_cohort_student_notes'),
    private.remember_write(
    private.set_cohort_student_notes_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_notes
    )
    )
  )
$function$;

-- start_chat_session
create or replace function public.start_chat_session(p_organization_id text, p_pillar text, p_title text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('start_chat_session'),
    private.remember_write(
    private.start_chat_session_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      p_pillar,
      p_title
    )
    )
  )
$function$;

-- update_call_appointment_status
create or replace function public.update_call_appointment_status(p_appointment_id text, p_status text, p_remarks text DEFAULT NULL::text, p_next_follow_up_date text DEFAULT NULL::text, p_rescheduled_date text DEFAULT NULL::text, p_rescheduled_time text DEFAULT NULL::text, p_refund_reason text DEFAULT NULL::text, p_expected_version text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('update_call_appointment_status'),
    private.remember_write(
    private.update_call_appointment_status_impl(
      private.arg_uuid(p_appointment_id, 'appointment_id'),
      p_status,
      p_remarks,
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      private.arg_date(p_rescheduled_date, 'rescheduled_date'),
      private.arg_time(p_rescheduled_time, 'rescheduled_time'),
      p_refund_reason,
      private.arg_int(p_expected_version, 'expected_version')
    )
    )
  )
$function$;

-- update_payment
create or replace function public.update_payment(p_payment_id text, p_amount text, p_paid_on text, p_payment_platform text DEFAULT NULL::text, p_remarks text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  select coalesce(
    private.replayed_write('update_payment'),
    private.remember_write(
    private.update_payment_impl(
      private.arg_uuid(p_payment_id, 'payment_id'),
      private.arg_numeric(p_amount, 'amount'),
      private.arg_date(p_paid_on, 'paid_on'),
      p_payment_platform,
      p_remarks
    )
    )
  )
$function$;
