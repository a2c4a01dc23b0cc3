CREATE OR REPLACE FUNCTION private.student_money_totals_update()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  -- An INSERT ... ON CONFLICT that inserted fires this with no updated row: nothing to add.
  if not exists (select 1 from new_rows) then
    return null;
  end if;
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select d.organization_id, d.cohort_batch_id, d.closer_id, sum(d.n), sum(d.offered), sum(d.received), sum(d.due)
  from (
    select n.organization_id, n.cohort_batch_id, n.closer_id, 1 as n, n.offer_amount as offered,
      n.cash_received as received, n.due_amount as due
    from new_rows n
    union all
    select o.organization_id, o.cohort_batch_id, o.closer_id, -1, -o.offer_amount, -o.cash_received, -o.due_amount
    from old_rows o
  ) d
  group by d.organization_id, d.cohort_batch_id, d.closer_id
  having sum(d.n) <> 0 or sum(d.offered) <> 0 or sum(d.received) <> 0 or sum(d.due) <> 0
  order by d.cohort_batch_id, d.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."student_money_totals_update"() IS 'Statement trigger on cohort_students: adds the new rows and subtracts the old rows into student_money_totals by (batch, closer), in key order (a batch or closer move moves the money).';

REVOKE ALL ON FUNCTION "private"."student_money_totals_update"() FROM PUBLIC;
