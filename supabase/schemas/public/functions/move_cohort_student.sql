CREATE OR REPLACE FUNCTION public.move_cohort_student (
  p_cohort_student_id text,
  p_to_batch_id       text,
  p_classes_access    text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('move_cohort_student'),
    private.remember_write(
    private.move_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      private.arg_uuid(p_to_batch_id, 'to_batch_id'),
      private.arg_int(p_classes_access, 'classes_access')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."move_cohort_student"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."move_cohort_student"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."move_cohort_student"(text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.move_cohort_student_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."move_cohort_student"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."move_cohort_student"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."move_cohort_student"(text, text, text) FROM PUBLIC, "anon";
