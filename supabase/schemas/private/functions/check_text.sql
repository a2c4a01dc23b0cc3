CREATE OR REPLACE FUNCTION private.check_text (
  p_value    text,
  p_field    text,
  p_label    text,
  p_max      integer,
  p_required boolean
)
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
declare
  v text := private.clean_text(p_value);
begin
  if p_required and v is null then
    raise exception '% is required.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if length(v) > p_max then
    raise exception '% must be at most % characters.', p_label, p_max using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$function$;

COMMENT ON FUNCTION "private"."check_text"(text, text, text, integer, boolean) IS 'Cleans a text argument with private.clean_text (whitespace/invisible-only = empty); refuses a missing required one or one that is too long (22023 field:<name>).';

REVOKE ALL ON FUNCTION "private"."check_text"(text, text, text, integer, boolean) FROM PUBLIC;
