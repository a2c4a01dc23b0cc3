CREATE OR REPLACE FUNCTION private.closer_call_counts_delete()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select o.organization_id, o.closer_id, o.status, -count(*)
  from old_rows o
  group by o.organization_id, o.closer_id, o.status
  order by o.organization_id, o.closer_id nulls first, o.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."closer_call_counts_delete"() IS 'Statement trigger on call_appointments: uncounts the deleted calls from closer_call_counts.';

REVOKE ALL ON FUNCTION "private"."closer_call_counts_delete"() FROM PUBLIC;
