CREATE OR REPLACE FUNCTION private.cohort_students_history()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if new.offer_amount is distinct from old.offer_amount then
    insert into public.offer_amount_history (organization_id, cohort_student_id, old_amount, new_amount, reason, changed_by)
    values (new.organization_id, new.id, old.offer_amount, new.offer_amount,
            left(nullif(current_setting('app.change_reason', true), ''), 2000), (select auth.uid()));
  end if;
  if new.cohort_batch_id is distinct from old.cohort_batch_id then
    insert into public.cohort_student_moves (organization_id, cohort_student_id, from_batch_id, to_batch_id, moved_by)
    values (new.organization_id, new.id, old.cohort_batch_id, new.cohort_batch_id, (select auth.uid()));
    -- A move made on the student directly carries its converting appointment along (S1 stays
    -- true); when the move came from the appointment this finds nothing to change.
    update public.call_appointments ca set batch_id = new.cohort_batch_id
      where ca.id = new.call_appointment_id and ca.lead_id = new.lead_id and ca.batch_id = old.cohort_batch_id;
  end if;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."cohort_students_history"() IS 'AFTER UPDATE on cohort_students: an offer change adds an offer_amount_history row (reason from app.change_reason, changed_by the caller); a batch change adds a cohort_student_moves row and moves the converting appointment too.';

REVOKE ALL ON FUNCTION "private"."cohort_students_history"() FROM PUBLIC;
