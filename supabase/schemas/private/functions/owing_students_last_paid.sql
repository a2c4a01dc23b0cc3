CREATE OR REPLACE FUNCTION private.owing_students_last_paid (
  p_students uuid[]
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  SET plan_cache_mode TO 'force_generic_plan'
  AS $function$
begin
  update public.owing_students s
  set last_paid_on = lp.last_paid_on
  from (
    select x.id, (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = x.id and p.kind = 'payment') as last_paid_on
    from (select distinct u.id from unnest(p_students) u (id) where u.id is not null) x
    order by x.id
  ) lp
  where s.student_id = lp.id and s.last_paid_on is distinct from lp.last_paid_on;
end
$function$;

COMMENT ON FUNCTION "private"."owing_students_last_paid"(uuid[]) IS 'Sets owing_students.last_paid_on of the given students to the date of their latest payment (ledger entries of kind payment).';

REVOKE ALL ON FUNCTION "private"."owing_students_last_paid"(uuid[]) FROM PUBLIC;
