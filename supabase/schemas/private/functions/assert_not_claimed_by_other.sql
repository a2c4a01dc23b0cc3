CREATE OR REPLACE FUNCTION private.assert_not_claimed_by_other (
  p_log public.specialist_call_logs
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_name text;
begin
  if p_log.claimed_by is not null
     and p_log.claimed_by <> (select auth.uid())
     and p_log.claimed_at > now() - interval '15 minutes' then
    select nullif(btrim(p.full_name), '') into v_name from public.profiles p where p.id = p_log.claimed_by;
    raise exception '% is already handling this call request (claimed at %). Try again after they release it or in 15 minutes.',
      coalesce(v_name, 'Another specialist'), to_char(p_log.claimed_at at time zone 'UTC', 'HH24:MI "UTC"')
      using errcode = 'PT409', hint = 'claimed_by_other',
            detail = jsonb_build_object(
              'claimed_by', p_log.claimed_by,
              'claimed_by_name', v_name,
              'claimed_at', to_char(p_log.claimed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."assert_not_claimed_by_other"(public.specialist_call_logs) IS 'Refuses with PT409 claimed_by_other, naming the holder, while another specialist''s claim is under 15 minutes old.';

REVOKE ALL ON FUNCTION "private"."assert_not_claimed_by_other"(public.specialist_call_logs) FROM PUBLIC;
