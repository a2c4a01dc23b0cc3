CREATE OR REPLACE FUNCTION public.add_cohort_student (
  p_batch_id            text,
  p_full_name           text,
  p_offer_amount        text,
  p_email               text DEFAULT NULL::text,
  p_phone               text DEFAULT NULL::text,
  p_cash_received       text DEFAULT '0'::text,
  p_paid_on             text DEFAULT NULL::text,
  p_classes_access      text DEFAULT '15'::text,
  p_closer_id           text DEFAULT NULL::text,
  p_next_follow_up_date text DEFAULT NULL::text,
  p_payment_platform    text DEFAULT NULL::text,
  p_notes               text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('add_cohort_student'),
    private.remember_write(
    private.add_cohort_student_impl(
      private.arg_uuid(p_batch_id, 'batch_id'),
      p_full_name,
      p_email,
      p_phone,
      private.arg_numeric(p_offer_amount, 'offer_amount'),
      private.arg_numeric(p_cash_received, 'cash_received'),
      private.arg_date(p_paid_on, 'paid_on'),
      private.arg_int(p_classes_access, 'classes_access'),
      private.arg_uuid(nullif(btrim(p_closer_id), ''), 'closer_id'),
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      p_payment_platform,
      p_notes
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) IS 'Adds someone who paid offline to a batch through the conversion path: { lead, appointment, student, created }. Parses its arguments (22023 field:<name>) and runs private.add_cohort_student_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."add_cohort_student"(text, text, text, text, text, text, text, text, text, text, text, text) FROM PUBLIC, "anon";
