CREATE OR REPLACE FUNCTION private.call_appointments_bump_version()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  -- A write that changes nothing (an idempotent repeat) keeps the version.
  if to_jsonb(new) - 'updated_at' - 'version' is not distinct from to_jsonb(old) - 'updated_at' - 'version' then
    new.version := old.version;
    new.updated_at := old.updated_at;
    return new;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."call_appointments_bump_version"() IS 'BEFORE UPDATE: version + 1 and updated_at = now() when the appointment really changes; a no-op write keeps both.';

REVOKE ALL ON FUNCTION "private"."call_appointments_bump_version"() FROM PUBLIC;
