CREATE OR REPLACE FUNCTION private.arg_numeric (
  p_value text,
  p_field text,
  p_scale integer DEFAULT 2
)
  RETURNS numeric
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
declare
  v text := btrim(p_value);
begin
  if p_value is null then
    return null;
  end if;
  if v !~ '^[+-]?[0-9]{1,15}(\.[0-9]+)?$' then
    raise exception 'That is not a valid number.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  -- Trailing zeros are not precision: 12.500 is 12.50.
  if length(coalesce(substring(rtrim(v, '0') from '\.([0-9]*)$'), '')) > p_scale
     and position('.' in v) > 0 then
    raise exception 'Use at most % decimal places.', p_scale using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v::numeric;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_numeric"(text, text, integer) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_numeric"(text, text, integer) IS 'Parses a decimal argument (JSON number or string) with at most p_scale decimals; refuses anything else with 22023 field:<name>. Null stays null. Ranges are the caller''s.';

REVOKE ALL ON FUNCTION "private"."arg_numeric"(text, text, integer) FROM PUBLIC;
