set lock_timeout = '5s';
set statement_timeout = '5min';

-- Desk metrics in one pass over a period's days, not its requests (issue 16: a year of a large desk
-- re-read the year about 9 times and spilled to disk).
--
-- private.call_desk_daily: one row per (organization, organization-local day of the request,
-- pillar of its chat, completed by (the specialist of a completed request, else null), outcome)
-- with the number of requests and of open ones (pending or scheduled).
-- private.call_desk_daily_waits: one row per (organization, day, completed by, wait bucket) with
-- the number of called requests (first_called_at set) whose wait (first_called_at - created_at)
-- falls in that bucket. A bucket is named by its upper edge in seconds (private.call_wait_bucket):
-- whole seconds up to one minute, whole minutes up to one day, whole hours beyond.
--
-- What is exact and what is bucketed (call_desk_metrics reads these tables):
--   exact: requests, open, called, the outcome counts by pillar and per specialist, requests
--     today, within_target (every whole-minute target up to 1440 is a bucket edge, and a wait is
--     within a target of T minutes exactly when its bucket's upper edge is <= 60 T), decided
--     (requests minus the uncalled ones younger than the target, which are read live: at most the
--     target's span, one day, of rows).
--   bucketed: the median and p90 waits are percentile_cont over the waits rounded up to their
--     bucket's upper edge: never below the exact value and at most one bucket width above it (1 s
--     under a minute, 1 minute up to a day, 1 hour beyond); exact when every wait is on an edge.
--
-- Both tables are maintained by statement triggers on specialist_call_logs (insert / update /
-- delete: every write path, the app's functions as much as an admin's SQL), in the transaction of
-- the write: the statement's old rows are subtracted and its new rows added, netted by key (a
-- claim, a release or a note changes nothing here), applied in key order (no deadlock between two
-- statements). The pillar is the chat's (a pillar change moves its requests; a chat's requests are
-- deleted before the chat, while its pillar is known); the day is the organization's (a timezone
-- change rebuilds that organization's rows). Not exposed (schema private): read only by
-- call_desk_metrics (security definer, after its role check).

-------------------------------------------------------------------------------
create table private.call_desk_daily (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  day date not null,
  pillar text,
  completed_by uuid,
  outcome text,
  requests bigint not null default 0,
  open bigint not null default 0,
  constraint call_desk_daily_key unique nulls not distinct (organization_id, day, pillar, completed_by, outcome)
);
comment on table private.call_desk_daily is
  'Requests of the call desk per (organization, organization-local day of the request, chat pillar, completed by, outcome): requests and open ones. Maintained by statement triggers on specialist_call_logs; read by call_desk_metrics.';

create table private.call_desk_daily_waits (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  day date not null,
  completed_by uuid,
  wait_bucket integer not null,
  called bigint not null default 0,
  constraint call_desk_daily_waits_key unique nulls not distinct (organization_id, day, completed_by, wait_bucket)
);
comment on table private.call_desk_daily_waits is
  'Called requests of the call desk per (organization, organization-local day of the request, completed by, wait bucket = private.call_wait_bucket(first_called_at - created_at)). Maintained by statement triggers on specialist_call_logs; read by call_desk_metrics.';

-------------------------------------------------------------------------------
create function private.call_wait_bucket(p_seconds double precision)
returns integer
language sql immutable set search_path = ''
as $$
  select case
    when p_seconds is null then null
    when p_seconds <= 60 then ceil(p_seconds)::integer
    when p_seconds <= 86400 then (ceil(p_seconds / 60) * 60)::integer
    else (least(ceil(p_seconds / 3600) * 3600, 2147483647))::integer
  end
$$;
comment on function private.call_wait_bucket(double precision) is
  'The wait bucket of a wait in seconds, named by its upper edge in seconds: whole seconds up to 60, whole minutes up to one day, whole hours beyond. Every whole minute up to 1440 is an edge, so "called within T minutes" is exact from the buckets.';
revoke all on function private.call_wait_bucket(double precision) from public, anon, authenticated;

