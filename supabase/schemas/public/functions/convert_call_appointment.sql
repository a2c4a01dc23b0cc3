CREATE OR REPLACE FUNCTION public.convert_call_appointment (
  p_appointment_id      text,
  p_status              text,
  p_batch_id            text,
  p_classes_access      text,
  p_offer_amount        text,
  p_cash_received       text,
  p_next_follow_up_date text    DEFAULT NULL::text,
  p_no_cost_emi         text    DEFAULT '0'::text,
  p_gst_fees            text    DEFAULT '0'::text,
  p_platform_fees       text    DEFAULT '0'::text,
  p_pay_after_earning   boolean DEFAULT false,
  p_payment_platform    text    DEFAULT NULL::text,
  p_payment_remarks     text    DEFAULT NULL::text,
  p_additional_comments text    DEFAULT NULL::text,
  p_expected_version    text    DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  return coalesce(
    private.replayed_write('convert_call_appointment'),
    private.remember_write(
    private.convert_call_appointment_impl(
      private.arg_uuid(p_appointment_id, 'appointment_id'),
      p_status,
      private.arg_uuid(p_batch_id, 'batch_id'),
      private.arg_int(p_classes_access, 'classes_access'),
      private.arg_numeric(p_offer_amount, 'offer_amount'),
      private.arg_numeric(p_cash_received, 'cash_received'),
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      private.arg_numeric(p_no_cost_emi, 'no_cost_emi'),
      private.arg_numeric(p_gst_fees, 'gst_fees'),
      private.arg_numeric(p_platform_fees, 'platform_fees'),
      p_pay_after_earning,
      p_payment_platform,
      p_payment_remarks,
      p_additional_comments,
      private.arg_int(p_expected_version, 'expected_version')
    )
    )
  );
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.convert_call_appointment_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."convert_call_appointment"(text, text, text, text, text, text, text, text, text, text, boolean, text, text, text, text) FROM PUBLIC, "anon";
