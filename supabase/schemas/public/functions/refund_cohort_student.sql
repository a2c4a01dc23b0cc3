CREATE OR REPLACE FUNCTION public.refund_cohort_student (
  p_cohort_student_id text,
  p_reason            text,
  p_amount            text DEFAULT NULL::text,
  p_refunded_on       text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('refund_cohort_student'),
    private.remember_write(
    private.refund_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_reason,
      private.arg_numeric(p_amount, 'amount'),
      private.arg_date(p_refunded_on, 'refunded_on')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) IS 'Refunds a student: { student, refund } (refund = the ledger entry, null when the amount is 0 or on a repeat). Amount default: all cash received; date default: today (organization timezone). Parses its arguments (22023 field:<name>) and runs private.refund_cohort_student_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."refund_cohort_student"(text, text, text, text) FROM PUBLIC, "anon";