create function private.bucket_percentile(p_buckets integer[], p_counts bigint[], p_fraction double precision)
returns double precision
language plpgsql immutable set search_path = ''
as $$
-- percentile_cont over a histogram: p_buckets ascending, p_counts their counts; the value at rank
-- r (0-based) is the bucket holding it, interpolated between ranks as percentile_cont does.
declare
  v_total bigint := 0;
  v_pos double precision;
  v_lo bigint;
  v_hi bigint;
  v_cum bigint := 0;
  v_lo_value double precision;
  v_hi_value double precision;
begin
  for i in 1 .. coalesce(cardinality(p_counts), 0) loop
    v_total := v_total + p_counts[i];
  end loop;
  if v_total = 0 then
    return null;
  end if;
  v_pos := p_fraction * (v_total - 1);
  v_lo := floor(v_pos)::bigint;
  v_hi := ceil(v_pos)::bigint;
  for i in 1 .. cardinality(p_buckets) loop
    v_cum := v_cum + p_counts[i];
    if v_lo_value is null and v_lo < v_cum then
      v_lo_value := p_buckets[i];
    end if;
    if v_hi < v_cum then
      v_hi_value := p_buckets[i];
      exit;
    end if;
  end loop;
  return v_lo_value + (v_pos - v_lo) * (v_hi_value - v_lo_value);
end
$$;
comment on function private.bucket_percentile(integer[], bigint[], double precision) is
  'percentile_cont(p_fraction) of a histogram (p_buckets ascending with their p_counts): the exact percentile_cont of the values rounded to their buckets. Null when the histogram is empty.';
revoke all on function private.bucket_percentile(integer[], bigint[], double precision) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- What one call log adds (n = 1) to the aggregates: its keys in both tables. The triggers group
-- the keys of a statement's rows (new rows +1, old rows -1) before applying them, so a bulk
-- statement passes one element per distinct key, and a change of nothing counted passes none.
create type private.call_desk_delta as (
  organization_id uuid,
  day date,
  pillar text,
  completed_by uuid,
  outcome text,
  is_open integer,
  wait_bucket integer,
  n bigint
);
comment on type private.call_desk_delta is 'A change to the desk''s daily aggregates: n requests (negative: removed) with these keys (wait_bucket null: not called).';

create function private.call_desk_key(p_log public.specialist_call_logs, p_pillar text, p_timezone text)
returns private.call_desk_delta
language sql immutable set search_path = ''
as $$
  select row(
    p_log.organization_id,
    (p_log.created_at at time zone p_timezone)::date,
    p_pillar,
    case when p_log.call_status = 'completed' then p_log.specialist_id end,
    p_log.outcome,
    case when p_log.call_status in ('pending', 'scheduled') then 1 else 0 end,
    private.call_wait_bucket(extract(epoch from p_log.first_called_at - p_log.created_at)::double precision),
    1
  )::private.call_desk_delta
$$;
comment on function private.call_desk_key(public.specialist_call_logs, text, text) is
  'The keys of one call log in the desk''s daily aggregates (n = 1), given its chat''s pillar and its organization''s timezone.';
revoke all on function private.call_desk_key(public.specialist_call_logs, text, text) from public, anon, authenticated;

-- Applies grouped changes in key order (two statements adding to the same rows lock them in the
-- same order: no deadlock).
create function private.call_desk_daily_apply(p_deltas private.call_desk_delta[])
returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if coalesce(cardinality(p_deltas), 0) = 0 then
    return;
  end if;
  insert into private.call_desk_daily as t (organization_id, day, pillar, completed_by, outcome, requests, open)
  select d.organization_id, d.day, d.pillar, d.completed_by, d.outcome, sum(d.n), sum(d.n * d.is_open)
  from unnest(p_deltas) d
  group by d.organization_id, d.day, d.pillar, d.completed_by, d.outcome
  having sum(d.n) <> 0 or sum(d.n * d.is_open) <> 0
  order by d.organization_id, d.day, d.pillar nulls first, d.completed_by nulls first, d.outcome nulls first
  on conflict (organization_id, day, pillar, completed_by, outcome) do update
    set requests = t.requests + excluded.requests, open = t.open + excluded.open;

  insert into private.call_desk_daily_waits as t (organization_id, day, completed_by, wait_bucket, called)
  select d.organization_id, d.day, d.completed_by, d.wait_bucket, sum(d.n)
  from unnest(p_deltas) d
  where d.wait_bucket is not null
  group by d.organization_id, d.day, d.completed_by, d.wait_bucket
  having sum(d.n) <> 0
  order by d.organization_id, d.day, d.completed_by nulls first, d.wait_bucket
  on conflict (organization_id, day, completed_by, wait_bucket) do update
    set called = t.called + excluded.called;
