set lock_timeout = '5s';
set statement_timeout = '60s';

-- Every money view shows the same four figures, from the same columns (invariant S3):
--   offered = offer_amount, received = cash_received (payments - refunds, 20261207140000),
--   due = due_amount (0 for refunded / discontinued), written off = offered - received - due,
-- so offered = received + due + written off on every row and every sum: the roster row and CSV,
-- the batch totals and by-closer (which now follow the roster's conversion-date range), the
-- overview's batches, the closers' summary, the closers' KPIs and the insights.
-- Functions whose returned columns change are dropped and created again (same transaction).
-- Every read filters by organization or batch first, as before.

-------------------------------------------------------------------------------
drop function if exists public.list_batch_roster(text, text, text, text, text, text, text);
create function public.list_batch_roster(
  p_batch_id text,
  p_filter text default null,
  p_search text default null,
  p_limit text default '25',
  p_offset text default '0',
  p_from text default null,
  p_to text default null
)
returns table (
  id uuid, lead_id uuid, lead_name text, lead_email text, lead_phone text, closer_id uuid,
  closer_name text, status text, offer_amount numeric, cash_received numeric, due_amount numeric,
  written_off numeric, classes_access int, conversion_date date, next_follow_up_date date,
  pay_after_earning boolean, notes text, refund_reason text, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_filter text := private.clean_text(p_filter);
  v_search text := private.clean_text(p_search);
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 500);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_range daterange := private.arg_date_range(p_from, p_to);
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if v_filter is not null and v_filter not in ('refunded', 'discontinued', 'fully_paid', 'follow_up_today', 'pay_after_earning') then
    raise exception 'Unknown filter.' using errcode = '22023', hint = 'field:filter';
  end if;
  return query
  select cs.id, cs.lead_id, l.full_name, l.email, l.phone, cs.closer_id, p.full_name, cs.status,
    cs.offer_amount, cs.cash_received, cs.due_amount, cs.offer_amount - cs.cash_received - cs.due_amount,
    cs.classes_access::int, cs.conversion_date,
    cs.next_follow_up_date, cs.pay_after_earning, cs.notes, cs.refund_reason, count(*) over ()
  from public.cohort_students cs
  join public.leads l on l.id = cs.lead_id
  left join public.profiles p on p.id = cs.closer_id
  where cs.cohort_batch_id = v_batch
    and (v_filter is null
         or (v_filter = 'refunded' and cs.status = 'refunded')
         or (v_filter = 'discontinued' and cs.status = 'discontinued')
         or (v_filter = 'fully_paid' and cs.status = 'active' and cs.cash_received >= cs.offer_amount)
         or (v_filter = 'follow_up_today' and cs.next_follow_up_date = private.org_today(cs.organization_id))
         or (v_filter = 'pay_after_earning' and cs.pay_after_earning))
    and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
    and (v_search is null
         or l.full_name ilike '%' || v_search || '%'
         or l.email ilike '%' || v_search || '%'
         or l.phone ilike '%' || v_search || '%')
  order by l.full_name, cs.id
  limit v_limit
  offset v_offset;
end
$$;
comment on function public.list_batch_roster(text, text, text, text, text, text, text) is
  'A page of a batch''s students the caller may read (RLS), by lead name, with an optional filter (refunded, discontinued, fully_paid = active and paid in full, follow_up_today in the organization''s timezone, pay_after_earning), conversion-date range (inclusive) and search; total_count is the filtered total. cash_received = payments - refunds; due_amount is 0 for refunded and discontinued students; written_off = offer - received - due. Refuses a bad id, number, date or range and an unknown filter (22023 field:*).';

-------------------------------------------------------------------------------
drop function if exists public.batch_roster_totals(text);
create function public.batch_roster_totals(p_batch_id text, p_from text default null, p_to text default null)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_range daterange := private.arg_date_range(p_from, p_to);
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  with s as (
    select cs.closer_id, cs.offer_amount, cs.cash_received, cs.due_amount
    from public.cohort_students cs
    where cs.cohort_batch_id = v_batch
      and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
  ), by_closer as (
    select s.closer_id, count(*) as students, sum(s.offer_amount) as offered,
      sum(s.cash_received) as received, sum(s.due_amount) as due,
      sum(s.offer_amount - s.cash_received - s.due_amount) as written_off
    from s group by s.closer_id
  ), total as (
    select count(*) as students, coalesce(sum(s.offer_amount), 0) as offered,
      coalesce(sum(s.cash_received), 0) as received, coalesce(sum(s.due_amount), 0) as due,
      coalesce(sum(s.offer_amount - s.cash_received - s.due_amount), 0) as written_off
    from s
  )
  select jsonb_build_object(
    'students', t.students, 'offered', t.offered, 'received', t.received, 'due', t.due,
    'written_off', t.written_off,
    'by_closer', coalesce((
      select jsonb_agg(jsonb_build_object('closer_id', b.closer_id, 'closer_name', p.full_name,
        'students', b.students, 'offered', b.offered, 'received', b.received, 'due', b.due,
        'written_off', b.written_off)
        order by p.full_name, b.closer_id)
      from by_closer b left join public.profiles p on p.id = b.closer_id), '[]'::jsonb)
  ) into v_out
  from total t;
  return v_out;
end
$$;
comment on function public.batch_roster_totals(text, text, text) is
  'Totals of the batch''s students the caller may read (RLS), within the roster''s optional conversion-date range (p_from..p_to inclusive, as list_batch_roster): students, offered, received (payments - refunds), due (active students only), written_off (offered - received - due), and the same per closer. Refuses a bad id or range (22023 field:*).';

-------------------------------------------------------------------------------
drop function if exists public.list_cohort_batches(text);
create function public.list_cohort_batches(p_organization_id text)
returns table (
  id uuid, cohort_type_id uuid, name text, status text, start_date date, end_date date,
  students bigint, offered numeric, received numeric, due numeric, written_off numeric
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  return query
  select b.id, b.cohort_type_id, b.name, b.status, b.start_date, b.end_date,
    count(cs.id) as students,
    coalesce(sum(cs.offer_amount), 0)::numeric as offered,
    coalesce(sum(cs.cash_received), 0)::numeric as received,
    coalesce(sum(cs.due_amount), 0)::numeric as due,
    coalesce(sum(cs.offer_amount - cs.cash_received - cs.due_amount), 0)::numeric as written_off
  from public.cohort_batches b
  left join public.cohort_students cs on cs.cohort_batch_id = b.id
  where b.organization_id = v_org
  group by b.id
  order by b.start_date desc nulls last, b.name;
end
$$;
comment on function public.list_cohort_batches(text) is
  'Batches of the organization the caller may read (RLS), each with the count and money of the students the caller may read: offered, received (payments - refunds), due (active students only), written_off = offered - received - due. Refuses a bad id (22023 field:organization_id).';

-------------------------------------------------------------------------------
-- closer_summary: the closer's money comes from the closer's students (the same rows as the
-- roster and its by-closer totals): students, offered, received, due, written off. cash_collected
-- = received (payments - refunds of those students; kept for existing callers).
drop function if exists public.closer_summary(text);
create function public.closer_summary(p_organization_id text)
returns table (
  closer_id uuid, closer_name text, assigned bigint, converted bigint, not_converted bigint, rescheduled bigint,
  cash_collected numeric, students bigint, offered numeric, received numeric, due numeric, written_off numeric
)
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
      count(*) filter (where ca.status = 'reschedule') as rescheduled
    from public.call_appointments ca
    where ca.organization_id = v_org and ca.closer_id in (select c.user_id from closers c)
    group by ca.closer_id
  ), money as (
    select cs.closer_id, count(*) as students, sum(cs.offer_amount) as offered,
      sum(cs.cash_received) as received, sum(cs.due_amount) as due,
      sum(cs.offer_amount - cs.cash_received - cs.due_amount) as written_off
    from public.cohort_students cs
    where cs.organization_id = v_org and cs.closer_id in (select c.user_id from closers c)
    group by cs.closer_id
  )
  select c.user_id, coalesce(p.full_name, ''), coalesce(k.assigned, 0::bigint), coalesce(k.converted, 0::bigint),
         coalesce(k.not_converted, 0::bigint), coalesce(k.rescheduled, 0::bigint),
         coalesce(m.received, 0::numeric),
         coalesce(m.students, 0::bigint), coalesce(m.offered, 0::numeric), coalesce(m.received, 0::numeric),
         coalesce(m.due, 0::numeric), coalesce(m.written_off, 0::numeric)
  from closers c
  left join public.profiles p on p.id = c.user_id
  left join counts k on k.closer_id = c.user_id
  left join money m on m.closer_id = c.user_id
  order by coalesce(p.full_name, ''), c.user_id;
end
$$;
comment on function public.closer_summary(text) is
  'One row per closer of the organization: assigned / converted / not converted / rescheduled calls, and the money of the closer''s students (cohort_students of any status, the rows of the roster): students, offered, received (payments - refunds), due, written_off = offered - received - due; cash_collected = received. A closer sees only their own row, other roles nothing (RLS). Bad id: 22023 field:organization_id.';

revoke all on function
  public.list_batch_roster(text, text, text, text, text, text, text),
  public.batch_roster_totals(text, text, text),
  public.list_cohort_batches(text),
  public.closer_summary(text)
from public, anon;
grant execute on function
  public.list_batch_roster(text, text, text, text, text, text, text),
  public.batch_roster_totals(text, text, text),
  public.list_cohort_batches(text),
  public.closer_summary(text)
to authenticated;

-------------------------------------------------------------------------------
-- closer_kpis: conversions and cash collected count the same students (the closer's students).
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
    -- Sales made in the period: the closer's students (whatever their status now: a sale later
    -- refunded or discontinued was still made) by conversion date, with their money.
    select cs.closer_id, count(*) as conversions, sum(cs.offer_amount) as offered,
      sum(cs.cash_received) as received, sum(cs.due_amount) as due,
      sum(cs.offer_amount - cs.cash_received - cs.due_amount) as written_off
    from public.cohort_students cs
    where cs.organization_id = v_org
      and cs.conversion_date between v_pf and v_pt
      and cs.closer_id = any ((select a from ids)::uuid[])
    group by cs.closer_id
  ), cash as (
    -- Cash collected in the period: the ledger's entries by date on the closer's students (the
    -- same students as conversions count): payments in, refunds out.
    select cs.closer_id,
      coalesce(sum(p.amount) filter (where p.kind = 'payment'), 0) as paid,
      coalesce(sum(p.amount) filter (where p.kind = 'refund'), 0) as refunded
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
      coalesce(v.conversions, 0) as conversions, coalesce(m.paid, 0) - coalesce(m.refunded, 0) as cash_collected,
      coalesce(m.refunded, 0) as refunds,
      coalesce(v.offered, 0) as offered, coalesce(v.received, 0) as received,
      coalesce(v.due, 0) as due, coalesce(v.written_off, 0) as written_off
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
      'cash_collected', r.cash_collected, 'refunds', r.refunds,
      'offered', r.offered, 'received', r.received, 'due', r.due, 'written_off', r.written_off)
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
        'cash_collected', coalesce(sum((e ->> 'cash_collected')::numeric), 0),
        'refunds', coalesce(sum((e ->> 'refunds')::numeric), 0),
        'offered', coalesce(sum((e ->> 'offered')::numeric), 0),
        'received', coalesce(sum((e ->> 'received')::numeric), 0),
        'due', coalesce(sum((e ->> 'due')::numeric), 0),
        'written_off', coalesce(sum((e ->> 'written_off')::numeric), 0))
      from jsonb_array_elements(v_closers) e)
  );
