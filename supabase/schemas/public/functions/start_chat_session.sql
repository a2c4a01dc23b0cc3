CREATE OR REPLACE FUNCTION public.start_chat_session (
  p_organization_id text,
  p_pillar          text,
  p_title           text DEFAULT NULL::text
)
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

GRANT EXECUTE ON FUNCTION "public"."start_chat_session"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."start_chat_session"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."start_chat_session"(text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.start_chat_session_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."start_chat_session"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."start_chat_session"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."start_chat_session"(text, text, text) FROM PUBLIC, "anon";
