CREATE OR REPLACE FUNCTION private.call_desk_daily_rebuild (
  p_org uuid
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  delete from private.call_desk_daily d where p_org is null or d.organization_id = p_org;
  delete from private.call_desk_daily_waits d where p_org is null or d.organization_id = p_org;
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, sum(k.n))::private.call_desk_delta
    from public.specialist_call_logs l
    join public.organizations o on o.id = l.organization_id
    left join public.chat_sessions s on s.id = l.chat_session_id
    cross join lateral private.call_desk_key(l, s.pillar, o.timezone) k
    where p_org is null or l.organization_id = p_org
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket));
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_rebuild"(uuid) IS 'Recomputes the desk''s daily aggregates of one organization (null: all) from its call logs. Run by the timezone trigger and the backfill; the caller holds what keeps the logs still.';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_rebuild"(uuid) FROM PUBLIC;
