CREATE OR REPLACE FUNCTION private.ledger_signed (
  p_kind   text,
  p_amount numeric
)
  RETURNS numeric
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
begin
  return case when p_kind = 'refund' then -p_amount else p_amount end;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."ledger_signed"(text, numeric) TO "authenticated";

COMMENT ON FUNCTION "private"."ledger_signed"(text, numeric) IS 'What a ledger entry adds to cash received: +amount for a payment, -amount for a refund.';

REVOKE ALL ON FUNCTION "private"."ledger_signed"(text, numeric) FROM PUBLIC;
