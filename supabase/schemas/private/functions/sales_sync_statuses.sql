CREATE OR REPLACE FUNCTION private.sales_sync_statuses()
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select array['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded', 'discontinued'] $function$;

GRANT EXECUTE ON FUNCTION "private"."sales_sync_statuses"() TO "authenticated";

COMMENT ON FUNCTION "private"."sales_sync_statuses"() IS 'Statuses whose appointment, with a batch, has exactly one cohort student (invariant S1).';

REVOKE ALL ON FUNCTION "private"."sales_sync_statuses"() FROM PUBLIC;
