CREATE OR REPLACE FUNCTION private.is_e164 (
  p_value text
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$ select p_value ~ '^\+[1-9][0-9]{6,14}$' $function$;

GRANT EXECUTE ON FUNCTION "private"."is_e164"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."is_e164"(text) IS 'Whether the text is a phone number in E.164 (+ country code and number, 7 to 15 digits, no spaces).';

REVOKE ALL ON FUNCTION "private"."is_e164"(text) FROM PUBLIC;
