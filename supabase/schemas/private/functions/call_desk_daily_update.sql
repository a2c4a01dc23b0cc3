CREATE OR REPLACE FUNCTION private.call_desk_daily_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, sum(k.n * x.sign))::private.call_desk_delta
    from (
      select row(n.*)::public.specialist_call_logs as l, 1 as sign from new_rows n
      union all
      select row(o.*)::public.specialist_call_logs as l, -1 as sign from old_rows o
    ) x
    join public.organizations o on o.id = (x.l).organization_id
    left join public.chat_sessions s on s.id = (x.l).chat_session_id
    cross join lateral private.call_desk_key(x.l, s.pillar, o.timezone) k
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket
    having sum(k.n * x.sign) <> 0));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_update"() IS 'Statement trigger on specialist_call_logs: adds the new rows and subtracts the old ones in the desk''s daily aggregates (netted by key: a change of nothing they count writes nothing).';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_update"() FROM PUBLIC;
