-- Cohort Management overview: every batch of an organization with its student count and money,
-- computed in the database (PostgREST aggregates are off on Supabase projects by default, and the
-- overview must not download every student to count them).

create or replace function public.list_cohort_batches(p_organization_id uuid)
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
language sql stable security invoker set search_path = ''
as $$
  select b.id, b.cohort_type_id, b.name, b.status, b.start_date, b.end_date,
    count(cs.id) as students,
    coalesce(sum(cs.offer_amount), 0) as offered,
    coalesce(sum(cs.cash_received), 0) as received,
    coalesce(sum(cs.due_amount), 0) as due
  from public.cohort_batches b
  left join public.cohort_students cs on cs.cohort_batch_id = b.id
  where b.organization_id = p_organization_id
  group by b.id
  order by b.start_date desc nulls last, b.name
$$;
comment on function public.list_cohort_batches(uuid) is 'Batches of the organization the caller may read (RLS), each with the count and money totals of the students the caller may read.';

revoke execute on function public.list_cohort_batches(uuid) from public, anon;
grant execute on function public.list_cohort_batches(uuid) to authenticated;
