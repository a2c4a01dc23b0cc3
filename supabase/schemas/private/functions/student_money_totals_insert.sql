CREATE OR REPLACE FUNCTION private.student_money_totals_insert()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select n.organization_id, n.cohort_batch_id, n.closer_id, count(*), sum(n.offer_amount), sum(n.cash_received), sum(n.due_amount)
  from new_rows n
  group by n.organization_id, n.cohort_batch_id, n.closer_id
  order by n.cohort_batch_id, n.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."student_money_totals_insert"() IS 'Statement trigger on cohort_students: adds the inserted rows into student_money_totals by (batch, closer), in key order.';

REVOKE ALL ON FUNCTION "private"."student_money_totals_insert"() FROM PUBLIC;
