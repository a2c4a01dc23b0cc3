CREATE OR REPLACE FUNCTION private.send_chat_message_impl (
  p_chat_session_id uuid,
  p_content         text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

GRANT EXECUTE ON FUNCTION "private"."send_chat_message_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."send_chat_message_impl"(uuid, text) IS 'Adds a member message to the caller''s own chat. Refuses: someone else''s or unknown chat (PT404), empty or over 4000 chars (22023 field:content).';

REVOKE ALL ON FUNCTION "private"."send_chat_message_impl"(uuid, text) FROM PUBLIC;
