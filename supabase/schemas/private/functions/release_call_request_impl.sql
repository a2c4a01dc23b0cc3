CREATE OR REPLACE FUNCTION private.release_call_request_impl (
  p_call_log_id uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_log public.specialist_call_logs := private.lock_call_log_for_staff(p_call_log_id);
begin
  if v_log.claimed_by is null then
    return to_jsonb(v_log);
  end if;
  perform private.assert_not_claimed_by_other(v_log);
  update public.specialist_call_logs
    set claimed_by = null, claimed_at = null
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."release_call_request_impl"(uuid) TO "service_role";

COMMENT ON FUNCTION "private"."release_call_request_impl"(uuid) IS 'Drops the caller''s own claim on a call request (or a stale claim over 15 minutes old); no claim: no change. Refuses: another specialist''s fresh claim (PT409 claimed_by_other), other organization (PT404), not staff (PT403).';

REVOKE ALL ON FUNCTION "private"."release_call_request_impl"(uuid) FROM PUBLIC;
