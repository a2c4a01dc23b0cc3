-- call_desk_metrics: the pillar of each request by primary-key lookup (bench/desk-metrics.mjs
-- showed a hash join reading all 200,000 chat sessions for a week of requests: 340 ms p50), and
-- security definer: it already refuses anyone but the organization's specialists and admins
-- (PT403) and reads only that organization's rows, so row-level security would only re-check
-- every row. Same results as 20261202120200.

create or replace function public.call_desk_metrics(p_organization_id text, p_from text default null, p_to text default null)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
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
$$;
comment on function public.call_desk_metrics(text, text, text) is
  'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests; within_target_share = requests called within call_wait_target_minutes / requests decided against the target (called, or uncalled for longer than the target), null when none; outcomes by pillar; per specialist (completed requests by outcome, median wait). Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';


-- call_request_counts is polled every 5 seconds while the queue is open. Counting the completed
-- requests (nearly every log of the organization) under row-level security has to visit every row
-- (the member branch of the policy needs user_id, which no index of completed logs holds): bench
-- 114-280 ms at 160,000 logs. The function checks the caller's role itself (specialist or admin of
-- the organization, else zeros) and runs as definer, so the counts come from the partial indexes.
create or replace function public.call_request_counts(p_organization_id text, p_since text default null)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_since timestamptz := private.arg_timestamptz(p_since, 'since');
  v_ok boolean;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  v_ok := private.has_role(v_org, array['specialist', 'admin']);
  return jsonb_build_object(
    'pending', (select count(*) from public.specialist_call_logs l
                where v_ok and l.organization_id = v_org and l.call_status in ('pending', 'scheduled')),
    'resolved', (select count(*) from public.specialist_call_logs l
                 where v_ok and l.organization_id = v_org and l.call_status = 'completed'),
    'new_since', case when v_since is null then 0 else
                 (select count(*) from public.specialist_call_logs l
                  where v_ok and l.organization_id = v_org and l.call_status in ('pending', 'scheduled') and l.created_at > v_since) end,
    'as_of', now()
  );
end
$$;
comment on function public.call_request_counts(text, text) is
  'Tab counts of the call queue: open (pending) and completed (resolved) requests of the organization, and new_since = open requests created after p_since (for the "new request" title); as_of is the database''s now, to pass back as the next p_since. Zero for callers who are not specialist/admin there (checked here: security definer, so the counts read the partial indexes alone instead of checking row-level security on 160,000 rows). Refuses malformed id/time (22023 field:*).';


-- Even without row-level security the planner prefers a parallel sequential scan of the wide log
-- rows for a count of nearly all of them (bench: 62 ms under load); the partial index of completed
-- logs holds the same count in a tenth of the pages. The setting applies inside this function only.
alter function public.call_request_counts(text, text) set enable_seqscan = off;

-- closer_kpis at 200,000 appointments: the period's rows are spread over the whole table, so the
-- heap visits dominated (bench: 80-145 ms for a month, 580 ms for a year). Covering indexes let
-- each of its three aggregates (and the row-level-security checks, whose columns are included)
-- read the index alone. They replace the two plain indexes of 20261202120100.
drop index if exists public.call_appointments_org_conversion_date_idx;
drop index if exists public.emi_payments_org_paid_on_idx;
create index call_appointments_kpi_scheduled_idx on public.call_appointments (organization_id, closer_id, scheduled_date) include (status);
create index call_appointments_kpi_conversion_idx on public.call_appointments (organization_id, conversion_date) include (closer_id, status)
  where conversion_date is not null;
create index emi_payments_kpi_paid_on_idx on public.emi_payments (organization_id, paid_on) include (cohort_student_id, amount);