end
$$;
comment on function private.call_desk_daily_apply(private.call_desk_delta[]) is
  'Adds grouped changes (private.call_desk_key of call logs, n summed) into call_desk_daily and call_desk_daily_waits, in key order.';
revoke all on function private.call_desk_daily_apply(private.call_desk_delta[]) from public, anon, authenticated;

-- The organization is joined (not left joined): the logs of an organization being deleted are
-- skipped, its aggregate rows go with it.
create function private.call_desk_daily_insert()
returns trigger language plpgsql security definer set search_path = ''
as $$
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
$$;
create function private.call_desk_daily_update()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  perform private.call_desk_daily_apply(array(
    select row(k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket, sum(k.n * x.sign))::private.call_desk_delta
    from (
      select row(n.*)::public.specialist_call_logs as l, 1 as sign from new_rows n
      union all
      select row(o.*)::public.specialist_call_logs as l, -1 as sign from old_rows o
    ) x
    join public.organizations o on o.id = (x.l).organization_id
    left join public.chat_sessions s on s.id = (x.l).chat_session_id
    cross join lateral private.call_desk_key(x.l, s.pillar, o.timezone) k
    group by k.organization_id, k.day, k.pillar, k.completed_by, k.outcome, k.is_open, k.wait_bucket
    having sum(k.n * x.sign) <> 0));
  return null;
end
$$;
create function private.call_desk_daily_delete()
returns trigger language plpgsql security definer set search_path = ''
as $$
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
$$;
create function private.call_desk_daily_truncate()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  delete from private.call_desk_daily where true;
  delete from private.call_desk_daily_waits where true;
  return null;
end
$$;
comment on function private.call_desk_daily_insert() is 'Statement trigger on specialist_call_logs: adds the inserted requests into the desk''s daily aggregates.';
comment on function private.call_desk_daily_update() is 'Statement trigger on specialist_call_logs: adds the new rows and subtracts the old ones in the desk''s daily aggregates (netted by key: a change of nothing they count writes nothing).';
comment on function private.call_desk_daily_delete() is 'Statement trigger on specialist_call_logs: subtracts the deleted requests from the desk''s daily aggregates.';
comment on function private.call_desk_daily_truncate() is 'Statement trigger on specialist_call_logs: a truncate empties the desk''s daily aggregates.';
revoke all on function private.call_desk_daily_insert() from public;
revoke all on function private.call_desk_daily_update() from public;
revoke all on function private.call_desk_daily_delete() from public;
revoke all on function private.call_desk_daily_truncate() from public;

create trigger specialist_call_logs_desk_daily_insert
  after insert on public.specialist_call_logs
  referencing new table as new_rows
  for each statement execute function private.call_desk_daily_insert();
create trigger specialist_call_logs_desk_daily_update
  after update on public.specialist_call_logs
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.call_desk_daily_update();
create trigger specialist_call_logs_desk_daily_delete
  after delete on public.specialist_call_logs
  referencing old table as old_rows
  for each statement execute function private.call_desk_daily_delete();
create trigger specialist_call_logs_desk_daily_truncate
  after truncate on public.specialist_call_logs
  for each statement execute function private.call_desk_daily_truncate();

