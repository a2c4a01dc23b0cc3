CREATE OR REPLACE FUNCTION private.awaiting_outcome_call_statuses()
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select array['scheduled', 'reschedule', 'pending']::text[] $function$;

GRANT EXECUTE ON FUNCTION "private"."awaiting_outcome_call_statuses"() TO "authenticated";

COMMENT ON FUNCTION "private"."awaiting_outcome_call_statuses"() IS 'Call appointment statuses still waiting for the call''s outcome.';

REVOKE ALL ON FUNCTION "private"."awaiting_outcome_call_statuses"() FROM PUBLIC;
