-- Specialist call requests: the queue and resolved reads with text arguments and a sort by wait,
-- tab counts with "new since", desk metrics, and a member's earlier requests.
--
-- "First call": specialist_call_logs gets first_called_at, set by trigger the first time an
-- attempt is recorded (attempts grows: a missed call) or the log is completed, whatever function
-- or SQL does it. The wait of a request is counted from its log's created_at, which is the
-- escalation of that request (request_phone_call creates the log and sets phone_escalated_at in
-- one transaction; the session's phone_escalated_at is overwritten by a later request of the same
-- chat, the log's created_at is not).

alter table public.specialist_call_logs add column first_called_at timestamptz;
comment on column public.specialist_call_logs.first_called_at is 'When a specialist first called (first missed attempt or completion), by trigger; null while nobody has called.';

-- Existing rows: the best known figure (the earliest of last attempt and completion).
update public.specialist_call_logs l
set first_called_at = least(l.last_attempt_at, l.completed_at)
where l.first_called_at is null and (l.attempts > 0 or l.call_status = 'completed');

create or replace function private.call_logs_first_called()
returns trigger
language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.first_called_at is null and (new.attempts > 0 or new.call_status = 'completed') then
      new.first_called_at := coalesce(least(new.last_attempt_at, new.completed_at), now());
    end if;
    return new;
  end if;
  if old.first_called_at is not null then
    new.first_called_at := old.first_called_at;
  elsif new.first_called_at is null then
    if new.attempts > old.attempts then
      new.first_called_at := coalesce(new.last_attempt_at, now());
    elsif new.call_status = 'completed' and old.call_status is distinct from 'completed' then
      new.first_called_at := coalesce(new.completed_at, now());
    end if;
  end if;
  return new;
end
$$;
comment on function private.call_logs_first_called() is 'BEFORE INSERT / UPDATE of specialist_call_logs: first_called_at is set once, at the first attempt or completion, and never moves afterwards.';
revoke all on function private.call_logs_first_called() from public, anon, authenticated;

create trigger specialist_call_logs_first_called
  before insert or update on public.specialist_call_logs
  for each row execute function private.call_logs_first_called();

-- Desk metrics read the organization's requests by creation time; the member's history by member.
create index specialist_call_logs_org_created_idx on public.specialist_call_logs (organization_id, created_at);
create index specialist_call_logs_user_created_idx on public.specialist_call_logs (user_id, created_at desc);

-------------------------------------------------------------------------------
drop function if exists public.list_call_queue(uuid, uuid, text, int, int);
drop function if exists public.list_resolved_calls(uuid, int, int);

create or replace function public.list_call_queue(
  p_organization_id text, p_company_id text default null, p_pillar text default null,
  p_limit text default null, p_offset text default null, p_sort text default null
)
returns table (
  call_log_id uuid, chat_session_id uuid, member_id uuid, member_name text, member_phone text,
  company_id uuid, company_name text, pillar text, reason text, session_status text, call_status text,
  requested_at timestamptz, attempts int, last_attempt_at timestamptz, scheduled_for timestamptz,
  claimed_by uuid, claimed_by_name text, claimed_at timestamptz, total_count bigint
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
begin
  if v_sort not in ('longest_wait', 'shortest_wait') then
    raise exception 'Sort by longest or shortest wait.' using errcode = '22023', hint = 'field:sort';
  end if;
  return query
  select l.id, l.chat_session_id, l.user_id, mp.full_name, mp.phone,
         s.company_id, c.name, s.pillar, coalesce(l.reason, s.phone_escalation_reason), s.status, l.call_status,
         coalesce(s.phone_escalated_at, l.created_at) as requested_at, l.attempts, l.last_attempt_at, l.scheduled_for,
         l.claimed_by, cp.full_name, l.claimed_at,
         count(*) over ()
  from public.specialist_call_logs l
  -- One primary-key lookup per open log (the limit keeps the planner from hashing every
  -- session of the organization: thousands of open logs against hundreds of thousands of chats).
  join lateral (
    select s0.company_id, s0.pillar, s0.phone_escalation_reason, s0.status, s0.phone_escalated_at
    from public.chat_sessions s0 where s0.id = l.chat_session_id limit 1
  ) s on true
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles cp on cp.id = l.claimed_by
  -- Invariant C1: every open log, whatever the session's status.
  where l.organization_id = v_org
    and l.call_status in ('pending', 'scheduled')
    and (select private.has_role(v_org, array['specialist', 'admin']))
    and (v_company is null or s.company_id = v_company)
    and (p_pillar is null or s.pillar = p_pillar)
  order by
    case when v_sort = 'longest_wait' then coalesce(s.phone_escalated_at, l.created_at) end asc,
    case when v_sort = 'shortest_wait' then coalesce(s.phone_escalated_at, l.created_at) end desc,
    case when v_sort = 'longest_wait' then l.id end asc,
    case when v_sort = 'shortest_wait' then l.id end desc
  limit v_limit
  offset v_offset;
end
$$;
comment on function public.list_call_queue(text, text, text, text, text, text) is
  'The specialists'' Pending tab: every open (pending or scheduled) call log of the organization whatever the chat status (invariant C1), longest wait first (p_sort longest_wait, the default) or shortest wait first (shortest_wait), paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and other sorts (22023 field:*).';

create or replace function public.list_resolved_calls(p_organization_id text, p_limit text default null, p_offset text default null)
returns table (
  call_log_id uuid, chat_session_id uuid, member_name text, company_name text, pillar text, outcome text,
  call_notes text, specialist_id uuid, specialist_name text, completed_at timestamptz, booking_id uuid,
  booking_date timestamptz, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  return query
  -- Page the completed logs first (count and order need only the log rows and their index),
  -- then look up names for the page's rows only.
  with page as (
    select l.id, l.chat_session_id, l.user_id, l.outcome, l.call_notes, l.specialist_id, l.completed_at, l.booking_id,
           count(*) over () as total_count
    from public.specialist_call_logs l
    where l.organization_id = v_org
      and l.call_status = 'completed'
      and (select private.has_role(v_org, array['specialist', 'admin']))
    order by l.completed_at desc, l.id
    limit v_limit
    offset v_offset
  )
  select p.id, p.chat_session_id, mp.full_name, c.name, s.pillar, p.outcome,
         p.call_notes, p.specialist_id, sp.full_name, p.completed_at, p.booking_id,
         b.booking_date, p.total_count
  from page p
  left join public.chat_sessions s on s.id = p.chat_session_id
  left join public.profiles mp on mp.id = p.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles sp on sp.id = p.specialist_id
  left join public.bookings b on b.id = p.booking_id
  order by p.completed_at desc, p.id;
end
$$;
comment on function public.list_resolved_calls(text, text, text) is
  'The specialists'' Resolved tab: completed call logs of the organization, newest first, paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers (22023 field:*).';

-------------------------------------------------------------------------------
create or replace function public.call_request_counts(p_organization_id text, p_since text default null)
returns jsonb
language plpgsql stable security invoker set search_path = ''
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
  'Tab counts of the call queue: open (pending) and completed (resolved) requests of the organization, and new_since = open requests created after p_since (for the "new request" title); as_of is the database''s now, to pass back as the next p_since. Zero for callers who are not specialist/admin there. Refuses malformed id/time (22023 field:*).';

-------------------------------------------------------------------------------
create or replace function public.call_desk_metrics(p_organization_id text, p_from text default null, p_to text default null)
returns jsonb
language plpgsql stable security invoker set search_path = ''
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
    select r.*, s.pillar from reqs r left join public.chat_sessions s on s.id = r.chat_session_id
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

-------------------------------------------------------------------------------
create or replace function public.list_member_call_requests(
  p_organization_id text, p_member_id text, p_exclude_call_log_id text default null, p_limit text default null
)
returns table (
  call_log_id uuid, created_at timestamptz, pillar text, reason text, call_status text, outcome text,
  call_notes text, specialist_name text, completed_at timestamptz, attempts int, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_member uuid := private.arg_uuid(p_member_id, 'member_id');
  v_exclude uuid := private.arg_uuid(p_exclude_call_log_id, 'exclude_call_log_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 10), 1), 50);
begin
  if v_member is null then
    raise exception 'Choose a member.' using errcode = '22023', hint = 'field:member_id';
  end if;
  return query
  with page as (
    select l.id, l.created_at, l.chat_session_id, l.reason, l.call_status, l.outcome, l.call_notes,
           l.specialist_id, l.completed_at, l.attempts, count(*) over () as total_count
    from public.specialist_call_logs l
    where l.user_id = v_member and l.organization_id = v_org
      and (v_exclude is null or l.id <> v_exclude)
      and (select private.has_role(v_org, array['specialist', 'admin']))
    order by l.created_at desc, l.id desc
    limit v_limit
  )
  select p.id, p.created_at, s.pillar, p.reason, p.call_status, p.outcome, p.call_notes, sp.full_name,
         p.completed_at, p.attempts, p.total_count
  from page p
  left join public.chat_sessions s on s.id = p.chat_session_id
  left join public.profiles sp on sp.id = p.specialist_id
  order by p.created_at desc, p.id desc;
end
$$;
comment on function public.list_member_call_requests(text, text, text, text) is
  'A member''s earlier call requests in the organization (newest first, at most p_limit 1..50, default 10, with total_count), for the specialist''s call dialog; excludes the request being handled. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids (22023 field:*).';

revoke all on function
  public.list_call_queue(text, text, text, text, text, text),
  public.list_resolved_calls(text, text, text),
  public.call_request_counts(text, text),
  public.call_desk_metrics(text, text, text),
  public.list_member_call_requests(text, text, text, text)
from public, anon;
grant execute on function
  public.list_call_queue(text, text, text, text, text, text),
  public.list_resolved_calls(text, text, text),
  public.call_request_counts(text, text),
  public.call_desk_metrics(text, text, text),
  public.list_member_call_requests(text, text, text, text)
to authenticated;
