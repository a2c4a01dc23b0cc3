CREATE OR REPLACE FUNCTION private.check_ahead_date (
  p_value date,
  p_org   uuid,
  p_field text,
  p_label text
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_today date := private.org_today(p_org);
begin
  if p_value is null then
    return;
  end if;
  if p_value < v_today then
    raise exception '% cannot be in the past.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value > (v_today + interval '2 years')::date then
    raise exception '% cannot be more than two years ahead.', p_label using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."check_ahead_date"(date, uuid, text, text) IS 'Refuses a date before today or more than two years ahead in the organization''s timezone (22023 field:<name>). Null passes.';

REVOKE ALL ON FUNCTION "private"."check_ahead_date"(date, uuid, text, text) FROM PUBLIC;
