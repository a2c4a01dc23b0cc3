CREATE OR REPLACE FUNCTION private.call_desk_daily_delete()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, -sum(k.n))::private.call_desk_delta
    from old_rows d
    join public.organizations o on o.id = d.organization_id
    left join public.chat_sessions s on s.id = d.chat_session_id
    cross join lateral private.call_desk_key(row(d.*)::public.specialist_call_logs, s.pillar, o.timezone) k
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_delete"() IS 'Statement trigger on specialist_call_logs: subtracts the deleted requests from the desk''s daily aggregates.';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_delete"() FROM PUBLIC;
