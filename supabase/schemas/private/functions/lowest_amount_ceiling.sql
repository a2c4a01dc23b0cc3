CREATE OR REPLACE FUNCTION private.lowest_amount_ceiling()
  RETURNS numeric
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
begin
  return (select min(m.max_amount) from private.currency_max_amounts() m);
end
$function$;

COMMENT ON FUNCTION "private"."lowest_amount_ceiling"() IS 'The lowest amount ceiling of any currency (private.currency_max_amounts): an amount at or below it is within every organization''s ceiling.';

REVOKE ALL ON FUNCTION "private"."lowest_amount_ceiling"() FROM PUBLIC;
