CREATE OR REPLACE FUNCTION public.student_payment_history (
  p_cohort_student_id text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_student uuid := private.arg_uuid(p_cohort_student_id, 'cohort_student_id');
  v_out jsonb;
begin
  if v_student is null then
    raise exception 'Choose a student.' using errcode = '22023', hint = 'field:cohort_student_id';
  end if;
  if not exists (select 1 from public.cohort_students cs where cs.id = v_student) then
    raise exception 'Student not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  select jsonb_build_object(
    'student', (select jsonb_build_object('status', cs.status, 'offer_amount', cs.offer_amount,
        'cash_received', cs.cash_received, 'due_amount', cs.due_amount,
        'written_off', cs.offer_amount - cs.cash_received - cs.due_amount)
      from public.cohort_students cs where cs.id = v_student),
    'payments', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', p.id, 'kind', p.kind, 'amount', p.amount, 'paid_on', p.paid_on, 'payment_platform', p.payment_platform,
          'remarks', p.remarks, 'recorded_by', p.created_by, 'recorded_by_name', pr.full_name,
          'created_at', p.created_at, 'updated_at', p.updated_at)
        order by p.paid_on desc, p.created_at desc, p.id)
      from (select * from public.emi_payments e where e.cohort_student_id = v_student
            order by e.paid_on desc, e.created_at desc limit 500) p
      left join public.profiles pr on pr.id = p.created_by), '[]'::jsonb),
    'offer_changes', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', h.id, 'old_amount', h.old_amount, 'new_amount', h.new_amount, 'reason', h.reason,
          'changed_by', h.changed_by, 'changed_by_name', pr.full_name, 'changed_at', h.changed_at)
        order by h.changed_at desc, h.id)
      from (select * from public.offer_amount_history o where o.cohort_student_id = v_student
            order by o.changed_at desc limit 200) h
      left join public.profiles pr on pr.id = h.changed_by), '[]'::jsonb)
  ) into v_out;
  return v_out;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."student_payment_history"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."student_payment_history"(text) TO "service_role";

COMMENT ON FUNCTION "public"."student_payment_history"(text) IS 'The student''s figures now ({ status, offer_amount, cash_received, due_amount, written_off }), its ledger (newest first, at most 500 entries: kind payment or refund, with who recorded each and remarks = a refund''s reason) and its offer changes (newest first, at most 200) with who and why; only what the caller may read (RLS). A student the caller cannot read is PT404 not_found; a bad id 22023 field:cohort_student_id.';

REVOKE ALL ON FUNCTION "public"."student_payment_history"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."student_payment_history"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."student_payment_history"(text) FROM PUBLIC, "anon";
