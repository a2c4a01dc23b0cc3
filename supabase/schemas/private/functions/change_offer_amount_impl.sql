CREATE OR REPLACE FUNCTION private.change_offer_amount_impl (
  p_cohort_student_id uuid,
  p_new_amount        numeric,
  p_reason            text    DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'Reason', 2000, false);
  v_appt uuid;
begin
  perform private.check_amount(p_new_amount, 'new_amount', 'The offer');
  perform private.check_amount_limit(p_new_amount, 'new_amount', 'The offer', v_cs.organization_id);
  if p_new_amount < v_cs.cash_received then
    raise exception 'The offer cannot be below the cash already received (%).', v_cs.cash_received
      using errcode = '22023', hint = 'field:new_amount';
  end if;
  if p_new_amount = v_cs.offer_amount then
    return jsonb_build_object('student', to_jsonb(v_cs));
  end if;
  v_appt := private.student_appointment(v_cs);
  perform set_config('app.change_reason', coalesce(v_reason, ''), true);
  if v_appt is not null then
    update public.call_appointments ca set offer_amount = p_new_amount, updated_by = (select auth.uid()) where ca.id = v_appt;
  else
    update public.cohort_students cs set offer_amount = p_new_amount where cs.id = v_cs.id;
  end if;
  perform set_config('app.change_reason', '', true);
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."change_offer_amount_impl"(uuid, numeric, text) TO "service_role";

COMMENT ON FUNCTION "private"."change_offer_amount_impl"(uuid, numeric, text) IS 'Changes a student''s offer (and its converting appointment''s), with one offer_amount_history row carrying the reason. Refuses a negative offer or one below cash received (22023 field:new_amount), callers who are not cohort staff (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."change_offer_amount_impl"(uuid, numeric, text) FROM PUBLIC;
