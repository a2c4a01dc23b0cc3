CREATE OR REPLACE FUNCTION private.arg_email (
  p_value text,
  p_field text
)
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
declare
  v text := lower(private.clean_text(p_value));
begin
  if v is null then
    raise exception 'Enter an email address.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if length(v) > 254 or v !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That is not a valid email address.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$function$;

COMMENT ON FUNCTION "private"."arg_email"(text, text) IS 'Parses an email address (trimmed, lower case); refuses empty or malformed ones with 22023 field:<name>.';

REVOKE ALL ON FUNCTION "private"."arg_email"(text, text) FROM PUBLIC;
