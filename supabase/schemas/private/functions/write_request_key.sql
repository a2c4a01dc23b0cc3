CREATE OR REPLACE FUNCTION private.write_request_key()
  RETURNS uuid
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v text := nullif(current_setting('request.headers', true), '')::jsonb ->> 'x-idempotency-key';
begin
  if v is null or v !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return null;
  end if;
  return v::uuid;
exception when others then
  return null; -- malformed request.headers: no key
end
$function$;

COMMENT ON FUNCTION "private"."write_request_key"() IS 'The x-idempotency-key request header as a uuid, or null when absent or not a uuid.';

REVOKE ALL ON FUNCTION "private"."write_request_key"() FROM PUBLIC;
