CREATE OR REPLACE FUNCTION public.update_payment (
  p_payment_id       text,
  p_amount           text,
  p_paid_on          text,
  p_payment_platform text DEFAULT NULL::text,
  p_remarks          text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('update_payment'),
    private.remember_write(
    private.update_payment_impl(
      private.arg_uuid(p_payment_id, 'payment_id'),
      private.arg_numeric(p_amount, 'amount'),
      private.arg_date(p_paid_on, 'paid_on'),
      p_payment_platform,
      p_remarks
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."update_payment"(text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."update_payment"(text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."update_payment"(text, text, text, text, text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.update_payment_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."update_payment"(text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."update_payment"(text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."update_payment"(text, text, text, text, text) FROM PUBLIC, "anon";
