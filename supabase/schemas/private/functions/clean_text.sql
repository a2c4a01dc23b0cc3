CREATE OR REPLACE FUNCTION private.clean_text (
  p_value text
)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  -- Whitespace and invisible characters (zero-width space/joiners, BOM, word joiner, soft hyphen,
  -- NBSP and the other Unicode spaces) at either end are removed; text made only of them is null.
  select nullif(
    regexp_replace(
      p_value,
      '^[\s\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+|[\s\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+$',
      '', 'g'),
    '')
$function$;

GRANT EXECUTE ON FUNCTION "private"."clean_text"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."clean_text"(text) IS 'Trims whitespace and invisible characters at both ends; null when nothing visible is left.';

REVOKE ALL ON FUNCTION "private"."clean_text"(text) FROM PUBLIC;
