CREATE OR REPLACE FUNCTION private.mark_call_missed_impl (
  p_call_log_id uuid,
  p_notes       text DEFAULT NULL::text
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
$function$;

GRANT EXECUTE ON FUNCTION "private"."mark_call_missed_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."mark_call_missed_impl"(uuid, text) IS 'Records an unanswered call attempt: attempts + 1, last_attempt_at; the request stays open (pending) and in the queue. Refuses: not open (PT409), another specialist''s fresh claim (PT409 claimed_by_other), notes over 4000 chars (22023), other organization (PT404), not staff (PT403).';

REVOKE ALL ON FUNCTION "private"."mark_call_missed_impl"(uuid, text) FROM PUBLIC;
