CREATE OR REPLACE FUNCTION private.is_sale (
  p_ca public.call_appointments
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select p_ca.status = any (array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded'])
      or (p_ca.status = 'discontinued' and p_ca.batch_id is not null)
$function$;

COMMENT ON FUNCTION "private"."is_sale"(public.call_appointments) IS 'Whether the call is a sale (converted, refunded, or discontinued with a batch): never rescheduled, cancelled or reassigned by the desk.';

REVOKE ALL ON FUNCTION "private"."is_sale"(public.call_appointments) FROM PUBLIC;
