CREATE OR REPLACE FUNCTION public.set_cohort_student_notes (
  p_cohort_student_id text,
  p_notes             text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('set_cohort_student_notes'),
    private.remember_write(
    private.set_cohort_student_notes_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_notes
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."set_cohort_student_notes"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."set_cohort_student_notes"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."set_cohort_student_notes"(text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.set_cohort_student_notes_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."set_cohort_student_notes"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."set_cohort_student_notes"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."set_cohort_student_notes"(text, text) FROM PUBLIC, "anon";
