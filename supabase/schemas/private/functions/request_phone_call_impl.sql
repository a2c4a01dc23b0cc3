CREATE OR REPLACE FUNCTION private.request_phone_call_impl (
  p_chat_session_id uuid,
  p_reason          text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

GRANT EXECUTE ON FUNCTION "private"."request_phone_call_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."request_phone_call_impl"(uuid, text) IS 'Call now: the caller''s own chat, from any status, becomes phone_escalated and has exactly one open call log (a repeat returns the existing one, keeps phone_escalated_at and creates nothing). Refuses: someone else''s or unknown chat (PT404), reason over 1000 chars (22023).';

REVOKE ALL ON FUNCTION "private"."request_phone_call_impl"(uuid, text) FROM PUBLIC;
