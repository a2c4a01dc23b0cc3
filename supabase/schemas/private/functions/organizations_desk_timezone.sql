CREATE OR REPLACE FUNCTION private.organizations_desk_timezone()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  lock table public.specialist_call_logs, public.chat_sessions in share mode;
  perform private.call_desk_daily_rebuild(new.id);
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."organizations_desk_timezone"() IS 'After an organization''s timezone changes: its desk''s daily aggregates are rebuilt on the new local days (call logs locked against writes meanwhile).';

REVOKE ALL ON FUNCTION "private"."organizations_desk_timezone"() FROM PUBLIC;
