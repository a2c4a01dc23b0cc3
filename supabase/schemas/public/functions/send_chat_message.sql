CREATE OR REPLACE FUNCTION public.send_chat_message (
  p_chat_session_id text,
  p_content         text
)
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

GRANT EXECUTE ON FUNCTION "public"."send_chat_message"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."send_chat_message"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."send_chat_message"(text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.send_chat_message_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."send_chat_message"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."send_chat_message"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."send_chat_message"(text, text) FROM PUBLIC, "anon";
