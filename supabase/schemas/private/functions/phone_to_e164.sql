CREATE OR REPLACE FUNCTION private.phone_to_e164 (
  p_value text
)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select case when private.is_e164(v) then v end
  from (select regexp_replace(regexp_replace(coalesce(p_value, ''), '[\s().\-\u00a0]', '', 'g'), '^00', '+') as v) s
$function$;

GRANT EXECUTE ON FUNCTION "private"."phone_to_e164"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."phone_to_e164"(text) IS 'A stored phone as E.164 when it already is one up to punctuation; null otherwise (numbers without a country code are not guessed here).';

REVOKE ALL ON FUNCTION "private"."phone_to_e164"(text) FROM PUBLIC;
