CREATE OR REPLACE FUNCTION private.org_today (
  p_org uuid
)
  RETURNS date
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_tz text;
begin
  select o.timezone into v_tz from public.organizations o where o.id = p_org;
  return (now() at time zone coalesce(v_tz, 'UTC'))::date;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."org_today"(uuid) TO "authenticated";

COMMENT ON FUNCTION "private"."org_today"(uuid) IS 'Today in the organization''s timezone.';

REVOKE ALL ON FUNCTION "private"."org_today"(uuid) FROM PUBLIC;
