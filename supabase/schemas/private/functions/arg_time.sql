CREATE OR REPLACE FUNCTION private.arg_time (
  p_value text,
  p_field text
)
  RETURNS time WITHOUT time zone
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
begin
  if p_value is null then
    return null;
  end if;
  -- HH:MM or HH:MM:SS(.ffffff) of a 24-hour clock; no 24:00, 'allballs' or 'now'.
  if p_value !~ '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$' then
    raise exception 'That is not a valid time.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return p_value::time;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_time"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_time"(text, text) IS 'Parses an HH:MM[:SS] time argument; refuses anything else with 22023 field:<name>. Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_time"(text, text) FROM PUBLIC;
