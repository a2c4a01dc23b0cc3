CREATE OR REPLACE FUNCTION public.schedule_call_follow_up (
  p_call_log_id   text,
  p_scheduled_for text,
  p_notes         text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('schedule_call_follow_up'),
    private.remember_write(
    private.schedule_call_follow_up_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      private.arg_timestamptz(p_scheduled_for, 'scheduled_for'),
      p_notes
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.schedule_call_follow_up_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."schedule_call_follow_up"(text, text, text) FROM PUBLIC, "anon";
