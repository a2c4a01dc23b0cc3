CREATE OR REPLACE FUNCTION private.currency_max_amounts()
  RETURNS TABLE (
    currency   text,
    max_amount numeric
  )
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
begin
  return query values ('INR', 100000000::numeric),  -- 10 crore rupees
         ('BRL', 5000000::numeric),
         ('USD', 1000000::numeric),
         ('EUR', 1000000::numeric),
         ('GBP', 1000000::numeric),
         (null::text, 100000000::numeric);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."currency_max_amounts"() TO "authenticated";

COMMENT ON FUNCTION "private"."currency_max_amounts"() IS 'The largest amount one field may hold, per currency (null: any other currency). Kept equal to MAX_AMOUNT_BY_CURRENCY of src/domain/money.ts (drift test).';

REVOKE ALL ON FUNCTION "private"."currency_max_amounts"() FROM PUBLIC;
