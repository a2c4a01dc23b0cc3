CREATE OR REPLACE FUNCTION public.mark_call_missed (
  p_call_log_id text,
  p_notes       text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('mark_call_missed'),
    private.remember_write(
    private.mark_call_missed_impl(
      private.arg_uuid(p_call_log_id, 'call_log_id'),
      p_notes
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."mark_call_missed"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."mark_call_missed"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."mark_call_missed"(text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.mark_call_missed_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."mark_call_missed"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."mark_call_missed"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."mark_call_missed"(text, text) FROM PUBLIC, "anon";
