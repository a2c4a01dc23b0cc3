-- Call desk reads that cost a page, not the history (issue 16):
--  * list_call_queue: open requests only, walked in the order of the partial index of open logs
--    (organization, created_at = the request time) and stopped at the page; one query per sort so
--    the order is the index's; the count is capped (offset + 1,000) instead of reading every open
--    request; total_capped says "more than".
--  * list_resolved_calls: the completed logs newest first from their partial index, a search
--    (member, company, specialist, notes) applied while walking it, and a capped count.
--  * call_request_counts (polled every 5 s per open tab): the resolved count capped at 1,000
--    ("1,000+": resolved_capped) instead of counting the whole history every 5 seconds.
--  * call_desk_metrics: one pass over the period's requests (one aggregate with grouping sets
--    instead of nine re-reads), outcomes keyed by the outcome code (jsonb), enough work_mem for a
--    year of a large desk to sort in memory.
--  * Plans that do not flip: extended statistics on (organization_id, call_status) (the share of
--    open requests differs by organization), JIT off for these short reads (it compiled for
--    seconds a query that runs in milliseconds when the estimates were large).
set lock_timeout = '5s';
set statement_timeout = '60s';

create statistics if not exists public.specialist_call_logs_org_status_stats (dependencies, mcv)
  on organization_id, call_status from public.specialist_call_logs;
comment on statistics public.specialist_call_logs_org_status_stats is
  'Organization and call status correlate (one tenant''s backlog is another''s history): the queue and counts estimate their own organization''s open rows.';

-------------------------------------------------------------------------------
drop function if exists public.list_call_queue(text, text, text, text, text, text);

create function public.list_call_queue(
  p_organization_id text, p_company_id text default null, p_pillar text default null,
  p_limit text default null, p_offset text default null, p_sort text default null
)
returns table (
  call_log_id uuid, chat_session_id uuid, member_id uuid, member_name text, member_phone text,
  company_id uuid, company_name text, pillar text, reason text, session_status text, call_status text,
  requested_at timestamptz, attempts int, last_attempt_at timestamptz, scheduled_for timestamptz,
  claimed_by uuid, claimed_by_name text, claimed_at timestamptz, total_count bigint, total_capped boolean
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_company uuid := private.arg_uuid(p_company_id, 'company_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_sort text := coalesce(p_sort, 'longest_wait');
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_sort not in ('longest_wait', 'shortest_wait') then
    raise exception 'Sort by longest or shortest wait.' using errcode = '22023', hint = 'field:sort';
  end if;
  if v_org is null or not private.has_role(v_org, array['specialist', 'admin']) then
    return;
  end if;
  v_cap := v_offset + 1000;

  -- The page's ids, in the index order of the request time (the log's created_at: the
  -- escalation of that request). Filters on the chat (company, pillar) are checked per walked row.
  if v_sort = 'longest_wait' then
    v_ids := array(
      select l.id
      from public.specialist_call_logs l
      where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
        and (v_company is null and p_pillar is null
             or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                          and (v_company is null or s.company_id = v_company)
                          and (p_pillar is null or s.pillar = p_pillar)))
      order by l.created_at asc, l.id asc
      limit v_limit offset v_offset
    );
  else
    v_ids := array(
      select l.id
      from public.specialist_call_logs l
      where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
        and (v_company is null and p_pillar is null
             or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                          and (v_company is null or s.company_id = v_company)
                          and (p_pillar is null or s.pillar = p_pillar)))
      order by l.created_at desc, l.id desc
      limit v_limit offset v_offset
    );
  end if;

  -- Counted up to offset + 1,000 (a person pages through far fewer): "1,000+" beyond.
  select count(*) into v_total from (
    select 1
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
      and (v_company is null and p_pillar is null
           or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                        and (v_company is null or s.company_id = v_company)
                        and (p_pillar is null or s.pillar = p_pillar)))
    limit v_cap + 1
  ) c;

  return query
  select l.id, l.chat_session_id, l.user_id, mp.full_name, mp.phone,
         s.company_id, c.name, s.pillar, coalesce(l.reason, s.phone_escalation_reason), s.status, l.call_status,
         l.created_at, l.attempts, l.last_attempt_at, l.scheduled_for,
         l.claimed_by, cp.full_name, l.claimed_at,
         least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.specialist_call_logs l on l.id = p.id
  join public.chat_sessions s on s.id = l.chat_session_id
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles cp on cp.id = l.claimed_by
  order by p.n;
