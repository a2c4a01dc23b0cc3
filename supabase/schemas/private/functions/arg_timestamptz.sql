CREATE OR REPLACE FUNCTION private.arg_timestamptz (
  p_value text,
  p_field text
)
  RETURNS timestamp WITH time zone
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v timestamptz;
begin
  if p_value is null then
    return null;
  end if;
  -- An ISO 8601 instant as JSON.stringify(new Date()) or Date.toISOString() writes it, with an
  -- explicit offset: no 'infinity', 'now', BC or five-digit years.
  if p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$' then
    raise exception 'That is not a valid date and time.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  begin
    v := p_value::timestamptz;
  exception when others then
    raise exception 'That is not a valid date and time.' using errcode = '22023', hint = 'field:' || p_field;
  end;
  return v;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_timestamptz"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_timestamptz"(text, text) IS 'Parses an ISO 8601 timestamp with offset; refuses other forms, infinity and impossible values with 22023 field:<name>. Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_timestamptz"(text, text) FROM PUBLIC;
