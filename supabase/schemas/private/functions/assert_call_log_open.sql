CREATE OR REPLACE FUNCTION private.assert_call_log_open (
  p_log public.specialist_call_logs
)
  RETURNS void
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if p_log.call_status not in ('pending', 'scheduled') then
    raise exception 'This call request is no longer open (it is %).', p_log.call_status
      using errcode = 'PT409', hint = case when p_log.call_status = 'completed' then 'already_completed' else 'not_open' end;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."assert_call_log_open"(public.specialist_call_logs) IS 'Refuses a call request that is not open: PT409 already_completed when completed, not_open otherwise.';

REVOKE ALL ON FUNCTION "private"."assert_call_log_open"(public.specialist_call_logs) FROM PUBLIC;
