CREATE OR REPLACE FUNCTION private.call_appointments_bump_version()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  v_same public.call_appointments := new;
begin
  -- A write that changes nothing (an idempotent repeat) keeps the version.
  v_same.version := old.version;
  v_same.updated_at := old.updated_at;
  if v_same is not distinct from old then
    return v_same;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."call_appointments_bump_version"() IS 'BEFORE UPDATE: version + 1 and updated_at = now() when the appointment really changes; a no-op write keeps both.';

REVOKE ALL ON FUNCTION "private"."call_appointments_bump_version"() FROM PUBLIC;
