-- Every public write function takes its uuid/date/time/number arguments as text (issue 8).
--
-- PostgREST casts each JSON argument to the declared parameter type before a function body runs,
-- so a malformed uuid, date or number came back as a raw 22P02/22007/22008/22003 naming no field.
-- Each write function moves to private as <name>_impl (body, comment and checks unchanged;
-- callable only from the wrapper), and public.<name> becomes a wrapper with the same argument
-- names and defaults that parses with private.arg_* (22023 + hint field:<name>) and calls it.
-- Booleans stay boolean; text stays text.

create or replace function private.arg_time(p_value text, p_field text)
returns time
language plpgsql immutable set search_path = ''
as $$
begin
  if p_value is null then
    return null;
  end if;
  -- HH:MM or HH:MM:SS(.ffffff) of a 24-hour clock; no 24:00, 'allballs' or 'now'.
  if p_value !~ '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$' then
    raise exception 'That is not a valid time.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return p_value::time;
end
$$;
comment on function private.arg_time(text, text) is 'Parses an HH:MM[:SS] time argument; refuses anything else with 22023 field:<name>. Null stays null.';
revoke all on function private.arg_time(text, text) from public, anon;
grant execute on function private.arg_time(text, text) to authenticated;

-- convert_call_appointment
alter function public.convert_call_appointment(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int) set schema private;
alter function private.convert_call_appointment(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int) rename to convert_call_appointment_impl;
revoke all on function private.convert_call_appointment_impl(uuid, text, uuid, int, numeric, numeric, date, numeric, numeric, numeric, boolean, text, text, text, int) from public, anon, authenticated;
create function public.convert_call_appointment(
  p_appointment_id text,
  p_status text,
  p_batch_id text,
  p_classes_access text,
  p_offer_amount text,
  p_cash_received text,
  p_next_follow_up_date text default null,
  p_no_cost_emi text default '0',
  p_gst_fees text default '0',
  p_platform_fees text default '0',
  p_pay_after_earning boolean default false,
  p_payment_platform text default null,
  p_payment_remarks text default null,
  p_additional_comments text default null,
  p_expected_version text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.convert_call_appointment_impl(
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
$$;
comment on function public.convert_call_appointment(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.convert_call_appointment_impl (see its comment).';
revoke all on function public.convert_call_appointment(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) from public, anon;
grant execute on function public.convert_call_appointment(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) to authenticated;

-- update_call_appointment_status
alter function public.update_call_appointment_status(uuid, text, text, date, date, time, text, int) set schema private;
alter function private.update_call_appointment_status(uuid, text, text, date, date, time, text, int) rename to update_call_appointment_status_impl;
revoke all on function private.update_call_appointment_status_impl(uuid, text, text, date, date, time, text, int) from public, anon, authenticated;
create function public.update_call_appointment_status(
  p_appointment_id text,
  p_status text,
  p_remarks text default null,
  p_next_follow_up_date text default null,
  p_rescheduled_date text default null,
  p_rescheduled_time text default null,
  p_refund_reason text default null,
  p_expected_version text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.update_call_appointment_status_impl(
    private.arg_uuid(p_appointment_id, 'appointment_id'),
    p_status,
    p_remarks,
    private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
    private.arg_date(p_rescheduled_date, 'rescheduled_date'),
    private.arg_time(p_rescheduled_time, 'rescheduled_time'),
    p_refund_reason,
    private.arg_int(p_expected_version, 'expected_version')
  )
$$;
comment on function public.update_call_appointment_status(text, text, text, text, text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.update_call_appointment_status_impl (see its comment).';
revoke all on function public.update_call_appointment_status(text, text, text, text, text, text, text, text) from public, anon;
grant execute on function public.update_call_appointment_status(text, text, text, text, text, text, text, text) to authenticated;

-- record_payment
alter function public.record_payment(uuid, numeric, date, text, text) set schema private;
alter function private.record_payment(uuid, numeric, date, text, text) rename to record_payment_impl;
revoke all on function private.record_payment_impl(uuid, numeric, date, text, text) from public, anon, authenticated;
create function public.record_payment(
  p_cohort_student_id text,
  p_amount text,
  p_paid_on text,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.record_payment_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    private.arg_numeric(p_amount, 'amount'),
    private.arg_date(p_paid_on, 'paid_on'),
    p_payment_platform,
    p_remarks
  )
$$;
comment on function public.record_payment(text, text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.record_payment_impl (see its comment).';
revoke all on function public.record_payment(text, text, text, text, text) from public, anon;
grant execute on function public.record_payment(text, text, text, text, text) to authenticated;

-- update_payment
alter function public.update_payment(uuid, numeric, date, text, text) set schema private;
alter function private.update_payment(uuid, numeric, date, text, text) rename to update_payment_impl;
revoke all on function private.update_payment_impl(uuid, numeric, date, text, text) from public, anon, authenticated;
create function public.update_payment(
  p_payment_id text,
  p_amount text,
  p_paid_on text,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.update_payment_impl(
    private.arg_uuid(p_payment_id, 'payment_id'),
    private.arg_numeric(p_amount, 'amount'),
    private.arg_date(p_paid_on, 'paid_on'),
    p_payment_platform,
    p_remarks
  )
$$;
comment on function public.update_payment(text, text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.update_payment_impl (see its comment).';
revoke all on function public.update_payment(text, text, text, text, text) from public, anon;
grant execute on function public.update_payment(text, text, text, text, text) to authenticated;

-- delete_payment
alter function public.delete_payment(uuid) set schema private;
alter function private.delete_payment(uuid) rename to delete_payment_impl;
revoke all on function private.delete_payment_impl(uuid) from public, anon, authenticated;
create function public.delete_payment(
  p_payment_id text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.delete_payment_impl(
    private.arg_uuid(p_payment_id, 'payment_id')
  )
$$;
comment on function public.delete_payment(text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.delete_payment_impl (see its comment).';
revoke all on function public.delete_payment(text) from public, anon;
grant execute on function public.delete_payment(text) to authenticated;

-- change_offer_amount
alter function public.change_offer_amount(uuid, numeric, text) set schema private;
alter function private.change_offer_amount(uuid, numeric, text) rename to change_offer_amount_impl;
revoke all on function private.change_offer_amount_impl(uuid, numeric, text) from public, anon, authenticated;
create function public.change_offer_amount(
  p_cohort_student_id text,
  p_new_amount text,
  p_reason text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.change_offer_amount_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    private.arg_numeric(p_new_amount, 'new_amount'),
    p_reason
  )
$$;
comment on function public.change_offer_amount(text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.change_offer_amount_impl (see its comment).';
revoke all on function public.change_offer_amount(text, text, text) from public, anon;
grant execute on function public.change_offer_amount(text, text, text) to authenticated;

-- refund_cohort_student
alter function public.refund_cohort_student(uuid, text) set schema private;
alter function private.refund_cohort_student(uuid, text) rename to refund_cohort_student_impl;
revoke all on function private.refund_cohort_student_impl(uuid, text) from public, anon, authenticated;
create function public.refund_cohort_student(
  p_cohort_student_id text,
  p_reason text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.refund_cohort_student_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    p_reason
  )
$$;
comment on function public.refund_cohort_student(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.refund_cohort_student_impl (see its comment).';
revoke all on function public.refund_cohort_student(text, text) from public, anon;
grant execute on function public.refund_cohort_student(text, text) to authenticated;

-- discontinue_cohort_student
alter function public.discontinue_cohort_student(uuid, text) set schema private;
alter function private.discontinue_cohort_student(uuid, text) rename to discontinue_cohort_student_impl;
revoke all on function private.discontinue_cohort_student_impl(uuid, text) from public, anon, authenticated;
create function public.discontinue_cohort_student(
  p_cohort_student_id text,
  p_reason text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.discontinue_cohort_student_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    p_reason
  )
$$;
comment on function public.discontinue_cohort_student(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.discontinue_cohort_student_impl (see its comment).';
revoke all on function public.discontinue_cohort_student(text, text) from public, anon;
grant execute on function public.discontinue_cohort_student(text, text) to authenticated;

-- move_cohort_student
alter function public.move_cohort_student(uuid, uuid, int) set schema private;
alter function private.move_cohort_student(uuid, uuid, int) rename to move_cohort_student_impl;
revoke all on function private.move_cohort_student_impl(uuid, uuid, int) from public, anon, authenticated;
create function public.move_cohort_student(
  p_cohort_student_id text,
  p_to_batch_id text,
  p_classes_access text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.move_cohort_student_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    private.arg_uuid(p_to_batch_id, 'to_batch_id'),
    private.arg_int(p_classes_access, 'classes_access')
  )
$$;
comment on function public.move_cohort_student(text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.move_cohort_student_impl (see its comment).';
revoke all on function public.move_cohort_student(text, text, text) from public, anon;
grant execute on function public.move_cohort_student(text, text, text) to authenticated;

-- set_cohort_student_notes
alter function public.set_cohort_student_notes(uuid, text) set schema private;
alter function private.set_cohort_student_notes(uuid, text) rename to set_cohort_student_notes_impl;
revoke all on function private.set_cohort_student_notes_impl(uuid, text) from public, anon, authenticated;
create function public.set_cohort_student_notes(
  p_cohort_student_id text,
  p_notes text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.set_cohort_student_notes_impl(
    private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
    p_notes
  )
$$;
comment on function public.set_cohort_student_notes(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.set_cohort_student_notes_impl (see its comment).';
revoke all on function public.set_cohort_student_notes(text, text) from public, anon;
grant execute on function public.set_cohort_student_notes(text, text) to authenticated;

-- save_cohort_type
alter function public.save_cohort_type(uuid, text, text, uuid) set schema private;
alter function private.save_cohort_type(uuid, text, text, uuid) rename to save_cohort_type_impl;
revoke all on function private.save_cohort_type_impl(uuid, text, text, uuid) from public, anon, authenticated;
create function public.save_cohort_type(
  p_organization_id text,
  p_name text,
  p_description text default null,
  p_id text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.save_cohort_type_impl(
    private.arg_uuid(p_organization_id, 'organization_id'),
    p_name,
    p_description,
    private.arg_uuid(p_id, 'id')
  )
$$;
comment on function public.save_cohort_type(text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.save_cohort_type_impl (see its comment).';
revoke all on function public.save_cohort_type(text, text, text, text) from public, anon;
grant execute on function public.save_cohort_type(text, text, text, text) to authenticated;

-- save_cohort_batch
alter function public.save_cohort_batch(uuid, uuid, text, text, date, date, uuid) set schema private;
alter function private.save_cohort_batch(uuid, uuid, text, text, date, date, uuid) rename to save_cohort_batch_impl;
revoke all on function private.save_cohort_batch_impl(uuid, uuid, text, text, date, date, uuid) from public, anon, authenticated;
create function public.save_cohort_batch(
  p_organization_id text,
  p_cohort_type_id text,
  p_name text,
  p_status text,
  p_start_date text default null,
  p_end_date text default null,
  p_id text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.save_cohort_batch_impl(
    private.arg_uuid(p_organization_id, 'organization_id'),
    private.arg_uuid(p_cohort_type_id, 'cohort_type_id'),
    p_name,
    p_status,
    private.arg_date(p_start_date, 'start_date'),
    private.arg_date(p_end_date, 'end_date'),
    private.arg_uuid(p_id, 'id')
  )
$$;
comment on function public.save_cohort_batch(text, text, text, text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.save_cohort_batch_impl (see its comment).';
revoke all on function public.save_cohort_batch(text, text, text, text, text, text, text) from public, anon;
grant execute on function public.save_cohort_batch(text, text, text, text, text, text, text) to authenticated;

-- start_chat_session
alter function public.start_chat_session(uuid, text, text) set schema private;
alter function private.start_chat_session(uuid, text, text) rename to start_chat_session_impl;
revoke all on function private.start_chat_session_impl(uuid, text, text) from public, anon, authenticated;
create function public.start_chat_session(
  p_organization_id text,
  p_pillar text,
  p_title text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.start_chat_session_impl(
    private.arg_uuid(p_organization_id, 'organization_id'),
    p_pillar,
    p_title
  )
$$;
comment on function public.start_chat_session(text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.start_chat_session_impl (see its comment).';
revoke all on function public.start_chat_session(text, text, text) from public, anon;
grant execute on function public.start_chat_session(text, text, text) to authenticated;

-- send_chat_message
alter function public.send_chat_message(uuid, text) set schema private;
alter function private.send_chat_message(uuid, text) rename to send_chat_message_impl;
revoke all on function private.send_chat_message_impl(uuid, text) from public, anon, authenticated;
create function public.send_chat_message(
  p_chat_session_id text,
  p_content text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.send_chat_message_impl(
    private.arg_uuid(p_chat_session_id, 'chat_session_id'),
    p_content
  )
$$;
comment on function public.send_chat_message(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.send_chat_message_impl (see its comment).';
revoke all on function public.send_chat_message(text, text) from public, anon;
grant execute on function public.send_chat_message(text, text) to authenticated;

-- request_phone_call
alter function public.request_phone_call(uuid, text) set schema private;
alter function private.request_phone_call(uuid, text) rename to request_phone_call_impl;
revoke all on function private.request_phone_call_impl(uuid, text) from public, anon, authenticated;
create function public.request_phone_call(
  p_chat_session_id text,
  p_reason text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.request_phone_call_impl(
    private.arg_uuid(p_chat_session_id, 'chat_session_id'),
    p_reason
  )
$$;
comment on function public.request_phone_call(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.request_phone_call_impl (see its comment).';
revoke all on function public.request_phone_call(text, text) from public, anon;
grant execute on function public.request_phone_call(text, text) to authenticated;

-- claim_call_request
alter function public.claim_call_request(uuid) set schema private;
alter function private.claim_call_request(uuid) rename to claim_call_request_impl;
revoke all on function private.claim_call_request_impl(uuid) from public, anon, authenticated;
create function public.claim_call_request(
  p_call_log_id text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.claim_call_request_impl(
    private.arg_uuid(p_call_log_id, 'call_log_id')
  )
$$;
comment on function public.claim_call_request(text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.claim_call_request_impl (see its comment).';
revoke all on function public.claim_call_request(text) from public, anon;
grant execute on function public.claim_call_request(text) to authenticated;

-- release_call_request
alter function public.release_call_request(uuid) set schema private;
alter function private.release_call_request(uuid) rename to release_call_request_impl;
revoke all on function private.release_call_request_impl(uuid) from public, anon, authenticated;
create function public.release_call_request(
  p_call_log_id text
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.release_call_request_impl(
    private.arg_uuid(p_call_log_id, 'call_log_id')
  )
$$;
comment on function public.release_call_request(text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.release_call_request_impl (see its comment).';
revoke all on function public.release_call_request(text) from public, anon;
grant execute on function public.release_call_request(text) to authenticated;

-- complete_call_request
alter function public.complete_call_request(uuid, text, text, timestamptz) set schema private;
alter function private.complete_call_request(uuid, text, text, timestamptz) rename to complete_call_request_impl;
revoke all on function private.complete_call_request_impl(uuid, text, text, timestamptz) from public, anon, authenticated;
create function public.complete_call_request(
  p_call_log_id text,
  p_outcome text,
  p_notes text,
  p_booking_date text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.complete_call_request_impl(
    private.arg_uuid(p_call_log_id, 'call_log_id'),
    p_outcome,
    p_notes,
    private.arg_timestamptz(p_booking_date, 'booking_date')
  )
$$;
comment on function public.complete_call_request(text, text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.complete_call_request_impl (see its comment).';
revoke all on function public.complete_call_request(text, text, text, text) from public, anon;
grant execute on function public.complete_call_request(text, text, text, text) to authenticated;

-- mark_call_missed
alter function public.mark_call_missed(uuid, text) set schema private;
alter function private.mark_call_missed(uuid, text) rename to mark_call_missed_impl;
revoke all on function private.mark_call_missed_impl(uuid, text) from public, anon, authenticated;
create function public.mark_call_missed(
  p_call_log_id text,
  p_notes text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.mark_call_missed_impl(
    private.arg_uuid(p_call_log_id, 'call_log_id'),
    p_notes
  )
$$;
comment on function public.mark_call_missed(text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.mark_call_missed_impl (see its comment).';
revoke all on function public.mark_call_missed(text, text) from public, anon;
grant execute on function public.mark_call_missed(text, text) to authenticated;

-- schedule_call_follow_up
alter function public.schedule_call_follow_up(uuid, timestamptz, text) set schema private;
alter function private.schedule_call_follow_up(uuid, timestamptz, text) rename to schedule_call_follow_up_impl;
revoke all on function private.schedule_call_follow_up_impl(uuid, timestamptz, text) from public, anon, authenticated;
create function public.schedule_call_follow_up(
  p_call_log_id text,
  p_scheduled_for text,
  p_notes text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.schedule_call_follow_up_impl(
    private.arg_uuid(p_call_log_id, 'call_log_id'),
    private.arg_timestamptz(p_scheduled_for, 'scheduled_for'),
    p_notes
  )
$$;
comment on function public.schedule_call_follow_up(text, text, text) is
  'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.schedule_call_follow_up_impl (see its comment).';
revoke all on function public.schedule_call_follow_up(text, text, text) from public, anon;
grant execute on function public.schedule_call_follow_up(text, text, text) to authenticated;

