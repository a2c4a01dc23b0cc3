CREATE OR REPLACE FUNCTION private.amount_ceiling (
  p_org uuid
)
  RETURNS numeric
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_currency text;
  v_max numeric;
begin
  select o.currency into v_currency from public.organizations o where o.id = p_org;
  select coalesce(max(m.max_amount) filter (where m.currency = v_currency), max(m.max_amount) filter (where m.currency is null))
    into v_max from private.currency_max_amounts() m;
  return v_max;
end
$function$;

COMMENT ON FUNCTION "private"."amount_ceiling"(uuid) IS 'The largest amount one field may hold in the organization''s currency (private.currency_max_amounts; its default row for other currencies).';

REVOKE ALL ON FUNCTION "private"."amount_ceiling"(uuid) FROM PUBLIC;
