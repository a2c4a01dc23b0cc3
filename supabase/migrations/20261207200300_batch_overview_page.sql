set lock_timeout = '5s';
set statement_timeout = '60s';

-- The batch overview is a page, not every batch of the organization (issue 16):
-- list_cohort_batches takes a cohort type, a status, a search (batch name, literal, at most 100
-- characters), limit (1..200, default 25) and offset; the page is read in the order of
-- cohort_batches_org_start_idx (20261207200200: start date newest first, batches without a
-- start date first as they are being planned, then name and id) and only its rows get their
-- money from the running totals; total_count is counted up to offset + 1000 (total_capped: more,
-- "1,000+"), as the other lists. The types' totals (the sums of their batches) come from
-- cohort_type_totals, from the running totals (one row per batch and closer). The function's
-- arguments change: dropped and created again.

drop function if exists public.list_cohort_batches(text);
create function public.list_cohort_batches(
  p_organization_id text,
  p_cohort_type_id text default null,
  p_status text default null,
  p_search text default null,
  p_limit text default null,
  p_offset text default null
)
returns table (
  id uuid, cohort_type_id uuid, cohort_type_name text, name text, status text, start_date date, end_date date,
  students bigint, offered numeric, received numeric, due numeric, written_off numeric,
  total_count bigint, total_capped boolean
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_type uuid := private.arg_uuid(nullif(btrim(p_cohort_type_id), ''), 'cohort_type_id');
  v_status text := private.clean_text(p_status);
  v_search text := private.clean_text(p_search);
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_pattern text;
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if v_search is not null and length(v_search) > 100 then
    raise exception 'Search with at most 100 characters.' using errcode = '22023', hint = 'field:search';
  end if;
  if v_status is not null and length(v_status) > 40 then
    raise exception 'Unknown status.' using errcode = '22023', hint = 'field:status';
  end if;
  v_cap := v_offset + 1000;
  -- Literal text: % and _ typed by the user match themselves.
  v_pattern := case when v_search is null then null
                    else '%' || replace(replace(replace(v_search, '\', '\\'), '%', '\%'), '_', '\_') || '%' end;

  v_ids := array(
    select b.id
    from public.cohort_batches b
    where b.organization_id = v_org
      and (v_type is null or b.cohort_type_id = v_type)
      and (v_status is null or b.status = v_status)
      and (v_pattern is null or b.name ilike v_pattern)
    order by b.start_date desc nulls first, b.name, b.id
    limit v_limit offset v_offset
  );

  select count(*) into v_total from (
    select 1
    from public.cohort_batches b
    where b.organization_id = v_org
      and (v_type is null or b.cohort_type_id = v_type)
      and (v_status is null or b.status = v_status)
      and (v_pattern is null or b.name ilike v_pattern)
    limit v_cap + 1
  ) c;

  return query
  select b.id, b.cohort_type_id, ct.name, b.name, b.status, b.start_date, b.end_date,
    coalesce(t.students, 0)::bigint,
    coalesce(t.offered, 0)::numeric,
    coalesce(t.received, 0)::numeric,
    coalesce(t.due, 0)::numeric,
    coalesce(t.offered - t.received - t.due, 0)::numeric,
    least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.cohort_batches b on b.id = p.id
  join public.cohort_types ct on ct.id = b.cohort_type_id
  left join lateral (
    select sum(m.students) as students, sum(m.offered) as offered, sum(m.received) as received, sum(m.due) as due
    from public.student_money_totals m
    where m.cohort_batch_id = b.id
  ) t on true
  order by p.n;
end
$$;
comment on function public.list_cohort_batches(text, text, text, text, text, text) is
  'A page of the batches of the organization the caller may read (RLS), start date newest first (undated first), then name: optional cohort type, status and search (batch name, literal, at most 100 characters); limit 1..200 (default 25), offset. Each with its type''s name and the count and money of the students the caller may read (from the running totals student_money_totals): offered, received (payments - refunds), due (active students only), written_off = offered - received - due. total_count is counted up to offset + 1000; total_capped = there are more ("1,000+"). Refuses a bad id, number or long search (22023 field:*).';
revoke all on function public.list_cohort_batches(text, text, text, text, text, text) from public, anon;
grant execute on function public.list_cohort_batches(text, text, text, text, text, text) to authenticated;

-------------------------------------------------------------------------------
create function public.cohort_type_totals(p_organization_id text)
returns table (
  cohort_type_id uuid, batches bigint, students bigint, offered numeric, received numeric, due numeric, written_off numeric
)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  return query
  with batches as (
    select b.cohort_type_id, count(*)::bigint as batches
    from public.cohort_batches b
    where b.organization_id = v_org
    group by b.cohort_type_id
  ), money as (
    select b.cohort_type_id, sum(m.students)::bigint as students, sum(m.offered) as offered,
      sum(m.received) as received, sum(m.due) as due
    from public.student_money_totals m
    join public.cohort_batches b on b.id = m.cohort_batch_id
    where m.organization_id = v_org
    group by b.cohort_type_id
  )
  select k.cohort_type_id, k.batches, coalesce(x.students, 0::bigint), coalesce(x.offered, 0::numeric),
    coalesce(x.received, 0::numeric), coalesce(x.due, 0::numeric), coalesce(x.offered - x.received - x.due, 0::numeric)
  from batches k
  left join money x on x.cohort_type_id = k.cohort_type_id
  order by k.cohort_type_id;
end
$$;
comment on function public.cohort_type_totals(text) is
  'Per cohort type of the organization: how many batches the caller may read, and the count and money of their students the caller may read (from the running totals student_money_totals, one row per batch and closer): offered, received, due, written_off = offered - received - due. Refuses a bad id (22023 field:organization_id).';
revoke all on function public.cohort_type_totals(text) from public, anon;
grant execute on function public.cohort_type_totals(text) to authenticated;
