CREATE OR REPLACE FUNCTION private.arg_uuid (
  p_value text,
  p_field text
)
  RETURNS uuid
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
begin
  if p_value is null then
    return null;
  end if;
  if p_value !~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$' then
    raise exception 'That is not a valid id.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return p_value::uuid;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_uuid"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_uuid"(text, text) IS 'Parses a uuid argument; refuses anything else with 22023 field:<name>. Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_uuid"(text, text) FROM PUBLIC;
