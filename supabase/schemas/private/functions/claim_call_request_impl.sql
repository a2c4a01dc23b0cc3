CREATE OR REPLACE FUNCTION private.claim_call_request_impl (
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
  perform private.assert_call_log_open(v_log);
  if v_log.claimed_by is not distinct from (select auth.uid()) then
    if v_log.claimed_at > now() - interval '1 minute' then
      return to_jsonb(v_log);
    end if;
  else
    perform private.assert_not_claimed_by_other(v_log);
  end if;
  update public.specialist_call_logs
    set claimed_by = (select auth.uid()), claimed_at = now()
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."claim_call_request_impl"(uuid) TO "service_role";

COMMENT ON FUNCTION "private"."claim_call_request_impl"(uuid) IS 'Claims an open call request for the calling specialist/admin of its organization, or renews the caller''s own claim when it is over a minute old (a quicker repeat changes nothing). Refuses: not open (PT409 not_open/already_completed), held by another specialist for under 15 minutes (PT409 claimed_by_other, naming them), other organization (PT404), not staff (PT403).';

REVOKE ALL ON FUNCTION "private"."claim_call_request_impl"(uuid) FROM PUBLIC;
