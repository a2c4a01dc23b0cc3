CREATE OR REPLACE FUNCTION private.check_amount (
  p_value numeric,
  p_field text,
  p_label text
)
  RETURNS void
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
begin
  if p_value is null or p_value < 0 then
    raise exception '% must be zero or more.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > 9999999999.99 then
    raise exception '% is too large.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."check_amount"(numeric, text, text) IS 'Refuses a null, negative or oversized amount (22023 field:<name>).';

REVOKE ALL ON FUNCTION "private"."check_amount"(numeric, text, text) FROM PUBLIC;
