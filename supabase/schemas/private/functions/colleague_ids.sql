CREATE OR REPLACE FUNCTION private.colleague_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select distinct other.user_id
  from public.memberships mine
  join public.memberships other on other.organization_id = mine.organization_id
  where mine.user_id = (select auth.uid()) and mine.role <> 'member'
$function$;

GRANT EXECUTE ON FUNCTION "private"."colleague_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."colleague_ids"() IS 'People who share an organization with the caller, where the caller is staff (members see only themselves).';

REVOKE ALL ON FUNCTION "private"."colleague_ids"() FROM PUBLIC;
