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
  v_undecided bigint;
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

  -- Undecided against the target: uncalled requests younger than the target (live rows of at most
  -- the target's span, one day). Every other request is decided: called, or uncalled past it.
  select count(*) into v_undecided
  from public.specialist_call_logs l
  where l.organization_id = v_org
    and l.created_at >= greatest(v_start, now() - make_interval(mins => v_target)) and l.created_at < v_end
    and l.first_called_at is null;

  with d as (
    select d.pillar, d.completed_by, d.outcome, sum(d.requests) as requests, sum(d.open) as open
    from private.call_desk_daily d
    where d.organization_id = v_org and d.day between v_from and v_to
    group by d.pillar, d.completed_by, d.outcome
  ),
  w as (
    select w.completed_by, w.wait_bucket, sum(w.called) as called
    from private.call_desk_daily_waits w
    where w.organization_id = v_org and w.day between v_from and v_to
    group by w.completed_by, w.wait_bucket
    having sum(w.called) <> 0
  ),
  tw as (
    select w.wait_bucket, sum(w.called)::bigint as called from w group by w.wait_bucket
  ),
  tot as (
    select coalesce(sum(d.requests), 0)::bigint as requests, coalesce(sum(d.open), 0)::bigint as open from d
  ),
  waits as (
    select coalesce(sum(tw.called), 0)::bigint as called,
      coalesce(sum(tw.called) filter (where tw.wait_bucket <= v_target * 60), 0)::bigint as within,
      private.bucket_percentile(array_agg(tw.wait_bucket order by tw.wait_bucket), array_agg(tw.called order by tw.wait_bucket), 0.5) as median_wait,
      private.bucket_percentile(array_agg(tw.wait_bucket order by tw.wait_bucket), array_agg(tw.called order by tw.wait_bucket), 0.9) as p90_wait
    from tw
  ),
  pil as (
    select d.pillar, sum(d.requests)::bigint as requests, sum(d.open)::bigint as open,
      coalesce(jsonb_object_agg(d.outcome, d.requests) filter (where d.outcome is not null), '{}'::jsonb) as outcomes
    from (
      select d.pillar, d.outcome, sum(d.requests)::bigint as requests, sum(d.open)::bigint as open
      from d group by d.pillar, d.outcome having sum(d.requests) <> 0
    ) d
    group by d.pillar
  ),
  spc as (
    select d.completed_by, sum(d.requests)::bigint as completed,
      coalesce(jsonb_object_agg(d.outcome, d.requests) filter (where d.outcome is not null), '{}'::jsonb) as outcomes,
      (select private.bucket_percentile(array_agg(w.wait_bucket order by w.wait_bucket), array_agg(w.called::bigint order by w.wait_bucket), 0.5)
       from w where w.completed_by = d.completed_by) as median_wait
    from (
      select d.completed_by, d.outcome, sum(d.requests)::bigint as requests
      from d where d.completed_by is not null group by d.completed_by, d.outcome having sum(d.requests) <> 0
    ) d
    group by d.completed_by
  )
  select jsonb_build_object(
    'period', jsonb_build_object('from', v_from, 'to', v_to, 'today', v_today, 'timezone', v_tz),
    'target_minutes', v_target,
    'requests_today', (select coalesce(sum(t.requests), 0)::bigint from private.call_desk_daily t
                       where t.organization_id = v_org and t.day = v_today),
    'requests', tot.requests,
    'called', waits.called,
    'open', tot.open,
    'median_wait_seconds', waits.median_wait,
    'p90_wait_seconds', waits.p90_wait,
    'within_target', waits.within,
    'decided', tot.requests - v_undecided,
    'within_target_share', case when tot.requests - v_undecided > 0 then round(waits.within::numeric / (tot.requests - v_undecided), 4) end,
    'by_pillar', coalesce((
      select jsonb_agg(jsonb_build_object('pillar', p.pillar, 'requests', p.requests, 'open', p.open, 'outcomes', p.outcomes)
        order by p.pillar nulls last)
      from pil p), '[]'::jsonb),
    'by_specialist', coalesce((
      select jsonb_agg(jsonb_build_object(
        'specialist_id', x.completed_by, 'specialist_name', coalesce(pr.full_name, ''), 'completed', x.completed,
        'outcomes', x.outcomes, 'median_wait_seconds', x.median_wait)
        order by x.completed desc, coalesce(pr.full_name, ''), x.completed_by)
      from spc x left join public.profiles pr on pr.id = x.completed_by), '[]'::jsonb)
  ) into v_result
  from tot, waits;
  return v_result;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."call_desk_metrics"(text, text, text) IS 'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year), from the daily aggregates private.call_desk_daily(_waits): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests, as percentile_cont of the waits rounded up to their bucket (1 s under a minute, 1 minute up to a day, 1 hour beyond: never below the exact value, at most one bucket above); within_target (exact) = requests called within call_wait_target_minutes; within_target_share = within_target / requests decided against the target (called, or uncalled for longer than the target), null when none; by_pillar (requests, open, outcomes: {outcome code: requests with that outcome}); by_specialist (completed, outcomes keyed by code, median wait, bucketed as above). Costs the period''s days, not its requests. Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM PUBLIC, "anon";
