CREATE OR REPLACE FUNCTION private.clean_text (
  p_value text
)
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  AS $function$
begin
  return nullif(regexp_replace(p_value, '^[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+|[\u0009-\u000d\u0020\u0085\u00a0\u00ad\u034f\u061c\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+$', '', 'g'), '');
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."clean_text"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."clean_text"(text) IS 'Trims whitespace and characters that show nothing (Unicode White_Space, Default_Ignorable_Code_Point, U+2800; src/domain/input-rules.ts INVISIBLE_RANGES) at both ends; null when nothing visible is left.';

REVOKE ALL ON FUNCTION "private"."clean_text"(text) FROM PUBLIC;
