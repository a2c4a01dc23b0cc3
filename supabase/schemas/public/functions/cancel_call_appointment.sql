CREATE OR REPLACE FUNCTION public.cancel_call_appointment (
  p_appointment_id text,
  p_reason         text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('cancel_call_appointment');
  v_ca public.call_appointments;
  v_reason text;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_ca := private.lock_call_for_desk(private.arg_uuid(p_appointment_id, 'appointment_id'));
  v_reason := private.check_text(p_reason, 'reason', 'The reason', 2000, true);
  if private.is_sale(v_ca) then
    raise exception 'This call was converted; a converted call cannot be cancelled.' using errcode = 'PT409', hint = 'converted_locked';
  end if;
  if v_ca.status = 'cancelled' and v_ca.cancellation_reason is not distinct from v_reason then
    return private.remember_write(to_jsonb(v_ca));
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  update public.call_appointments ca set
    status = 'cancelled',
    cancellation_reason = v_reason,
    updated_by = (select auth.uid())
  where ca.id = v_ca.id
  returning * into v_ca;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(to_jsonb(v_ca));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."cancel_call_appointment"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."cancel_call_appointment"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."cancel_call_appointment"(text, text) IS 'Admins and managers: the call becomes cancelled with the reason (required, at most 2000 characters), kept in the history. Refuses a converted call (PT409 converted_locked), other roles (PT403), other organizations (PT404). Repeating it changes nothing.';

REVOKE ALL ON FUNCTION "public"."cancel_call_appointment"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."cancel_call_appointment"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."cancel_call_appointment"(text, text) FROM PUBLIC, "anon";
