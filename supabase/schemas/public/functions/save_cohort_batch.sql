CREATE OR REPLACE FUNCTION public.save_cohort_batch (
  p_organization_id text,
  p_cohort_type_id  text,
  p_name            text,
  p_status          text,
  p_start_date      text DEFAULT NULL::text,
  p_end_date        text DEFAULT NULL::text,
  p_id              text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('save_cohort_batch'),
    private.remember_write(
    private.save_cohort_batch_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_cohort_type_id, 'cohort_type_id'),
      p_name,
      p_status,
      private.arg_batch_date(p_start_date, 'start_date'),
      private.arg_batch_date(p_end_date, 'end_date'),
      private.arg_uuid(p_id, 'id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) IS 'Parses its uuid/date arguments (malformed: 22023 field:<name>; start or end date outside 2000-01-01..2100-12-31: 22023 field:start_date / field:end_date; nothing written) and runs private.save_cohort_batch_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."save_cohort_batch"(text, text, text, text, text, text, text) FROM PUBLIC, "anon";
