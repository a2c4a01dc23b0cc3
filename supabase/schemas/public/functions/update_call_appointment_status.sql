CREATE OR REPLACE FUNCTION public.update_call_appointment_status (
  p_appointment_id      text,
  p_status              text,
  p_remarks             text DEFAULT NULL::text,
  p_next_follow_up_date text DEFAULT NULL::text,
  p_rescheduled_date    text DEFAULT NULL::text,
  p_rescheduled_time    text DEFAULT NULL::text,
  p_refund_reason       text DEFAULT NULL::text,
  p_expected_version    text DEFAULT NULL::text,
  p_refund_amount       text DEFAULT NULL::text,
  p_refunded_on         text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('update_call_appointment_status'),
    private.remember_write(
    private.update_call_appointment_status_impl(
      private.arg_uuid(p_appointment_id, 'appointment_id'),
      p_status,
      p_remarks,
      private.arg_date(p_next_follow_up_date, 'next_follow_up_date'),
      private.arg_date(p_rescheduled_date, 'rescheduled_date'),
      private.arg_time(p_rescheduled_time, 'rescheduled_time'),
      p_refund_reason,
      private.arg_int(p_expected_version, 'expected_version'),
      private.arg_numeric(p_refund_amount, 'refund_amount'),
      private.arg_date(p_refunded_on, 'refunded_on')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) IS 'A closer''s (or manager''s) status update of a call. Parses its arguments (22023 field:<name>) and runs private.update_call_appointment_status_impl (see its comment): refunded with a student records the refund (amount default all received, date default today) in the ledger.';

REVOKE ALL ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."update_call_appointment_status"(text, text, text, text, text, text, text, text, text, text) FROM PUBLIC, "anon";
