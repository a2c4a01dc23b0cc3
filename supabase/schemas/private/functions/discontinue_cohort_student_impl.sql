CREATE OR REPLACE FUNCTION private.discontinue_cohort_student_impl (
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
  v_reason text := private.check_text(p_reason, 'reason', 'The reason', 2000, false);
  v_appt uuid := private.student_appointment(v_cs);
begin
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'discontinued', additional_comments = coalesce(v_reason, ca.additional_comments), updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'discontinued' where cs.id = v_cs.id;
  end if;
  if v_reason is not null then
    update public.cohort_students cs
      set notes = left(concat_ws(E'\n', cs.notes, 'Discontinued: ' || v_reason), 4000)
      where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."discontinue_cohort_student_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."discontinue_cohort_student_impl"(uuid, text) IS 'Marks a student discontinued (reason kept in its notes); its converting appointment becomes discontinued in the same transaction (S1). Refuses callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."discontinue_cohort_student_impl"(uuid, text) FROM PUBLIC;
