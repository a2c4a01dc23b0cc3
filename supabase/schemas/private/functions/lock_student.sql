CREATE OR REPLACE FUNCTION private.lock_student (
  p_student_id   uuid,
  p_allow_closer boolean
)
  RETURNS public.cohort_students
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students;
  v_appt uuid;
begin
  if p_student_id is null then
    raise exception 'Choose a student.' using errcode = '22023', hint = 'field:cohort_student_id';
  end if;
  select cs.call_appointment_id into v_appt from public.cohort_students cs where cs.id = p_student_id;
  if v_appt is not null then
    perform 1 from public.call_appointments ca where ca.id = v_appt for update;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = p_student_id for update;
  if not found or not private.has_role(v_cs.organization_id, array['admin', 'manager', 'cohort_manager', 'closer']) then
    raise exception 'Student not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_cs.organization_id, array['admin', 'manager', 'cohort_manager'])
     and not (p_allow_closer and v_cs.closer_id = v_uid and private.has_role(v_cs.organization_id, array['closer'])) then
    raise exception 'You may not change this student.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_cs;
end
$function$;

COMMENT ON FUNCTION "private"."lock_student"(uuid, boolean) IS 'Locks the student (its appointment first) and checks the caller holds admin/manager/cohort_manager in its organization, or is its closer when allowed. Refuses PT404 (unknown or other organization) and PT403.';

REVOKE ALL ON FUNCTION "private"."lock_student"(uuid, boolean) FROM PUBLIC;
