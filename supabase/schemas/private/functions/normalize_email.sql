CREATE OR REPLACE FUNCTION private.normalize_email (
  p_value text
)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select case when v ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(v) <= 320 then v end
  from (select lower(private.clean_text(p_value)) as v) s
$function$;

GRANT EXECUTE ON FUNCTION "private"."normalize_email"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."normalize_email"(text) IS 'Trimmed, lower-cased email when it has the shape a@b.c (at most 320 characters); null otherwise.';

REVOKE ALL ON FUNCTION "private"."normalize_email"(text) FROM PUBLIC;
