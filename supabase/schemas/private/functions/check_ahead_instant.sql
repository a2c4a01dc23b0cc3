CREATE OR REPLACE FUNCTION private.check_ahead_instant (
  p_value timestamp with time zone,
  p_field text,
  p_label text
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
begin
  if p_value is null then
    return;
  end if;
  if p_value <= now() then
    raise exception '% must be in the future.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > now() + interval '2 years' then
    raise exception '% cannot be more than two years ahead.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."check_ahead_instant"(timestamp with time zone, text, text) IS 'Refuses an instant not after now or more than two years ahead (22023 field:<name>). Null passes.';

REVOKE ALL ON FUNCTION "private"."check_ahead_instant"(timestamp WITH time zone, text, text) FROM PUBLIC;
