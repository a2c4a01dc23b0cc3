CREATE OR REPLACE FUNCTION public.save_cohort_type (
  p_organization_id text,
  p_name            text,
  p_description     text DEFAULT NULL::text,
  p_id              text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('save_cohort_type'),
    private.remember_write(
    private.save_cohort_type_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      p_name,
      p_description,
      private.arg_uuid(p_id, 'id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."save_cohort_type"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."save_cohort_type"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."save_cohort_type"(text, text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.save_cohort_type_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."save_cohort_type"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."save_cohort_type"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."save_cohort_type"(text, text, text, text) FROM PUBLIC, "anon";
