CREATE OR REPLACE FUNCTION private.arg_int (
  p_value text,
  p_field text
)
  RETURNS integer
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
begin
  if p_value is null then
    return null;
  end if;
  if btrim(p_value) !~ '^[+-]?[0-9]{1,9}$' then
    raise exception 'That is not a valid whole number.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return btrim(p_value)::int;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_int"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_int"(text, text) IS 'Parses a whole-number argument within ±999,999,999; refuses anything else with 22023 field:<name>. Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_int"(text, text) FROM PUBLIC;
