CREATE OR REPLACE FUNCTION private.sales_converted_statuses()
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount'] $function$;

GRANT EXECUTE ON FUNCTION "private"."sales_converted_statuses"() TO "authenticated";

COMMENT ON FUNCTION "private"."sales_converted_statuses"() IS 'The converted set of call appointment statuses.';

REVOKE ALL ON FUNCTION "private"."sales_converted_statuses"() FROM PUBLIC;
