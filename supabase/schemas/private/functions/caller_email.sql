CREATE OR REPLACE FUNCTION private.caller_email()
  RETURNS text
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select lower(u.email) from auth.users u where u.id = (select auth.uid())
$function$;

COMMENT ON FUNCTION "private"."caller_email"() IS 'The signed-in user''s email (lower case) from auth.users, or null.';

REVOKE ALL ON FUNCTION "private"."caller_email"() FROM PUBLIC;
