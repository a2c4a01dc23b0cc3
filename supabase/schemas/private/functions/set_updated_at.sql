CREATE OR REPLACE FUNCTION private.set_updated_at()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  new.updated_at := now();
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."set_updated_at"() IS 'BEFORE UPDATE trigger: sets updated_at to the transaction time on every update.';

REVOKE ALL ON FUNCTION "private"."set_updated_at"() FROM PUBLIC;
