CREATE OR REPLACE FUNCTION private.chat_sessions_desk_pillar()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, sum(k.n * x.sign))::private.call_desk_delta
    from public.specialist_call_logs l
    join public.organizations o on o.id = l.organization_id
    cross join (values (old.pillar, -1), (new.pillar, 1)) as x(pillar, sign)
    cross join lateral private.call_desk_key(l, x.pillar, o.timezone) k
    where l.chat_session_id = new.id
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket));
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."chat_sessions_desk_pillar"() IS 'After a chat''s pillar changes: its call requests move to the new pillar in the desk''s daily aggregates.';

REVOKE ALL ON FUNCTION "private"."chat_sessions_desk_pillar"() FROM PUBLIC;
