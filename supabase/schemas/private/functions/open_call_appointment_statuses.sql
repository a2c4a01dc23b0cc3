CREATE OR REPLACE FUNCTION private.open_call_appointment_statuses()
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select array['scheduled', 'pending', 'reschedule', 'not_decided', 'so_so']::text[] $function$;

COMMENT ON FUNCTION "private"."open_call_appointment_statuses"() IS 'Call appointment statuses that are not a final outcome (equal to OPEN_CALL_APPOINTMENT_STATUSES in src/domain/statuses.ts; drift test).';

REVOKE ALL ON FUNCTION "private"."open_call_appointment_statuses"() FROM PUBLIC;
