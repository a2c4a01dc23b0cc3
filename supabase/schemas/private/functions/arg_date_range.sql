CREATE OR REPLACE FUNCTION private.arg_date_range (
  p_from text,
  p_to   text
)
  RETURNS daterange
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
declare
  v_from date := private.arg_date(nullif(btrim(p_from), ''), 'from');
  v_to date := private.arg_date(nullif(btrim(p_to), ''), 'to');
begin
  if v_from is not null and extract(year from v_from) not between 1900 and 2100 then
    raise exception 'Choose a date between 1900 and 2100.' using errcode = '22023', hint = 'field:from';
  end if;
  if v_to is not null and extract(year from v_to) not between 1900 and 2100 then
    raise exception 'Choose a date between 1900 and 2100.' using errcode = '22023', hint = 'field:to';
  end if;
  if v_from is not null and v_to is not null and v_to < v_from then
    raise exception 'The end date cannot be before the start date.' using errcode = '22023', hint = 'field:to';
  end if;
  return daterange(v_from, v_to, '[]');
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_date_range"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_date_range"(text, text) IS 'Parses an optional inclusive date range (from, to as YYYY-MM-DD; either may be empty): refuses bad dates, years outside 1900..2100 and to before from with 22023 field:from / field:to.';

REVOKE ALL ON FUNCTION "private"."arg_date_range"(text, text) FROM PUBLIC;
