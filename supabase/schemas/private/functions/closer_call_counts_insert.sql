CREATE OR REPLACE FUNCTION private.closer_call_counts_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select n.organization_id, n.closer_id, n.status, count(*)
  from new_rows n
  group by n.organization_id, n.closer_id, n.status
  order by n.organization_id, n.closer_id nulls first, n.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."closer_call_counts_insert"() IS 'Statement trigger on call_appointments: counts the inserted calls into closer_call_counts by (organization, closer, status).';

REVOKE ALL ON FUNCTION "private"."closer_call_counts_insert"() FROM PUBLIC;
