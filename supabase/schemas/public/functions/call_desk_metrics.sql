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

  with reqs as (
    select l.id, l.chat_session_id, l.call_status, l.outcome, l.specialist_id, l.created_at,
      extract(epoch from (l.first_called_at - l.created_at)) as wait_s,
      -- Decided against the target: called (in time or not), or still uncalled past the target.
      l.first_called_at is not null or now() - l.created_at > make_interval(mins => v_target) as decided,
      l.first_called_at is not null and l.first_called_at - l.created_at <= make_interval(mins => v_target) as in_time
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.created_at >= v_start and l.created_at < v_end
  ), with_pillar as (
    -- One primary-key lookup per request: a hash join would read every session of the
    -- organization (hundreds of thousands) for a few thousand requests.
    select r.*, s.pillar from reqs r
    left join lateral (select s0.pillar from public.chat_sessions s0 where s0.id = r.chat_session_id limit 1) s on true
  )
  select jsonb_build_object(
    'period', jsonb_build_object('from', v_from, 'to', v_to, 'today', v_today, 'timezone', v_tz),
    'target_minutes', v_target,
    'requests_today', (select count(*) from public.specialist_call_logs l
                       where l.organization_id = v_org
                         and l.created_at >= v_today::timestamp at time zone v_tz
                         and l.created_at < (v_today + 1)::timestamp at time zone v_tz),
    'requests', (select count(*) from reqs),
    'called', (select count(*) from reqs where wait_s is not null),
    'open', (select count(*) from reqs where call_status in ('pending', 'scheduled')),
    'median_wait_seconds', (select percentile_cont(0.5) within group (order by wait_s) from reqs where wait_s is not null),
    'p90_wait_seconds', (select percentile_cont(0.9) within group (order by wait_s) from reqs where wait_s is not null),
    'within_target', (select count(*) from reqs where in_time),
    'decided', (select count(*) from reqs where decided),
    'within_target_share', (select case when count(*) filter (where decided) > 0
                              then round((count(*) filter (where in_time))::numeric / count(*) filter (where decided), 4) end from reqs),
    'by_pillar', coalesce((
      select jsonb_agg(jsonb_build_object(
        'pillar', x.pillar, 'requests', x.requests, 'open', x.open, 'resolved_by_phone', x.rbp,
        'session_booked', x.sb, 'escalated', x.esc) order by x.pillar nulls last)
      from (select w.pillar, count(*) as requests,
                   count(*) filter (where w.call_status in ('pending', 'scheduled')) as open,
                   count(*) filter (where w.outcome = 'resolved_by_phone') as rbp,
                   count(*) filter (where w.outcome = 'session_booked') as sb,
                   count(*) filter (where w.outcome = 'escalated') as esc
            from with_pillar w group by w.pillar) x), '[]'::jsonb),
    'by_specialist', coalesce((
      select jsonb_agg(jsonb_build_object(
        'specialist_id', x.specialist_id, 'specialist_name', coalesce(p.full_name, ''), 'completed', x.completed,
        'resolved_by_phone', x.rbp, 'session_booked', x.sb, 'escalated', x.esc, 'median_wait_seconds', x.median_wait)
        order by x.completed desc, coalesce(p.full_name, ''), x.specialist_id)
      from (select r.specialist_id, count(*) as completed,
                   count(*) filter (where r.outcome = 'resolved_by_phone') as rbp,
                   count(*) filter (where r.outcome = 'session_booked') as sb,
                   count(*) filter (where r.outcome = 'escalated') as esc,
                   percentile_cont(0.5) within group (order by r.wait_s) as median_wait
            from reqs r where r.call_status = 'completed' and r.specialist_id is not null
            group by r.specialist_id) x
      left join public.profiles p on p.id = x.specialist_id), '[]'::jsonb)
  ) into v_result;
  return v_result;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."call_desk_metrics"(text, text, text) IS 'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests; within_target_share = requests called within call_wait_target_minutes / requests decided against the target (called, or uncalled for longer than the target), null when none; outcomes by pillar; per specialist (completed requests by outcome, median wait). Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."call_desk_metrics"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."call_desk_metrics"(text, text, text) FROM PUBLIC, "anon";
