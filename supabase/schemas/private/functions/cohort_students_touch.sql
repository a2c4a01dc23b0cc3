CREATE OR REPLACE FUNCTION private.cohort_students_touch()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if to_jsonb(new) - 'updated_at' is distinct from to_jsonb(old) - 'updated_at' then
    new.updated_at := now();
  end if;
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."cohort_students_touch"() IS 'BEFORE UPDATE: updated_at = now() when the student really changes.';

REVOKE ALL ON FUNCTION "private"."cohort_students_touch"() FROM PUBLIC;
