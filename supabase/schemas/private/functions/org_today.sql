CREATE OR REPLACE FUNCTION private.org_today (
  p_org uuid
)
  RETURNS date
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select (now() at time zone coalesce((select o.timezone from public.organizations o where o.id = p_org), 'UTC'))::date
$function$;

GRANT EXECUTE ON FUNCTION "private"."org_today"(uuid) TO "authenticated";

COMMENT ON FUNCTION "private"."org_today"(uuid) IS 'Today in the organization''s timezone.';

REVOKE ALL ON FUNCTION "private"."org_today"(uuid) FROM PUBLIC;
