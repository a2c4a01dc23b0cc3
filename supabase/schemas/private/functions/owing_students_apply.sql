CREATE OR REPLACE FUNCTION private.owing_students_apply (
  p_old public.cohort_students[],
  p_new public.cohort_students[]
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  with o as (
    select x.id, x.organization_id, x.cohort_batch_id, x.due_amount, x.next_follow_up_date, x.conversion_date
    from unnest(p_old) x
    where x.status = 'active' and x.due_amount > 0
  ), n as (
    select x.id, x.organization_id, x.cohort_batch_id, x.due_amount, x.next_follow_up_date, x.conversion_date
    from unnest(p_new) x
    where x.status = 'active' and x.due_amount > 0
  ), d as (
    select coalesce(n.id, o.id) as id, o.id is not null as was_owing, n.id is not null as owes,
      o.organization_id as o_org, o.cohort_batch_id as o_batch, o.due_amount as o_due, o.next_follow_up_date as o_follow_up,
      n.organization_id as n_org, n.cohort_batch_id as n_batch, n.due_amount as n_due, n.next_follow_up_date as n_follow_up,
      n.conversion_date as n_conversion
    from o full join n on n.id = o.id
    where (o.organization_id, o.cohort_batch_id, o.due_amount, o.next_follow_up_date, o.conversion_date)
      is distinct from (n.organization_id, n.cohort_batch_id, n.due_amount, n.next_follow_up_date, n.conversion_date)
  ), gone as (
    delete from public.owing_students s
    using d
    where s.student_id = d.id and not d.owes
  ), kept as (
    insert into public.owing_students as s (student_id, organization_id, cohort_batch_id, due_amount, next_follow_up_date, conversion_date, last_paid_on)
    select d.id, d.n_org, d.n_batch, d.n_due, d.n_follow_up, d.n_conversion,
      (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = d.id and p.kind = 'payment')
    from d
    where d.owes
    order by d.id
    on conflict (student_id) do update
      set organization_id = excluded.organization_id, cohort_batch_id = excluded.cohort_batch_id,
          due_amount = excluded.due_amount, next_follow_up_date = excluded.next_follow_up_date,
          conversion_date = excluded.conversion_date, last_paid_on = excluded.last_paid_on
  ), follow_ups as (
    insert into public.owing_follow_ups as f (organization_id, next_follow_up_date, owing, due)
    select c.org, c.follow_up, sum(c.n), sum(c.due)
    from (
      select d.o_org, d.o_follow_up, -1, -d.o_due from d where d.was_owing and d.o_follow_up is not null
      union all
      select d.n_org, d.n_follow_up, 1, d.n_due from d where d.owes and d.n_follow_up is not null
    ) c (org, follow_up, n, due)
    group by c.org, c.follow_up
    having sum(c.n) <> 0 or sum(c.due) <> 0
    order by c.org, c.follow_up
    on conflict (organization_id, next_follow_up_date) do update
      set owing = f.owing + excluded.owing, due = f.due + excluded.due
  )
  insert into public.owing_student_totals as t (organization_id, cohort_batch_id, owing, due, follow_up)
  select c.org, c.batch, sum(c.n), sum(c.due), sum(c.follow_up)
  from (
    select d.o_org, d.o_batch, -1, -d.o_due, -(d.o_follow_up is not null)::int from d where d.was_owing
    union all
    select d.n_org, d.n_batch, 1, d.n_due, (d.n_follow_up is not null)::int from d where d.owes
  ) c (org, batch, n, due, follow_up)
  group by c.org, c.batch
  having sum(c.n) <> 0 or sum(c.due) <> 0 or sum(c.follow_up) <> 0
  order by c.batch
  on conflict (cohort_batch_id) do update
    set owing = t.owing + excluded.owing, due = t.due + excluded.due, follow_up = t.follow_up + excluded.follow_up;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_apply"(public.cohort_students[], public.cohort_students[]) IS 'Applies one statement''s change of cohort_students (old rows, new rows) to owing_students (rows that owe: upserted with their latest payment date; rows that stopped owing: removed), owing_follow_ups and owing_student_totals (moved by the difference, in key order). Rows whose owing figures did not change are skipped.';

REVOKE ALL ON FUNCTION "private"."owing_students_apply"(public.cohort_students[], public.cohort_students[]) FROM PUBLIC;
