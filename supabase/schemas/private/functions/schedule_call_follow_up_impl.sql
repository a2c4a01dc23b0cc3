CREATE OR REPLACE FUNCTION private.schedule_call_follow_up_impl (
  p_call_log_id   uuid,
  p_scheduled_for timestamp with time zone,
  p_notes         text                     DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

GRANT EXECUTE ON FUNCTION "private"."schedule_call_follow_up_impl"(uuid, timestamp WITH time zone, text) TO "service_role";

COMMENT ON FUNCTION "private"."schedule_call_follow_up_impl"(uuid, timestamp with time zone, text) IS 'Schedules a follow-up call: call_status scheduled, scheduled_for; the request stays open and in the queue. Refuses: date not in the future or notes over 4000 chars (22023), not open (PT409), another specialist''s fresh claim (PT409 claimed_by_other), other organization (PT404), not staff (PT403).';

REVOKE ALL ON FUNCTION "private"."schedule_call_follow_up_impl"(uuid, timestamp WITH time zone, text) FROM PUBLIC;
