-- Money that means what it says: a refunded or discontinued student owes nothing.
--
-- The rule lives in the data, once: due_amount of cohort_students (and of the converting call
-- appointment, which mirrors it by S1) is offer - cash received while the student is active and 0
-- once refunded or discontinued. Offer and cash received stay as they were, so the paid figures
-- remain visible; every read that sums due_amount (roster, batch totals, per-closer totals, the
-- overview, the closers' calls, the insights) therefore counts active students' dues only.
-- PG 15 cannot change a generated column's expression in place (SET EXPRESSION is PG 17), so the
-- column is dropped and added again (a table rewrite, once).
--
-- The cohort reads list_batch_roster, batch_roster_totals and list_cohort_batches take their
-- arguments as text (parsed by private.arg_*: a bad value is 22023 field:<name>), and the roster
-- gains a conversion-date range; batch_roster_counts gives the filter chips their counts.

alter table public.cohort_students drop column due_amount;
alter table public.cohort_students add column due_amount numeric(12, 2)
  generated always as (case when status in ('refunded', 'discontinued') then 0 else offer_amount - cash_received end) stored;
comment on column public.cohort_students.due_amount is
  'What the student still owes: offer - cash received while active; 0 once refunded or discontinued (they owe nothing; offer and cash received keep their figures).';

alter table public.call_appointments drop column due_amount;
alter table public.call_appointments add column due_amount numeric(12, 2)
  generated always as (case when status in ('refunded', 'discontinued') then 0 else offer_amount - cash_received end) stored;
comment on column public.call_appointments.due_amount is
  'offer - cash received; 0 for a refunded or discontinued call (the same rule as its cohort student).';

-------------------------------------------------------------------------------
-- The old signatures go: an overload taking uuid next to one taking text would be ambiguous to
-- PostgREST (PGRST203).
drop function if exists public.list_batch_roster(uuid, text, text, int, int);
drop function if exists public.batch_roster_totals(uuid);
drop function if exists public.list_cohort_batches(uuid);

-- Parses an optional conversion-date range: both ends YYYY-MM-DD, years 1900..2100, from <= to.
create or replace function private.arg_date_range(p_from text, p_to text)
returns daterange
language plpgsql immutable set search_path = ''
as $$
declare
  v_from date := private.arg_date(nullif(btrim(p_from), ''), 'from');
  v_to date := private.arg_date(nullif(btrim(p_to), ''), 'to');
begin
  if v_from is not null and extract(year from v_from) not between 1900 and 2100 then
    raise exception 'Choose a date between 1900 and 2100.' using errcode = '22023', hint = 'field:from';
  end if;
  if v_to is not null and extract(year from v_to) not between 1900 and 2100 then
    raise exception 'Choose a date between 1900 and 2100.' using errcode = '22023', hint = 'field:to';
  end if;
  if v_from is not null and v_to is not null and v_to < v_from then
    raise exception 'The end date cannot be before the start date.' using errcode = '22023', hint = 'field:to';
  end if;
  return daterange(v_from, v_to, '[]');
end
$$;
comment on function private.arg_date_range(text, text) is 'Parses an optional inclusive date range (from, to as YYYY-MM-DD; either may be empty): refuses bad dates, years outside 1900..2100 and to before from with 22023 field:from / field:to.';
revoke all on function private.arg_date_range(text, text) from public, anon;
grant execute on function private.arg_date_range(text, text) to authenticated;

-------------------------------------------------------------------------------
create or replace function public.list_batch_roster(
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
  classes_access int, conversion_date date, next_follow_up_date date, pay_after_earning boolean,
  notes text, refund_reason text, total_count bigint
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
    cs.offer_amount, cs.cash_received, cs.due_amount, cs.classes_access::int, cs.conversion_date,
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
  'A page of a batch''s students the caller may read (RLS), by lead name, with an optional filter (refunded, discontinued, fully_paid = active and paid in full, follow_up_today in the organization''s timezone, pay_after_earning), conversion-date range (inclusive) and search; total_count is the filtered total. due_amount is 0 for refunded and discontinued students. Refuses a bad id, number, date or range and an unknown filter (22023 field:*).';

create or replace function public.batch_roster_counts(
  p_batch_id text,
  p_search text default null,
  p_from text default null,
  p_to text default null
)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_search text := private.clean_text(p_search);
  v_range daterange := private.arg_date_range(p_from, p_to);
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select jsonb_build_object(
    'all', count(*),
    'refunded', count(*) filter (where cs.status = 'refunded'),
    'discontinued', count(*) filter (where cs.status = 'discontinued'),
    'fully_paid', count(*) filter (where cs.status = 'active' and cs.cash_received >= cs.offer_amount),
    'follow_up_today', count(*) filter (where cs.next_follow_up_date = private.org_today(cs.organization_id)),
    'pay_after_earning', count(*) filter (where cs.pay_after_earning))
  into v_out
  from public.cohort_students cs
  join public.leads l on l.id = cs.lead_id
  where cs.cohort_batch_id = v_batch
    and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
    and (v_search is null
         or l.full_name ilike '%' || v_search || '%'
         or l.email ilike '%' || v_search || '%'
         or l.phone ilike '%' || v_search || '%');
  return v_out;
end
$$;
comment on function public.batch_roster_counts(text, text, text, text) is
  'How many of the batch''s students the caller may read (RLS) each roster filter would show, with the same search and conversion-date range as list_batch_roster: { all, refunded, discontinued, fully_paid, follow_up_today, pay_after_earning }. Refuses bad arguments (22023 field:*).';

create or replace function public.batch_roster_totals(p_batch_id text)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  with s as (
    select cs.closer_id, cs.offer_amount, cs.cash_received, cs.due_amount
    from public.cohort_students cs where cs.cohort_batch_id = v_batch
  ), by_closer as (
    select s.closer_id, count(*) as students, sum(s.offer_amount) as offered,
      sum(s.cash_received) as received, sum(s.due_amount) as due
    from s group by s.closer_id
  )
  select jsonb_build_object(
    'students', (select count(*) from s),
    'offered', (select coalesce(sum(s.offer_amount), 0) from s),
    'received', (select coalesce(sum(s.cash_received), 0) from s),
    'due', (select coalesce(sum(s.due_amount), 0) from s),
    'by_closer', coalesce((
      select jsonb_agg(jsonb_build_object('closer_id', b.closer_id, 'closer_name', p.full_name,
        'students', b.students, 'offered', b.offered, 'received', b.received, 'due', b.due)
        order by p.full_name, b.closer_id)
      from by_closer b left join public.profiles p on p.id = b.closer_id), '[]'::jsonb)
  ) into v_out;
  return v_out;
end
$$;
comment on function public.batch_roster_totals(text) is
  'Totals of the batch''s students the caller may read (RLS): students, offered, received, due, and the same per closer. Refunded and discontinued students count in students, offered and received with their figures, and owe nothing: due sums active students only. Refuses a bad id (22023 field:batch_id).';

create or replace function public.list_cohort_batches(p_organization_id text)
returns table (
  id uuid,
  cohort_type_id uuid,
  name text,
  status text,
  start_date date,
  end_date date,
  students bigint,
  offered numeric,
  received numeric,
  due numeric
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
    coalesce(sum(cs.due_amount), 0)::numeric as due
  from public.cohort_batches b
  left join public.cohort_students cs on cs.cohort_batch_id = b.id
  where b.organization_id = v_org
  group by b.id
  order by b.start_date desc nulls last, b.name;
end
$$;
comment on function public.list_cohort_batches(text) is
  'Batches of the organization the caller may read (RLS), each with the count and money totals of the students the caller may read; due counts active students only (refunded and discontinued owe nothing). Refuses a bad id (22023 field:organization_id).';

revoke execute on function
  public.list_batch_roster(text, text, text, text, text, text, text),
  public.batch_roster_counts(text, text, text, text),
  public.batch_roster_totals(text),
  public.list_cohort_batches(text)
from public, anon;
grant execute on function
  public.list_batch_roster(text, text, text, text, text, text, text),
  public.batch_roster_counts(text, text, text, text),
  public.batch_roster_totals(text),
  public.list_cohort_batches(text)
to authenticated;
