CREATE OR REPLACE FUNCTION private.arg_staff_roles (
  p_value jsonb,
  p_field text
)
  RETURNS text[]
  LANGUAGE plpgsql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
declare
  v_roles text[];
  v_bad text;
begin
  if p_value is null or jsonb_typeof(p_value) <> 'array' or jsonb_array_length(p_value) = 0 then
    raise exception 'Choose at least one role.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if jsonb_array_length(p_value) > 10 then
    raise exception 'Choose at most 5 roles.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  select e.value into v_bad from jsonb_array_elements(p_value) e
  where jsonb_typeof(e.value) <> 'string'
     or (e.value #>> '{}') not in ('admin', 'manager', 'closer', 'cohort_manager', 'specialist')
  limit 1;
  if found then
    raise exception 'Unknown role: %.', left(v_bad, 40) using errcode = '22023', hint = 'field:' || p_field;
  end if;
  select array_agg(distinct e #>> '{}' order by e #>> '{}') into v_roles from jsonb_array_elements(p_value) e;
  return v_roles;
end
$function$;

COMMENT ON FUNCTION "private"."arg_staff_roles"(jsonb, text) IS 'Parses a JSON array of staff roles (admin, manager, closer, cohort_manager, specialist), deduplicated and sorted; refuses an empty list or an unknown role with 22023 field:<name>.';

REVOKE ALL ON FUNCTION "private"."arg_staff_roles"(jsonb, text) FROM PUBLIC;
