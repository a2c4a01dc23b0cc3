CREATE OR REPLACE FUNCTION private.arg_timezone (
  p_value text,
  p_field text
)
  RETURNS text
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v text := private.clean_text(p_value);
begin
  -- An IANA name (Area/Location, or UTC); not an abbreviation or a POSIX rule such as EST5EDT.
  if v is null or length(v) > 64
     or (v <> 'UTC' and v !~ '^[A-Za-z]+(/[A-Za-z0-9_+-]+){1,2}$')
     or not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = v) then
    raise exception 'Choose a timezone from the list (for example Asia/Kolkata).' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$function$;

COMMENT ON FUNCTION "private"."arg_timezone"(text, text) IS 'Parses an IANA timezone name the database knows (Area/Location or UTC); refuses anything else with 22023 field:<name>.';

REVOKE ALL ON FUNCTION "private"."arg_timezone"(text, text) FROM PUBLIC;
