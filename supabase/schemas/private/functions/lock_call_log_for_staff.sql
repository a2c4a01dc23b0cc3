CREATE OR REPLACE FUNCTION private.lock_call_log_for_staff (
  p_call_log_id uuid
)
  RETURNS public.specialist_call_logs
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
  v_session_id uuid;
  v_log public.specialist_call_logs;
begin
  if v_uid is null then
    raise exception 'Sign in to work on call requests.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_call_log_id is null then
    raise exception 'Choose a call request.' using errcode = '22023', hint = 'field:call_log_id';
  end if;

  select l.chat_session_id into v_session_id
  from public.specialist_call_logs l
  where l.id = p_call_log_id and private.has_role(l.organization_id, array['specialist', 'admin', 'member', 'manager', 'closer', 'cohort_manager']);
  if v_session_id is null then
    raise exception 'This call request does not exist or is not visible to you.' using errcode = 'PT404', hint = 'not_found';
  end if;

  perform 1 from public.chat_sessions s where s.id = v_session_id for update;
  select l.* into v_log from public.specialist_call_logs l where l.id = p_call_log_id for update;

  if not private.has_role(v_log.organization_id, array['specialist', 'admin']) then
    raise exception 'Only specialists and admins of this organization can work on call requests.'
      using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_log;
end
$function$;

COMMENT ON FUNCTION "private"."lock_call_log_for_staff"(uuid) IS 'Locks a call request (session row, then log row) for a specialist/admin of its organization; refuses anyone else (PT403/PT404).';

REVOKE ALL ON FUNCTION "private"."lock_call_log_for_staff"(uuid) FROM PUBLIC;
