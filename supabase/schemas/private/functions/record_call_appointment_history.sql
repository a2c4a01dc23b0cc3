CREATE OR REPLACE FUNCTION private.record_call_appointment_history()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
  v_by uuid;
  v_changes jsonb := '{}'::jsonb;
  v_remarks text;
  v_via text := nullif(current_setting('cohort_desk.call_via', true), '');
begin
  -- A token whose user has no profile (deleted since) still records the change, without a name.
  if v_uid is not null then
    select p.id into v_by from public.profiles p where p.id = v_uid;
  end if;
  if tg_op = 'UPDATE' then
    if new.scheduled_date is distinct from old.scheduled_date then
      v_changes := v_changes || jsonb_build_object('scheduled_date', jsonb_build_object('from', old.scheduled_date, 'to', new.scheduled_date));
    end if;
    if new.scheduled_time is distinct from old.scheduled_time then
      v_changes := v_changes || jsonb_build_object('scheduled_time', jsonb_build_object('from', old.scheduled_time, 'to', new.scheduled_time));
    end if;
    if new.closer_id is distinct from old.closer_id then
      v_changes := v_changes || jsonb_build_object('closer_id', jsonb_build_object('from', old.closer_id, 'to', new.closer_id));
    end if;
    if new.batch_id is distinct from old.batch_id then
      v_changes := v_changes || jsonb_build_object('batch_id', jsonb_build_object('from', old.batch_id, 'to', new.batch_id));
    end if;
    if new.refund_reason is distinct from old.refund_reason and new.refund_reason is not null then
      v_changes := v_changes || jsonb_build_object('refund_reason', jsonb_build_object('from', old.refund_reason, 'to', new.refund_reason));
    end if;
    if new.cancellation_reason is distinct from old.cancellation_reason and new.cancellation_reason is not null then
      v_changes := v_changes || jsonb_build_object('cancellation_reason', jsonb_build_object('from', old.cancellation_reason, 'to', new.cancellation_reason));
    end if;
    if new.additional_comments is distinct from old.additional_comments then
      v_remarks := new.additional_comments;
    end if;
  else
    v_remarks := new.additional_comments;
    if new.closer_id is not null then
      v_changes := v_changes || jsonb_build_object('closer_id', jsonb_build_object('from', null, 'to', new.closer_id));
    end if;
  end if;
  if v_via is not null then
    v_changes := v_changes || jsonb_build_object('via', jsonb_build_object('from', null, 'to', v_via));
  end if;
  insert into public.call_appointment_history
    (organization_id, call_appointment_id, changed_by, source, old_status, new_status, changes, remarks)
  values (
    new.organization_id, new.id, v_by, case when v_uid is null then 'database' else 'app' end,
    case when tg_op = 'UPDATE' then old.status end, new.status, v_changes, v_remarks
  );
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."record_call_appointment_history"() IS 'AFTER INSERT / UPDATE of call_appointments: one history row for the creation or the change (status, date, time, closer, batch, cancellation reason), by whatever path; changes.via names the way in when a calls-in function set it.';

REVOKE ALL ON FUNCTION "private"."record_call_appointment_history"() FROM PUBLIC;
