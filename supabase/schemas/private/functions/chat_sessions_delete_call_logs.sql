CREATE OR REPLACE FUNCTION private.chat_sessions_delete_call_logs()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  delete from public.specialist_call_logs l where l.chat_session_id = old.id;
  return old;
end
$function$;

COMMENT ON FUNCTION "private"."chat_sessions_delete_call_logs"() IS 'Before a chat is deleted: its call requests are deleted first (what the foreign key''s cascade would do), while the chat''s pillar can still be read by the desk''s daily aggregates.';

REVOKE ALL ON FUNCTION "private"."chat_sessions_delete_call_logs"() FROM PUBLIC;