end
$$;
comment on function public.list_call_queue(text, text, text, text, text, text) is
  'The specialists'' Pending tab: open (pending or scheduled) call logs of the organization whatever the chat status (invariant C1), longest wait first (p_sort longest_wait, the default) or shortest wait first (shortest_wait), in the order of the open-log index (request time = the log''s created_at, requested_at), filtered by company/pillar, paged (limit 1..200). total_count is counted up to offset + 1000; total_capped = there are more. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and other sorts (22023 field:*).';

-------------------------------------------------------------------------------
drop function if exists public.list_resolved_calls(text, text, text);

create function public.list_resolved_calls(
  p_organization_id text, p_limit text default null, p_offset text default null, p_search text default null
)
returns table (
  call_log_id uuid, chat_session_id uuid, member_name text, company_name text, pillar text, outcome text,
  call_notes text, specialist_id uuid, specialist_name text, completed_at timestamptz, booking_id uuid,
  booking_date timestamptz, total_count bigint, total_capped boolean
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_search text := private.clean_text(p_search);
  v_pattern text;
  v_people uuid[];
  v_companies uuid[];
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_search is not null and length(v_search) > 100 then
    raise exception 'Search with at most 100 characters.' using errcode = '22023', hint = 'field:search';
  end if;
  if v_org is null or not private.has_role(v_org, array['specialist', 'admin']) then
    return;
  end if;
  v_cap := v_offset + 1000;
  -- Literal text: % and _ typed by the user match themselves.
  v_pattern := case when v_search is null then null
                    else '%' || replace(replace(replace(v_search, '\', '\\'), '%', '\%'), '_', '\_') || '%' end;
  if v_pattern is not null then
    -- The people (members, specialists) and companies of the organization whose name matches:
    -- found once, from the organization's memberships and companies, not per walked row.
    select m.people, m.companies into v_people, v_companies from private.resolved_call_search_sets(v_org, v_pattern) m;
  end if;

  -- Newest first from the partial index of completed logs, stopped at the page; a search is
  -- checked on each walked row (member, company, specialist names and the notes).
  v_ids := array(
    select l.id
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed'
      and (v_pattern is null
           or l.call_notes ilike v_pattern
           or l.user_id = any (v_people) or l.specialist_id = any (v_people)
           or (cardinality(v_companies) > 0
               and exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id and s.company_id = any (v_companies))))
    order by l.completed_at desc, l.id
    limit v_limit offset v_offset
  );

  select count(*) into v_total from (
    select 1
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed'
      and (v_pattern is null
           or l.call_notes ilike v_pattern
           or l.user_id = any (v_people) or l.specialist_id = any (v_people)
           or (cardinality(v_companies) > 0
               and exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id and s.company_id = any (v_companies))))
    limit v_cap + 1
  ) c;

  return query
  select l.id, l.chat_session_id, mp.full_name, c.name, s.pillar, l.outcome,
         l.call_notes, l.specialist_id, sp.full_name, l.completed_at, l.booking_id,
         b.booking_date, least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.specialist_call_logs l on l.id = p.id
  left join public.chat_sessions s on s.id = l.chat_session_id
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles sp on sp.id = l.specialist_id
  left join public.bookings b on b.id = l.booking_id
  order by p.n;
end
$$;
comment on function public.list_resolved_calls(text, text, text, text) is
  'The specialists'' Resolved tab: completed call logs of the organization, newest first, paged (limit 1..200); p_search (at most 100 characters, literal) matches the name of the member, the company or the specialist (people by their membership of the organization) or the notes. total_count is counted up to offset + 1000; total_capped = there are more ("1,000+"). Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and long searches (22023 field:*).';

-- The Resolved tab's search: who and which companies of the organization match, once per call.
create or replace function private.resolved_call_search_sets(p_org uuid, p_pattern text, out people uuid[], out companies uuid[])
language sql stable security definer set search_path = ''
as $$
  select
    coalesce(array(select distinct m.user_id from public.memberships m join public.profiles p on p.id = m.user_id
                   where m.organization_id = p_org and p.full_name ilike p_pattern), '{}'),
    coalesce(array(select c.id from public.companies c where c.organization_id = p_org and c.name ilike p_pattern), '{}')
$$;
comment on function private.resolved_call_search_sets(uuid, text) is
  'The members/specialists (by membership) and companies of an organization whose name matches the Resolved tab''s search pattern (ILIKE, already escaped). Called only by list_resolved_calls after its role check.';
revoke all on function private.resolved_call_search_sets(uuid, text) from public, anon;
grant execute on function private.resolved_call_search_sets(uuid, text) to authenticated;

-------------------------------------------------------------------------------
create or replace function public.call_request_counts(p_organization_id text, p_since text default null)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_since timestamptz := private.arg_timestamptz(p_since, 'since');
  v_ok boolean;
  v_resolved bigint;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  v_ok := private.has_role(v_org, array['specialist', 'admin']);
  if not v_ok then
    return jsonb_build_object('pending', 0, 'resolved', 0, 'resolved_capped', false, 'new_since', 0, 'as_of', now());
  end if;
  -- The completed history only up to 1,001 rows: the tab shows "1,000+" beyond.
  select count(*) into v_resolved from (
    select 1 from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed' limit 1001
  ) c;
  return jsonb_build_object(
    'pending', (select count(*) from public.specialist_call_logs l
                where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')),
    'resolved', least(v_resolved, 1000),
    'resolved_capped', v_resolved > 1000,
    'new_since', case when v_since is null then 0 else
                 (select count(*) from public.specialist_call_logs l
                  where l.organization_id = v_org and l.call_status in ('pending', 'scheduled') and l.created_at > v_since) end,
    'as_of', now()
  );
end
$$;
comment on function public.call_request_counts(text, text) is
  'Tab counts of the call queue: open (pending) requests of the organization, completed (resolved) ones up to 1000 (resolved_capped = more: "1,000+"), and new_since = open requests created after p_since (for the "new request" title); as_of is the database''s now, to pass back as the next p_since. Zero for callers who are not specialist/admin there (checked here: security definer, the counts read the partial indexes alone). Refuses malformed id/time (22023 field:*).';
-- 20261202120300 turned sequential scans off for the full count; the capped count reads the
-- partial index by itself. Reset so the setting does not outlive its reason.
alter function public.call_request_counts(text, text) reset enable_seqscan;

-------------------------------------------------------------------------------
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
$$;
comment on function public.call_desk_metrics(text, text, text) is
  'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests; within_target_share = requests called within call_wait_target_minutes / requests decided against the target (called, or uncalled for longer than the target), null when none; by_pillar (requests, open, outcomes: {outcome code: completed requests}); by_specialist (completed, outcomes keyed by code, median wait). One pass over the period''s rows. Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';
-- A year of a large desk (about 75,000 requests) sorts its waits in memory.
alter function public.call_desk_metrics(text, text, text) set work_mem = '32MB';

-------------------------------------------------------------------------------
-- JIT compiles for hundreds of milliseconds whenever the estimated cost is large; these reads
-- stop at a page or a period, so it never pays for itself here (bench/growth.mjs).
alter function public.list_call_queue(text, text, text, text, text, text) set jit = off;
alter function public.list_resolved_calls(text, text, text, text) set jit = off;
alter function public.call_request_counts(text, text) set jit = off;
alter function public.call_desk_metrics(text, text, text) set jit = off;
alter function public.list_member_call_requests(text, text, text, text) set jit = off;

revoke all on function
  public.list_call_queue(text, text, text, text, text, text),
  public.list_resolved_calls(text, text, text, text)
from public, anon;
grant execute on function
  public.list_call_queue(text, text, text, text, text, text),
  public.list_resolved_calls(text, text, text, text)
to authenticated;
