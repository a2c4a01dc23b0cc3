CREATE OR REPLACE FUNCTION public.discontinue_cohort_student (
  p_cohort_student_id text,
  p_reason            text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('discontinue_cohort_student'),
    private.remember_write(
    private.discontinue_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_reason
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."discontinue_cohort_student"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."discontinue_cohort_student"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."discontinue_cohort_student"(text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.discontinue_cohort_student_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."discontinue_cohort_student"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."discontinue_cohort_student"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."discontinue_cohort_student"(text, text) FROM PUBLIC, "anon";
