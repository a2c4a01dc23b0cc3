CREATE OR REPLACE FUNCTION private.invitation_ttl()
  RETURNS interval
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select interval '7 days' $function$;

COMMENT ON FUNCTION "private"."invitation_ttl"() IS 'How long an invitation stays valid after it was (re)sent.';

REVOKE ALL ON FUNCTION "private"."invitation_ttl"() FROM PUBLIC;
