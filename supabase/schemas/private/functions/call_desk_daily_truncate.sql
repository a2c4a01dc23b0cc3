CREATE OR REPLACE FUNCTION private.call_desk_daily_truncate()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  delete from private.call_desk_daily where true;
  delete from private.call_desk_daily_waits where true;
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."call_desk_daily_truncate"() IS 'Statement trigger on specialist_call_logs: a truncate empties the desk''s daily aggregates.';

REVOKE ALL ON FUNCTION "private"."call_desk_daily_truncate"() FROM PUBLIC;
