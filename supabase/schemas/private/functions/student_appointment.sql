CREATE OR REPLACE FUNCTION private.student_appointment (
  p_cs public.cohort_students
)
  RETURNS uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select ca.id from public.call_appointments ca
  where ca.id = p_cs.call_appointment_id and ca.lead_id = p_cs.lead_id and ca.batch_id = p_cs.cohort_batch_id
    and ca.status = any (private.sales_sync_statuses())
$function$;

COMMENT ON FUNCTION "private"."student_appointment"(public.cohort_students) IS 'The call appointment kept in step with this student by S1, or null.';

REVOKE ALL ON FUNCTION "private"."student_appointment"(public.cohort_students) FROM PUBLIC;
