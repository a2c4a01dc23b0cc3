CREATE OR REPLACE FUNCTION public.request_phone_call (
  p_chat_session_id text,
  p_reason          text DEFAULT NULL::text
)
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

GRANT EXECUTE ON FUNCTION "public"."request_phone_call"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."request_phone_call"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."request_phone_call"(text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.request_phone_call_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."request_phone_call"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."request_phone_call"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."request_phone_call"(text, text) FROM PUBLIC, "anon";
