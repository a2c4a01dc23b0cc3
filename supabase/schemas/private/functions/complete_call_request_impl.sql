CREATE OR REPLACE FUNCTION private.complete_call_request_impl (
  p_call_log_id  uuid,
  p_outcome      text,
  p_notes        text,
  p_booking_date timestamp with time zone DEFAULT NULL::timestamp WITH time zone
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
  v_notes text := private.clean_text(p_notes);
  v_log public.specialist_call_logs;
  v_session public.chat_sessions;
  v_booking public.bookings;
begin
  -- The outcomes are the CHECK's set on specialist_call_logs.outcome (one place: a new outcome is a
  -- new CHECK, nothing here).
  if p_outcome is null or not private.check_allows('public.specialist_call_logs', 'outcome', p_outcome) then
    raise exception 'Choose an outcome.' using errcode = '22023', hint = 'field:outcome';
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
$function$;

GRANT EXECUTE ON FUNCTION "private"."complete_call_request_impl"(uuid, text, text, timestamp WITH time zone) TO "service_role";

COMMENT ON FUNCTION "private"."complete_call_request_impl"(uuid, text, text, timestamp with time zone) IS 'Completes the existing open call log (never inserts another): outcome, notes, specialist, completed_at; session resolved with ended_at (resolved_by_phone, session_booked) or kept phone_escalated (escalated); phone_contact_made; session_booked creates and links the booking. Refuses with nothing changed: already completed (PT409 already_completed), fresh claim of another specialist (PT409 claimed_by_other), bad outcome/notes/booking date (22023), other organization (PT404), not staff (PT403).';

REVOKE ALL ON FUNCTION "private"."complete_call_request_impl"(uuid, text, text, timestamp WITH time zone) FROM PUBLIC;
