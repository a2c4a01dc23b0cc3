CREATE OR REPLACE FUNCTION private.check_allows (
  p_table  regclass,
  p_column name,
  p_value  text
)
  RETURNS boolean
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
-- The EXECUTEd text is a CHECK expression from the catalogue (pg_get_expr), never input; the value
-- is a bound parameter ($1) and the column name goes through %I.
-- @plpgsql_check_options: security_warnings = false
declare
  v_check record;
  v_ok boolean;
begin
  for v_check in
    select pg_catalog.pg_get_expr(k.conbin, k.conrelid) as expr, pg_catalog.format_type(a.atttypid, a.atttypmod) as column_type
    from pg_catalog.pg_constraint k
    join pg_catalog.pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.conrelid = p_table and k.contype = 'c' and pg_catalog.cardinality(k.conkey) = 1 and a.attname = p_column
  loop
    -- A CHECK passes unless its expression is false (null passes), as on insert.
    execute format('select (%s) is not false from (select $1::%s as %I) as candidate', v_check.expr, v_check.column_type, p_column)
      into v_ok using p_value;
    if not v_ok then
      return false;
    end if;
  end loop;
  return true;
end
$function$;

COMMENT ON FUNCTION "private"."check_allows"(regclass, name, text) IS 'True when every CHECK constraint on the one column p_column of p_table accepts p_value (a CHECK whose expression is null accepts, as on insert). Lets write functions validate a status or outcome against its CHECK instead of repeating the value set.';

REVOKE ALL ON FUNCTION "private"."check_allows"(regclass, name, text) FROM PUBLIC;