end
$$;
comment on function public.closer_kpis(text, text, text, text) is
  'KPI figures of the closers for a period in the organization''s timezone (preset today | week (ISO, Monday..Sunday) | month | custom with p_from..p_to): calls today; calls scheduled in the period; decided ones (status other than scheduled/reschedule/pending) and the converted among them, whose ratio is conversion_rate (null when none decided). Conversions = the closer''s students (any status now) whose conversion_date is in the period, with their offered / received / due / written_off (offered = received + due + written_off); cash_collected = ledger payments minus refunds dated in the period on the closer''s students (the same students conversions count), refunds = the refunds alone. One object per closer of the organization plus the total of those shown; a closer sees only their own figures, other roles none (RLS). Refuses bad ids, dates, presets and From after To (22023 field:*).';

-------------------------------------------------------------------------------
-- cohort_insights: the four money figures; collections split payments in and refunds out.
create or replace function public.cohort_insights(
  p_organization_id text,
  p_batch_id text default null,
  p_limit text default '10',
  p_due_soon_offset text default '0',
  p_action_offset text default '0'
)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_batch uuid := private.arg_uuid(nullif(btrim(p_batch_id), ''), 'batch_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 10), 1), 50);
  v_due_offset int := greatest(coalesce(private.arg_int(p_due_soon_offset, 'due_soon_offset'), 0), 0);
  v_action_offset int := greatest(coalesce(private.arg_int(p_action_offset, 'action_offset'), 0), 0);
  v_today date;
  v_week date;
  v_due_soon jsonb;
  v_due_rows jsonb;
  v_due_days jsonb;
  v_aging jsonb;
  v_collections jsonb;
  v_action jsonb;
  v_action_rows jsonb;
  v_money jsonb;
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if not private.has_role(v_org, array['admin', 'manager', 'cohort_manager', 'closer', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_org, array['admin', 'manager', 'cohort_manager']) then
    raise exception 'Only cohort staff can see insights.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_batch is not null and not exists (
    select 1 from public.cohort_batches b where b.id = v_batch and b.organization_id = v_org) then
    raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  v_today := private.org_today(v_org);
  v_week := date_trunc('week', v_today)::date;

  -- The money of the organization's (or the batch's) students: the roster's four figures.
  select jsonb_build_object('students', count(*), 'offered', coalesce(sum(cs.offer_amount), 0),
      'received', coalesce(sum(cs.cash_received), 0), 'due', coalesce(sum(cs.due_amount), 0),
      'written_off', coalesce(sum(cs.offer_amount - cs.cash_received - cs.due_amount), 0))
  into v_money
  from public.cohort_students cs
  where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch);

  -- Due in the next 14 days: totals, per day (for the chart) and one page of students.
  select jsonb_build_object('students', count(*), 'amount', coalesce(sum(cs.due_amount), 0))
  into v_due_soon
  from public.cohort_students cs
  where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch)
    and cs.status = 'active' and cs.due_amount > 0
    and cs.next_follow_up_date >= v_today and cs.next_follow_up_date < v_today + 14;

  select coalesce(jsonb_agg(jsonb_build_object('date', d.day, 'students', d.students, 'amount', d.amount) order by d.day), '[]'::jsonb)
  into v_due_days
  from (
    select cs.next_follow_up_date as day, count(*) as students, sum(cs.due_amount) as amount
    from public.cohort_students cs
    where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch)
      and cs.status = 'active' and cs.due_amount > 0
      and cs.next_follow_up_date >= v_today and cs.next_follow_up_date < v_today + 14
    group by cs.next_follow_up_date
  ) d;

  -- The page is chosen on the student rows alone (soonest first, then by id); only its rows are
  -- joined to leads and batches.
  select coalesce(jsonb_agg(jsonb_build_object(
      'student_id', r.id, 'lead_name', l.full_name, 'batch_id', r.cohort_batch_id, 'batch_name', b.name,
      'due_amount', r.due_amount, 'next_follow_up_date', r.next_follow_up_date) order by r.next_follow_up_date, r.id), '[]'::jsonb)
  into v_due_rows
  from (
    select cs.id, cs.lead_id, cs.cohort_batch_id, cs.due_amount, cs.next_follow_up_date
    from public.cohort_students cs
    where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch)
      and cs.status = 'active' and cs.due_amount > 0
      and cs.next_follow_up_date >= v_today and cs.next_follow_up_date < v_today + 14
    order by cs.next_follow_up_date, cs.id
    limit v_limit offset v_due_offset
  ) r
  join public.leads l on l.id = r.lead_id
  join public.cohort_batches b on b.id = r.cohort_batch_id;

  -- Receivables aging: every bucket, even empty ones, in order.
  select jsonb_agg(jsonb_build_object('bucket', k.bucket, 'students', coalesce(a.students, 0), 'amount', coalesce(a.amount, 0)) order by k.ord)
  into v_aging
  from (values ('0_30', 1), ('31_60', 2), ('61_90', 3), ('90_plus', 4), ('unknown', 5)) as k (bucket, ord)
  left join (
    select case
        when cs.conversion_date is null then 'unknown'
        when v_today - cs.conversion_date <= 30 then '0_30'
        when v_today - cs.conversion_date <= 60 then '31_60'
        when v_today - cs.conversion_date <= 90 then '61_90'
        else '90_plus' end as bucket,
      count(*) as students, sum(cs.due_amount) as amount
    from public.cohort_students cs
    where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch)
      and cs.status = 'active' and cs.due_amount > 0
    group by 1
  ) a on a.bucket = k.bucket;

  -- Collections: this week so far vs last week, per day.
  with days as (
    select p.paid_on, count(*) filter (where p.kind = 'payment') as payments,
      coalesce(sum(p.amount) filter (where p.kind = 'payment'), 0) as amount,
      coalesce(sum(p.amount) filter (where p.kind = 'refund'), 0) as refunds
    from public.emi_payments p
    where p.organization_id = v_org
      and p.paid_on >= v_week - 7 and p.paid_on <= v_today
      -- For a batch, its students' payments (by primary key); the organization needs no join.
      and (v_batch is null or exists (
        select 1 from public.cohort_students cs where cs.id = p.cohort_student_id and cs.cohort_batch_id = v_batch))
    group by p.paid_on
  )
  select jsonb_build_object(
    'this_week', jsonb_build_object('from', v_week, 'to', v_today,
      'payments', coalesce(sum(d.payments) filter (where d.paid_on >= v_week), 0),
      'amount', coalesce(sum(d.amount) filter (where d.paid_on >= v_week), 0),
      'refunds', coalesce(sum(d.refunds) filter (where d.paid_on >= v_week), 0)),
    'last_week', jsonb_build_object('from', v_week - 7, 'to', v_week - 1,
      'payments', coalesce(sum(d.payments) filter (where d.paid_on < v_week), 0),
      'amount', coalesce(sum(d.amount) filter (where d.paid_on < v_week), 0),
      'refunds', coalesce(sum(d.refunds) filter (where d.paid_on < v_week), 0)),
    'by_day', coalesce(jsonb_agg(jsonb_build_object('date', d.paid_on, 'payments', d.payments, 'amount', d.amount, 'refunds', d.refunds) order by d.paid_on)
                       filter (where d.paid_on is not null), '[]'::jsonb))
  into v_collections
  from days d;

  -- Students needing action: counts by reason and one page (most urgent follow-up first). The
  -- latest payment of each student with money due is read once (materialized), by
  -- emi_payments_student_idx; only the page's rows are joined to leads and batches.
  with s as materialized (
    select cs.id, cs.lead_id, cs.cohort_batch_id, cs.due_amount, cs.next_follow_up_date, cs.conversion_date, lp.last_paid_on
    from public.cohort_students cs
    left join lateral (
      select max(p.paid_on) as last_paid_on from public.emi_payments p where p.cohort_student_id = cs.id and p.kind = 'payment'
    ) lp on true
    where cs.organization_id = v_org and (v_batch is null or cs.cohort_batch_id = v_batch)
      and cs.status = 'active' and cs.due_amount > 0
  ), needing as materialized (
    select s.*,
      coalesce(s.last_paid_on, s.conversion_date) < v_today - 30 as no_payment,
      coalesce(s.next_follow_up_date = v_today, false) as follow_up_today,
      coalesce(s.next_follow_up_date < v_today, false) as follow_up_overdue
    from s
    where coalesce(s.last_paid_on, s.conversion_date) < v_today - 30 or s.next_follow_up_date <= v_today
  )
  select jsonb_build_object(
      'students', count(*),
      'no_payment', count(*) filter (where n.no_payment),
      'follow_up_today', count(*) filter (where n.follow_up_today),
      'follow_up_overdue', count(*) filter (where n.follow_up_overdue),
      'amount', coalesce(sum(n.due_amount), 0)),
    coalesce((
      select jsonb_agg(jsonb_build_object(
          'student_id', r.id, 'lead_name', l.full_name, 'batch_id', r.cohort_batch_id, 'batch_name', b.name,
          'due_amount', r.due_amount, 'next_follow_up_date', r.next_follow_up_date, 'last_paid_on', r.last_paid_on,
          'no_payment', coalesce(r.no_payment, false), 'follow_up_today', r.follow_up_today, 'follow_up_overdue', r.follow_up_overdue)
        order by r.k)
      from (
        select n2.*, row_number() over (order by n2.next_follow_up_date nulls last, coalesce(n2.last_paid_on, n2.conversion_date) nulls first, n2.id) as k
        from needing n2
        order by n2.next_follow_up_date nulls last, coalesce(n2.last_paid_on, n2.conversion_date) nulls first, n2.id
        limit v_limit offset v_action_offset
      ) r
      join public.leads l on l.id = r.lead_id
      join public.cohort_batches b on b.id = r.cohort_batch_id), '[]'::jsonb)
  into v_action, v_action_rows
  from needing n;

  return jsonb_build_object(
    'today', v_today,
    'money', v_money,
    'due_soon', v_due_soon || jsonb_build_object('by_day', v_due_days, 'rows', v_due_rows),
    'aging', v_aging,
    'collections', v_collections,
    'needs_action', v_action || jsonb_build_object('rows', v_action_rows));
end
$$;
comment on function public.cohort_insights(text, text, text, text, text) is
  'Money insights of the organization or one of its batches (definitions in docs/api.md): due in the next 14 days (by follow-up date), receivables aging by days since conversion, this week''s collections vs last week (organization timezone), students needing action; totals plus one page (p_limit 1..50) of each list. Cohort staff only (admin, manager, cohort_manager: PT403 for other roles of the organization, PT404 outside it or for a batch of another organization); RLS applies as well. Bad arguments: 22023 field:*.';

comment on function public.cohort_insights(text, text, text, text, text) is
  'Money insights of the organization or one of its batches (definitions in docs/api.md): money (students, offered, received = payments - refunds, due, written_off = offered - received - due), due in the next 14 days (by follow-up date), receivables aging by days since conversion, this week''s collections (payments in, refunds out) vs last week (organization timezone), students needing action; totals plus one page (p_limit 1..50) of each list. Cohort staff only (admin, manager, cohort_manager: PT403 for other roles of the organization, PT404 outside it or for a batch of another organization); RLS applies as well. Bad arguments: 22023 field:*.';
