CREATE OR REPLACE FUNCTION private.student_money_totals_delete()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select o.organization_id, o.cohort_batch_id, o.closer_id, -count(*), -sum(o.offer_amount), -sum(o.cash_received), -sum(o.due_amount)
  from old_rows o
  group by o.organization_id, o.cohort_batch_id, o.closer_id
  order by o.cohort_batch_id, o.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."student_money_totals_delete"() IS 'Statement trigger on cohort_students: subtracts the deleted rows from student_money_totals by (batch, closer), in key order.';

REVOKE ALL ON FUNCTION "private"."student_money_totals_delete"() FROM PUBLIC;
