CREATE OR REPLACE FUNCTION public.complete_call_request (
  p_call_log_id  text,
  p_outcome      text,
  p_notes        text,
  p_booking_date text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('complete_call_request'),
    private.remember_write(
    private.complete_call_request_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      p_outcome,
      p_notes,
      private.arg_timestamptz(p_booking_date, 'booking_date')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."complete_call_request"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."complete_call_request"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."complete_call_request"(text, text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.complete_call_request_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."complete_call_request"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."complete_call_request"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."complete_call_request"(text, text, text, text) FROM PUBLIC, "anon";
