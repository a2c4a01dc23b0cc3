CREATE OR REPLACE FUNCTION private.resolved_call_search_sets (
  p_org     uuid,
  p_pattern text,
  OUT       people uuid[],
  OUT       companies uuid[]
)
  RETURNS record
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select
    coalesce(array(select distinct m.user_id from public.memberships m join public.profiles p on p.id = m.user_id
                   where m.organization_id = p_org and p.full_name ilike p_pattern), '{}'),
    coalesce(array(select c.id from public.companies c where c.organization_id = p_org and c.name ilike p_pattern), '{}')
$function$;

GRANT EXECUTE ON FUNCTION "private"."resolved_call_search_sets"(uuid, text) TO "authenticated";

COMMENT ON FUNCTION "private"."resolved_call_search_sets"(uuid, text) IS 'The members/specialists (by membership) and companies of an organization whose name matches the Resolved tab''s search pattern (ILIKE, already escaped). Called only by list_resolved_calls after its role check.';

REVOKE ALL ON FUNCTION "private"."resolved_call_search_sets"(uuid, text) FROM PUBLIC;
