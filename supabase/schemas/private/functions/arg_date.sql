CREATE OR REPLACE FUNCTION private.arg_date (
  p_value text,
  p_field text
)
  RETURNS date
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
declare
  v date;
begin
  if p_value is null then
    return null;
  end if;
  -- Only a plain calendar date YYYY-MM-DD: no 'infinity', 'epoch', BC dates or years past 9999.
  if p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  begin
    v := to_date(p_value, 'YYYY-MM-DD');
  exception when others then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end;
  -- to_date accepts 2026-02-30 as 2026-03-02: refuse dates that do not exist.
  if to_char(v, 'YYYY-MM-DD') <> p_value or extract(year from v) < 1 then
    raise exception 'That is not a valid date.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_date"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_date"(text, text) IS 'Parses a YYYY-MM-DD date argument; refuses other forms, impossible dates, infinity and BC dates with 22023 field:<name>. Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_date"(text, text) FROM PUBLIC;
