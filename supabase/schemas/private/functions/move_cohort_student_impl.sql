CREATE OR REPLACE FUNCTION private.move_cohort_student_impl (
  p_cohort_student_id uuid,
  p_to_batch_id       uuid,
  p_classes_access    integer DEFAULT NULL::integer
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_batch public.cohort_batches;
  v_appt uuid := private.student_appointment(v_cs);
begin
  if p_to_batch_id is null then
    raise exception 'Choose the batch to move to.' using errcode = '22023', hint = 'field:to_batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_to_batch_id;
  if not found or v_batch.organization_id <> v_cs.organization_id then
    raise exception 'Choose a batch of this organization.' using errcode = '22023', hint = 'field:to_batch_id';
  end if;
  if p_classes_access is not null and p_classes_access not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15.' using errcode = '22023', hint = 'field:classes_access';
  end if;
  if p_to_batch_id = v_cs.cohort_batch_id and (p_classes_access is null or p_classes_access = v_cs.classes_access) then
    return jsonb_build_object('student', to_jsonb(v_cs));
  end if;
  if p_to_batch_id <> v_cs.cohort_batch_id and exists (
    select 1 from public.cohort_students cs where cs.lead_id = v_cs.lead_id and cs.cohort_batch_id = p_to_batch_id) then
    raise exception 'This student is already in the chosen batch.' using errcode = 'PT409', hint = 'already_in_batch';
  end if;
  if v_appt is not null then
    update public.call_appointments ca
      set batch_id = p_to_batch_id, classes_access = coalesce(p_classes_access, ca.classes_access), updated_by = (select auth.uid())
      where ca.id = v_appt;
  else
    update public.cohort_students cs
      set cohort_batch_id = p_to_batch_id, classes_access = coalesce(p_classes_access, cs.classes_access)
      where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."move_cohort_student_impl"(uuid, uuid, integer) TO "service_role";

COMMENT ON FUNCTION "private"."move_cohort_student_impl"(uuid, uuid, integer) IS 'Moves a student (the same row, with its payments) to another batch of its organization, with its converting appointment; a cohort_student_moves row keeps the history. Refuses a batch of another organization or bad classes (22023 field:*), a lead already in the target batch (PT409 already_in_batch), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."move_cohort_student_impl"(uuid, uuid, integer) FROM PUBLIC;
