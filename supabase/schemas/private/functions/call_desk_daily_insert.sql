CREATE OR REPLACE FUNCTION private.call_desk_daily_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, sum(k.n))::private.call_desk_delta
    from new_rows n
    join public.organizations o on o.id = n.organization_id
    left join public.chat_sessions s on s.id = n.chat_session_id
    cross join lateral private.call_desk_key(row(n.*)::public.specialist_call_logs, s.pillar, o.timezone) k
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_insert"() IS 'Statement trigger on specialist_call_logs: adds the inserted requests into the desk''s daily aggregates.';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_insert"() FROM PUBLIC;
