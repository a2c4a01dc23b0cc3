CREATE OR REPLACE FUNCTION public.release_call_request (
  p_call_log_id text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('release_call_request'),
    private.remember_write(
    private.release_call_request_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."release_call_request"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."release_call_request"(text) TO "service_role";

COMMENT ON FUNCTION "public"."release_call_request"(text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.release_call_request_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."release_call_request"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."release_call_request"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."release_call_request"(text) FROM PUBLIC, "anon";
