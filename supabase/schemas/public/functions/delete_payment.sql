CREATE OR REPLACE FUNCTION public.delete_payment (
  p_payment_id text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('delete_payment'),
    private.remember_write(
    private.delete_payment_impl(
      private.arg_uuid(p_payment_id, 'payment_id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."delete_payment"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."delete_payment"(text) TO "service_role";

COMMENT ON FUNCTION "public"."delete_payment"(text) IS 'Parses its uuid/date/time/number arguments (malformed: 22023 field:<name>, nothing written) and runs private.delete_payment_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."delete_payment"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."delete_payment"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."delete_payment"(text) FROM PUBLIC, "anon";
