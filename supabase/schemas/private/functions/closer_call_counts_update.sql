CREATE OR REPLACE FUNCTION private.closer_call_counts_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select d.organization_id, d.closer_id, d.status, sum(d.n)
  from (
    select n.organization_id, n.closer_id, n.status, 1 as n from new_rows n
    union all
    select o.organization_id, o.closer_id, o.status, -1 from old_rows o
  ) d
  group by d.organization_id, d.closer_id, d.status
  having sum(d.n) <> 0
  order by d.organization_id, d.closer_id nulls first, d.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."closer_call_counts_update"() IS 'Statement trigger on call_appointments: moves the updated calls between (organization, closer, status) counts.';

REVOKE ALL ON FUNCTION "private"."closer_call_counts_update"() FROM PUBLIC;
