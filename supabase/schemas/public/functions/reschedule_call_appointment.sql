CREATE OR REPLACE FUNCTION public.reschedule_call_appointment (
  p_appointment_id   text,
  p_scheduled_date   text,
  p_scheduled_time   text,
  p_reason           text DEFAULT NULL::text,
  p_expected_version text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('reschedule_call_appointment');
  v_ca public.call_appointments;
  v_date date;
  v_time time;
  v_reason text;
  v_version int;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_ca := private.lock_call_for_desk(private.arg_uuid(p_appointment_id, 'appointment_id'));
  v_date := private.arg_date(p_scheduled_date, 'scheduled_date');
  v_time := private.arg_time(p_scheduled_time, 'scheduled_time');
  v_reason := private.check_text(p_reason, 'reason', 'The reason', 2000, false);
  v_version := private.arg_int(p_expected_version, 'expected_version');
  if private.is_sale(v_ca) then
    raise exception 'This call was converted; it cannot be moved.' using errcode = 'PT409', hint = 'converted_locked';
  end if;
  if v_date is null then
    raise exception 'Choose the new date.' using errcode = '22023', hint = 'field:scheduled_date';
  end if;
  if v_ca.status = 'scheduled' and v_ca.scheduled_date = v_date and v_ca.scheduled_time is not distinct from v_time then
    return private.remember_write(to_jsonb(v_ca));
  end if;
  perform private.check_ahead_date(v_date, v_ca.organization_id, 'scheduled_date', 'The new date');
  if v_date = private.org_today(v_ca.organization_id) and v_time is not null
     and v_time < (now() at time zone private.org_timezone(v_ca.organization_id))::time then
    raise exception 'The new time cannot be in the past.' using errcode = '22023', hint = 'field:scheduled_time';
  end if;
  if v_version is not null and v_version <> v_ca.version then
    raise exception 'This call was changed by someone else; reload it and try again.' using errcode = 'PT409', hint = 'stale_version';
  end if;
  perform set_config('cohort_desk.call_via', 'manual', true);
  -- A moved call is to be held again: scheduled (a cancelled booking is booked again).
  update public.call_appointments ca set
    scheduled_date = v_date,
    scheduled_time = v_time,
    status = 'scheduled',
    cancellation_reason = null,
    additional_comments = coalesce(v_reason, ca.additional_comments),
    updated_by = (select auth.uid())
  where ca.id = v_ca.id
  returning * into v_ca;
  perform set_config('cohort_desk.call_via', '', true);
  return private.remember_write(to_jsonb(v_ca));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) IS 'Admins and managers: moves a call to a new local date (today .. two years ahead) and time; the call is scheduled again (also a cancelled one); the reason goes to the remarks and the history. Refuses a converted call (PT409 converted_locked), a stale version (PT409 stale_version), bad input (22023 field:<name>), other roles (PT403) and other organizations (PT404).';

REVOKE ALL ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."reschedule_call_appointment"(text, text, text, text, text) FROM PUBLIC, "anon";
