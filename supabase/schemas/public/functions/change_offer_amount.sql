CREATE OR REPLACE FUNCTION public.change_offer_amount (
  p_cohort_student_id text,
  p_new_amount        text,
  p_reason            text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('change_offer_amount'),
    private.remember_write(
    private.change_offer_amount_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      private.arg_numeric(p_new_amount, 'new_amount'),
      p_reason
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."change_offer_amount"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."change_offer_amount"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."change_offer_amount"(text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.change_offer_amount_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."change_offer_amount"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."change_offer_amount"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."change_offer_amount"(text, text, text) FROM PUBLIC, "anon";
