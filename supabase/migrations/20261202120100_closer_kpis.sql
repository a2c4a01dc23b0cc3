-- Sales Closers reads with text arguments (parsed by private.arg_*), the closers' KPI figures for a
-- period, and the calls list's scheduled instant (for the "now" / "overdue" badges).
-- closer_summary and list_closer_calls are replaced (dropped and created: their argument types
-- change, and an overload would make PostgREST's choice ambiguous).

drop function if exists public.closer_summary(uuid);
drop function if exists public.list_closer_calls(uuid, uuid, text[], date, date, text, int, int);

create or replace function public.closer_summary(p_organization_id text)
returns table (closer_id uuid, closer_name text, assigned bigint, converted bigint, not_converted bigint, rescheduled bigint, cash_collected numeric)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
begin
  return query
  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = v_org and m.role = 'closer'
      and (private.has_role(v_org, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), counts as (
    select ca.closer_id,
      count(*) as assigned,
      count(*) filter (where ca.status = any (private.sales_converted_statuses())) as converted,
      count(*) filter (where ca.status = 'not_converted') as not_converted,
      count(*) filter (where ca.status = 'reschedule') as rescheduled,
      coalesce(sum(ca.cash_received), 0) as cash_collected
    from public.call_appointments ca
    where ca.organization_id = v_org and ca.closer_id in (select c.user_id from closers c)
    group by ca.closer_id
  )
  select c.user_id, coalesce(p.full_name, ''), coalesce(k.assigned, 0::bigint), coalesce(k.converted, 0::bigint),
         coalesce(k.not_converted, 0::bigint), coalesce(k.rescheduled, 0::bigint), coalesce(k.cash_collected, 0::numeric)
  from closers c
  left join public.profiles p on p.id = c.user_id
  left join counts k on k.closer_id = c.user_id
  order by coalesce(p.full_name, ''), c.user_id;
end
$$;
comment on function public.closer_summary(text) is 'One row per closer of the organization with assigned / converted / not converted / rescheduled counts and cash collected; a closer sees only their own row, other roles nothing (RLS). Bad id: 22023 field:organization_id.';

create or replace function public.list_closer_calls(
  p_organization_id text,
  p_closer_id text,
  p_statuses text[] default null,
  p_from text default null,
  p_to text default null,
  p_search text default null,
  p_limit text default null,
  p_offset text default null
)
returns table (
  id uuid, lead_id uuid, lead_name text, lead_email text, lead_phone text, scheduled_date date,
  scheduled_time time, scheduled_at timestamptz, status text, batch_id uuid, batch_name text, cohort_type_name text,
  offer_amount numeric, cash_received numeric, due_amount numeric, classes_access int,
  next_follow_up_date date, additional_comments text, version int, bucket text, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_closer uuid := private.arg_uuid(p_closer_id, 'closer_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_search text := private.clean_text(p_search);
  v_today date := private.org_today(v_org);
  v_tz text := coalesce((select o.timezone from public.organizations o where o.id = v_org), 'UTC');
begin
  if v_from is not null and v_to is not null and v_from > v_to then
    raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
  end if;
  return query
  with calls as (
    select ca.*, l.full_name as l_name, l.email as l_email, l.phone as l_phone,
      b.name as b_name, t.name as t_name,
      case when ca.scheduled_date = v_today then 0
           when ca.scheduled_date > v_today then 1 else 2 end as rank
    from public.call_appointments ca
    join public.leads l on l.id = ca.lead_id
    left join public.cohort_batches b on b.id = ca.batch_id
    left join public.cohort_types t on t.id = b.cohort_type_id
    where ca.organization_id = v_org
      and (v_closer is null or ca.closer_id = v_closer)
      and (p_statuses is null or cardinality(p_statuses) = 0 or ca.status = any (p_statuses))
      and (v_from is null or ca.scheduled_date >= v_from)
      and (v_to is null or ca.scheduled_date <= v_to)
      and (v_search is null
           or l.full_name ilike '%' || v_search || '%'
           or l.email ilike '%' || v_search || '%'
           or l.phone ilike '%' || v_search || '%')
  )
  select r.id, r.lead_id, r.l_name, r.l_email, r.l_phone, r.scheduled_date, r.scheduled_time,
    (r.scheduled_date + coalesce(r.scheduled_time, time '00:00')) at time zone v_tz,
    r.status, r.batch_id, r.b_name, r.t_name, r.offer_amount, r.cash_received, r.due_amount, r.classes_access::int,
    r.next_follow_up_date, r.additional_comments, r.version,
    (array['today', 'upcoming', 'past'])[r.rank + 1],
    count(*) over ()
  from calls r
  order by r.rank,
    case when r.rank < 2 then r.scheduled_date end asc,
    case when r.rank < 2 then r.scheduled_time end asc nulls last,
    case when r.rank = 2 then r.scheduled_date end desc,
    case when r.rank = 2 then r.scheduled_time end desc nulls last,
    r.id
  limit v_limit
  offset v_offset;
end
$$;
comment on function public.list_closer_calls(text, text, text[], text, text, text, text, text) is 'A page of a closer''s calls (RLS: closers only their own): today by time, then upcoming ascending, then past descending, in the organization''s timezone; filters by status, date range and lead name/email/phone; total_count is the filtered total; scheduled_at is the scheduled date and time (midnight when no time) as an instant in the organization''s timezone. Refuses malformed ids, dates, numbers and From after To (22023 field:*).';

-------------------------------------------------------------------------------
-- KPI period: presets resolved against "today" in the organization's timezone.
create or replace function private.kpi_period(p_preset text, p_from date, p_to date, p_today date)
returns table (period_from date, period_to date)
language plpgsql immutable set search_path = ''
as $$
begin
  case p_preset
    when 'today' then
      return query select p_today, p_today;
    when 'week' then
      -- ISO week: Monday to Sunday.
      return query select p_today - (extract(isodow from p_today)::int - 1), p_today - (extract(isodow from p_today)::int - 1) + 6;
    when 'month' then
      return query select date_trunc('month', p_today)::date, (date_trunc('month', p_today) + interval '1 month - 1 day')::date;
    when 'custom' then
      if p_from is null then
        raise exception 'Choose the start date.' using errcode = '22023', hint = 'field:from';
      end if;
      if p_to is null then
        raise exception 'Choose the end date.' using errcode = '22023', hint = 'field:to';
      end if;
      if p_from > p_to then
        raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
      end if;
      if p_to - p_from > 366 * 3 then
        raise exception 'Choose a period of at most three years.' using errcode = '22023', hint = 'field:from';
      end if;
      return query select p_from, p_to;
    else
      raise exception 'Choose a period: today, this week, this month or custom.' using errcode = '22023', hint = 'field:preset';
  end case;
end
$$;
comment on function private.kpi_period(text, date, date, date) is 'The dates of a KPI period: today, this ISO week (Monday..Sunday), this month, or a custom From..To (both required, From <= To, at most three years), relative to p_today. Refuses anything else with 22023 field:preset/from/to.';
revoke all on function private.kpi_period(text, date, date, date) from public, anon;
grant execute on function private.kpi_period(text, date, date, date) to authenticated;

create or replace function public.closer_kpis(p_organization_id text, p_preset text default 'today', p_from text default null, p_to text default null)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_today date;
  v_pf date;
  v_pt date;
  v_closers jsonb;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  v_today := private.org_today(v_org);
  select k.period_from, k.period_to into v_pf, v_pt from private.kpi_period(coalesce(p_preset, 'today'), v_from, v_to, v_today) k;

  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = v_org and m.role = 'closer'
      and (private.has_role(v_org, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), ids as (
    select array_agg(c.user_id) as a from closers c
  ), scheduled as (
    -- Calls by their scheduled date (organization-local): today's, the period's, and the period's
    -- decided ones (an outcome other than scheduled / rescheduled / legacy pending).
    select ca.closer_id,
      count(*) filter (where ca.scheduled_date = v_today) as calls_today,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt) as calls,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt
                         and ca.status not in ('scheduled', 'reschedule', 'pending')) as decided,
      count(*) filter (where ca.scheduled_date between v_pf and v_pt
                         and ca.status = any (private.sales_converted_statuses())) as converted_of_calls
    from public.call_appointments ca
    where ca.organization_id = v_org
      and ca.closer_id = any ((select a from ids)::uuid[])
      and (ca.scheduled_date between v_pf and v_pt or ca.scheduled_date = v_today)
    group by ca.closer_id
  ), conversions as (
    -- Sales made in the period: converted appointments by their conversion date.
    select ca.closer_id, count(*) as conversions
    from public.call_appointments ca
    where ca.organization_id = v_org
      and ca.conversion_date between v_pf and v_pt
      and ca.closer_id = any ((select a from ids)::uuid[])
      and ca.status = any (private.sales_converted_statuses())
    group by ca.closer_id
  ), cash as (
    -- Cash collected in the period: the ledger's payments by payment date, to the student's closer.
    select cs.closer_id, sum(p.amount) as cash
    from public.emi_payments p
    join public.cohort_students cs on cs.id = p.cohort_student_id
    where p.organization_id = v_org
      and p.paid_on between v_pf and v_pt
      and cs.closer_id = any ((select a from ids)::uuid[])
    group by cs.closer_id
  ), rows as (
    select c.user_id as closer_id, coalesce(pr.full_name, '') as closer_name,
      coalesce(s.calls_today, 0) as calls_today, coalesce(s.calls, 0) as calls,
      coalesce(s.decided, 0) as decided, coalesce(s.converted_of_calls, 0) as converted_of_calls,
      coalesce(v.conversions, 0) as conversions, coalesce(m.cash, 0) as cash_collected
    from closers c
    left join public.profiles pr on pr.id = c.user_id
    left join scheduled s on s.closer_id = c.user_id
    left join conversions v on v.closer_id = c.user_id
    left join cash m on m.closer_id = c.user_id
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'closer_id', r.closer_id, 'closer_name', r.closer_name, 'calls_today', r.calls_today, 'calls', r.calls,
      'decided', r.decided, 'converted_of_calls', r.converted_of_calls, 'conversions', r.conversions,
      'conversion_rate', case when r.decided > 0 then round(r.converted_of_calls::numeric / r.decided, 4) end,
      'cash_collected', r.cash_collected)
    order by r.closer_name, r.closer_id), '[]'::jsonb)
  into v_closers
  from rows r;

  return jsonb_build_object(
    'period', jsonb_build_object('preset', coalesce(p_preset, 'today'), 'from', v_pf, 'to', v_pt, 'today', v_today),
    'closers', v_closers,
    'total', (
      select jsonb_build_object(
        'calls_today', coalesce(sum((e ->> 'calls_today')::bigint), 0),
        'calls', coalesce(sum((e ->> 'calls')::bigint), 0),
        'decided', coalesce(sum((e ->> 'decided')::bigint), 0),
        'converted_of_calls', coalesce(sum((e ->> 'converted_of_calls')::bigint), 0),
        'conversions', coalesce(sum((e ->> 'conversions')::bigint), 0),
        'conversion_rate', case when coalesce(sum((e ->> 'decided')::bigint), 0) > 0
          then round(sum((e ->> 'converted_of_calls')::bigint)::numeric / sum((e ->> 'decided')::bigint), 4) end,
        'cash_collected', coalesce(sum((e ->> 'cash_collected')::numeric), 0))
      from jsonb_array_elements(v_closers) e)
  );
end
$$;
comment on function public.closer_kpis(text, text, text, text) is
  'KPI figures of the closers for a period in the organization''s timezone (preset today | week (ISO, Monday..Sunday) | month | custom with p_from..p_to): calls today; calls scheduled in the period; decided ones (status other than scheduled/reschedule/pending) and the converted among them, whose ratio is conversion_rate (null when none decided); conversions = appointments in the converted set whose conversion_date is in the period; cash_collected = ledger payments paid in the period on the closer''s students. One object per closer of the organization plus the total of those shown; a closer sees only their own figures, other roles none (RLS). Refuses bad ids, dates, presets and From after To (22023 field:*).';

revoke all on function public.closer_summary(text), public.list_closer_calls(text, text, text[], text, text, text, text, text),
  public.closer_kpis(text, text, text, text) from public, anon;
grant execute on function public.closer_summary(text), public.list_closer_calls(text, text, text[], text, text, text, text, text),
  public.closer_kpis(text, text, text, text) to authenticated;

-- The KPIs' access paths: conversions by date, payments by date.
create index call_appointments_org_conversion_date_idx on public.call_appointments (organization_id, conversion_date)
  where conversion_date is not null;
create index emi_payments_org_paid_on_idx on public.emi_payments (organization_id, paid_on);
