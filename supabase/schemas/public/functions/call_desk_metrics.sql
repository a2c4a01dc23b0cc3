CREATE OR REPLACE FUNCTION public.call_desk_metrics (
  p_organization_id text,
  p_from            text DEFAULT NULL::text,
  p_to              text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  SET work_mem TO '32MB'
  SET jit TO 'off'
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_tz text;
  v_target int;
  v_today date;
  v_start timestamptz;
  v_end timestamptz;
  v_result jsonb;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if not private.has_role(v_org, array['specialist', 'admin']) then
    raise exception 'Only specialists and admins of this organization see its desk metrics.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  select o.timezone, o.call_wait_target_minutes into v_tz, v_target from public.organizations o where o.id = v_org;
  v_today := (now() at time zone v_tz)::date;
  v_from := coalesce(v_from, v_today);
  v_to := coalesce(v_to, v_today);
  if v_from > v_to then
    raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
  end if;
  if v_to - v_from > 366 then
    raise exception 'Choose a period of at most one year.' using errcode = '22023', hint = 'field:from';
  end if;
  -- Organization-local days as instants: [from 00:00, to + 1 00:00) in its timezone.
  v_start := v_from::timestamp at time zone v_tz;
  v_end := (v_to + 1)::timestamp at time zone v_tz;

  -- One read of the period's requests (the pillar of each by primary key), one aggregate over
  -- every grouping the page shows; the JSON is assembled from that small result.
  with reqs as materialized (
    select s.pillar, l.call_status in ('pending', 'scheduled') as is_open, l.outcome,
      case when l.call_status = 'completed' then l.specialist_id end as done_by,
      extract(epoch from (l.first_called_at - l.created_at))::float8 as wait_s,
      -- Decided against the target: called (in time or not), or still uncalled past the target.
      l.first_called_at is not null or now() - l.created_at > make_interval(mins => v_target) as decided,
      l.first_called_at is not null and l.first_called_at - l.created_at <= make_interval(mins => v_target) as in_time
    from public.specialist_call_logs l
    left join lateral (select s0.pillar from public.chat_sessions s0 where s0.id = l.chat_session_id limit 1) s on true
    where l.organization_id = v_org and l.created_at >= v_start and l.created_at < v_end
  ), g as (
    select grouping(r.pillar, r.done_by, r.outcome) as gid, r.pillar, r.done_by, r.outcome,
      count(*) as requests,
      count(r.wait_s) as called,
      count(*) filter (where r.is_open) as open,
      count(*) filter (where r.in_time) as within,
      count(*) filter (where r.decided) as decided,
      percentile_cont(0.5) within group (order by r.wait_s) as median_wait,
      percentile_cont(0.9) within group (order by r.wait_s) as p90_wait
    from reqs r
    group by grouping sets ((), (r.pillar), (r.pillar, r.outcome), (r.done_by), (r.done_by, r.outcome))
  ),
  -- grouping(pillar, done_by, outcome): 7 = total, 3 = by pillar, 2 = pillar x outcome,
  -- 5 = by specialist, 4 = specialist x outcome.
  tot as (select * from g where gid = 7),
  pil as (
    select p.pillar, p.requests, p.open,
      coalesce((select jsonb_object_agg(o.outcome, o.requests order by o.outcome) from g o
                where o.gid = 2 and o.pillar is not distinct from p.pillar and o.outcome is not null), '{}'::jsonb) as outcomes
    from g p where p.gid = 3
  ),
  spc as (
    select x.done_by, x.requests, x.median_wait,
      coalesce((select jsonb_object_agg(o.outcome, o.requests order by o.outcome) from g o
                where o.gid = 4 and o.done_by = x.done_by and o.outcome is not null), '{}'::jsonb) as outcomes
    from g x where x.gid = 5 and x.done_by is not null
  )
  select jsonb_build_object(
    'period', jsonb_build_object('from', v_from, 'to', v_to, 'today', v_today, 'timezone', v_tz),
    'target_minutes', v_target,
    'requests_today', (select count(*) from public.specialist_call_logs l
                       where l.organization_id = v_org
                         and l.created_at >= v_today::timestamp at time zone v_tz
                         and l.created_at < (v_today + 1)::timestamp at time zone v_tz),
    'requests', coalesce(t.requests, 0),
    'called', coalesce(t.called, 0),
    'open', coalesce(t.open, 0),
    'median_wait_seconds', t.median_wait,
    'p90_wait_seconds', t.p90_wait,
    'within_target', coalesce(t.within, 0),
    'decided', coalesce(t.decided, 0),
    'within_target_share', case when t.decided > 0 then round(t.within::numeric / t.decided, 4) end,
    'by_pillar', coalesce((
      select jsonb_agg(jsonb_build_object('pillar', p.pillar, 'requests', p.requests, 'open', p.open, 'outcomes', p.outcomes)
        order by p.pillar nulls last)
      from pil p), '[]'::jsonb),
    'by_specialist', coalesce((
      select jsonb_agg(jsonb_build_object(
        'specialist_id', x.done_by, 'specialist_name', coalesce(pr.full_name, ''), 'completed', x.requests,
        'outcomes', x.outcomes, 'median_wait_seconds', x.median_wait)
        order by x.requests desc, coalesce(pr.full_name, ''), x.done_by)
      from spc x left join public.profiles pr on pr.id = x.done_by), '[]'::jsonb)
  ) into v_result
  from (select 1) one left join tot t on true;
  return v_result;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."call_desk_metrics"(text, text, text) IS 'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests; within_target_share = requests called within call_wait_target_minutes / requests decided against the target (called, or uncalled for longer than the target), null when none; by_pillar (requests, open, outcomes: {outcome code: completed requests}); by_specialist (completed, outcomes keyed by code, median wait). One pass over the period''s rows. Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM PUBLIC, "anon";
