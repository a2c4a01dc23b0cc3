CREATE OR REPLACE FUNCTION private.call_desk_daily_apply (
  p_deltas private.call_desk_delta[]
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if coalesce(cardinality(p_deltas), 0) = 0 then
    return;
  end if;
  insert into private.call_desk_daily as t (organization_id, day, pillar, completed_by, outcome, requests, open)
  select d.organization_id, d.day, d.pillar, d.completed_by, d.outcome, sum(d.n), sum(d.n * d.is_open)
  from unnest(p_deltas) d
  group by d.organization_id, d.day, d.pillar, d.completed_by, d.outcome
  having sum(d.n) <> 0 or sum(d.n * d.is_open) <> 0
  order by d.organization_id, d.day, d.pillar nulls first, d.completed_by nulls first, d.outcome nulls first
  on conflict (organization_id, day, pillar, completed_by, outcome) do update
    set requests = t.requests + excluded.requests, open = t.open + excluded.open;

  insert into private.call_desk_daily_waits as t (organization_id, day, completed_by, wait_bucket, called)
  select d.organization_id, d.day, d.completed_by, d.wait_bucket, sum(d.n)
  from unnest(p_deltas) d
  where d.wait_bucket is not null
  group by d.organization_id, d.day, d.completed_by, d.wait_bucket
  having sum(d.n) <> 0
  order by d.organization_id, d.day, d.completed_by nulls first, d.wait_bucket
  on conflict (organization_id, day, completed_by, wait_bucket) do update
    set called = t.called + excluded.called;
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_apply"(private.call_desk_delta[]) IS 'Adds grouped changes (private.call_desk_key of call logs, n summed) into call_desk_daily and call_desk_daily_waits, in key order.';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_apply"(private.call_desk_delta[]) FROM PUBLIC;
