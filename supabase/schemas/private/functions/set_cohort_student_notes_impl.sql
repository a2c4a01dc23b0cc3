CREATE OR REPLACE FUNCTION private.set_cohort_student_notes_impl (
  p_cohort_student_id uuid,
  p_notes             text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_notes text := private.check_text(p_notes, 'notes', 'Notes', 4000, false);
begin
  update public.cohort_students cs set notes = v_notes where cs.id = v_cs.id returning * into v_cs;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."set_cohort_student_notes_impl"(uuid, text) TO "service_role";

COMMENT ON FUNCTION "private"."set_cohort_student_notes_impl"(uuid, text) IS 'Replaces a student''s notes (blank clears them). Refuses notes over 4000 characters (22023 field:notes), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."set_cohort_student_notes_impl"(uuid, text) FROM PUBLIC;
