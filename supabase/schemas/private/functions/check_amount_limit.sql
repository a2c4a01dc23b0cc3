CREATE OR REPLACE FUNCTION private.check_amount_limit (
  p_value numeric,
  p_field text,
  p_label text,
  p_org   uuid
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_max numeric;
begin
  if p_value is null or p_value <= private.lowest_amount_ceiling() then
    return;
  end if;
  v_max := private.amount_ceiling(p_org);
  if p_value > v_max then
    raise exception '% can be at most % %.', p_label, to_char(v_max, 'FM999,999,999,990'),
      coalesce((select o.currency from public.organizations o where o.id = p_org), '')
      using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."check_amount_limit"(numeric, text, text, uuid) IS 'Refuses an amount above the organization currency''s ceiling (22023 field:<name>).';

REVOKE ALL ON FUNCTION "private"."check_amount_limit"(numeric, text, text, uuid) FROM PUBLIC;
