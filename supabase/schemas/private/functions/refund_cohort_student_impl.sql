CREATE OR REPLACE FUNCTION private.refund_cohort_student_impl (
  p_cohort_student_id uuid,
  p_reason            text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The refund reason', 2000, true);
  v_appt uuid := private.student_appointment(v_cs);
begin
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'refunded', refund_reason = v_reason, updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'refunded', refund_reason = v_reason where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text) IS 'Marks a student refunded with the reason; its converting appointment becomes refunded in the same transaction (S1). Refuses a missing reason (22023 field:reason), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."refund_cohort_student_impl"(uuid, text) FROM PUBLIC;
