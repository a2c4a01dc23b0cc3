CREATE OR REPLACE FUNCTION private.arg_batch_date (
  p_value text,
  p_field text
)
  RETURNS date
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
declare
  v date := private.arg_date(p_value, p_field);
begin
  if v is not null and (v < date '2000-01-01' or v > date '2100-12-31') then
    raise exception 'The % date must be between 2000-01-01 and 2100-12-31.', case when p_field = 'end_date' then 'end' else 'start' end
      using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."arg_batch_date"(text, text) TO "authenticated";

COMMENT ON FUNCTION "private"."arg_batch_date"(text, text) IS 'Parses a batch start or end date (private.arg_date) and refuses one outside 2000-01-01..2100-12-31 (22023 field:<name>). Null stays null.';

REVOKE ALL ON FUNCTION "private"."arg_batch_date"(text, text) FROM PUBLIC;
