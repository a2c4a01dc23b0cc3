CREATE OR REPLACE FUNCTION private.org_timezone (
  p_org uuid
)
  RETURNS text
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce((select o.timezone from public.organizations o where o.id = p_org), 'UTC')
$function$;

COMMENT ON FUNCTION "private"."org_timezone"(uuid) IS 'The organization''s timezone (UTC when unknown).';

REVOKE ALL ON FUNCTION "private"."org_timezone"(uuid) FROM PUBLIC;