-------------------------------------------------------------------------------
-- The pillar is the chat's: a pillar change moves the chat's requests; a chat's requests are
-- deleted just before the chat (the foreign key would cascade after the chat is gone, when its
-- pillar can no longer be read).
create function private.chat_sessions_desk_pillar()
returns trigger language plpgsql security definer set search_path = ''
as $$
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
$$;
comment on function private.chat_sessions_desk_pillar() is 'After a chat''s pillar changes: its call requests move to the new pillar in the desk''s daily aggregates.';
revoke all on function private.chat_sessions_desk_pillar() from public;
create trigger chat_sessions_desk_pillar
  after update of pillar on public.chat_sessions
  for each row when (old.pillar is distinct from new.pillar)
  execute function private.chat_sessions_desk_pillar();

create function private.chat_sessions_delete_call_logs()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  delete from public.specialist_call_logs l where l.chat_session_id = old.id;
  return old;
end
$$;
comment on function private.chat_sessions_delete_call_logs() is 'Before a chat is deleted: its call requests are deleted first (what the foreign key''s cascade would do), while the chat''s pillar can still be read by the desk''s daily aggregates.';
revoke all on function private.chat_sessions_delete_call_logs() from public;
create trigger chat_sessions_delete_call_logs
  before delete on public.chat_sessions
  for each row execute function private.chat_sessions_delete_call_logs();

-------------------------------------------------------------------------------
create function private.call_desk_daily_rebuild(p_org uuid)
returns void
language plpgsql security definer set search_path = ''
as $$
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
$$;
comment on function private.call_desk_daily_rebuild(uuid) is
  'Recomputes the desk''s daily aggregates of one organization (null: all) from its call logs. Run by the timezone trigger and the backfill; the caller holds what keeps the logs still.';
revoke all on function private.call_desk_daily_rebuild(uuid) from public, anon, authenticated;

-- A timezone change moves every request to its new local day: the organization's rows are
-- rebuilt, with its call logs locked against writes meanwhile (a write waiting for the lock then
-- reads the new timezone).
create function private.organizations_desk_timezone()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  lock table public.specialist_call_logs, public.chat_sessions in share mode;
  perform private.call_desk_daily_rebuild(new.id);
  return null;
end
$$;
comment on function private.organizations_desk_timezone() is 'After an organization''s timezone changes: its desk''s daily aggregates are rebuilt on the new local days (call logs locked against writes meanwhile).';
revoke all on function private.organizations_desk_timezone() from public;
create trigger organizations_desk_timezone
  after update of timezone on public.organizations
  for each row when (old.timezone is distinct from new.timezone)
  execute function private.organizations_desk_timezone();

-- Backfill: one statement (the Supabase CLI runs a file's statements without a transaction block,
-- and LOCK needs one): under the lock, whatever the triggers added since they were created is
-- replaced by the exact aggregate of the logs.
do $$
begin
  lock table public.specialist_call_logs, public.chat_sessions in share mode;
  perform private.call_desk_daily_rebuild(null);
end
$$;

-------------------------------------------------------------------------------
-- call_desk_metrics (current body from 20261207150000) reads the daily aggregates: a period costs
-- its days (and at most one day of live rows for the undecided ones), not its requests.
create or replace function public.call_desk_metrics(p_organization_id text, p_from text default null, p_to text default null)
returns jsonb
language plpgsql stable security definer set search_path = '' set jit = off
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
$$;
comment on function public.call_desk_metrics(text, text, text) is
  'Desk metrics of the organization for the requests made in p_from..p_to (organization-local dates, default today, at most a year), from the daily aggregates private.call_desk_daily(_waits): requests_today; requests; called (a first call happened); open; median and p90 wait in seconds from the request (its log''s created_at) to the first call (first attempt or completion), over called requests, as percentile_cont of the waits rounded up to their bucket (1 s under a minute, 1 minute up to a day, 1 hour beyond: never below the exact value, at most one bucket above); within_target (exact) = requests called within call_wait_target_minutes; within_target_share = within_target / requests decided against the target (called, or uncalled for longer than the target), null when none; by_pillar (requests, open, outcomes: {outcome code: requests with that outcome}); by_specialist (completed, outcomes keyed by code, median wait, bucketed as above). Costs the period''s days, not its requests. Specialists and admins of the organization only (PT403); refuses malformed input and From after To (22023 field:*).';
