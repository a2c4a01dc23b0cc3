CREATE OR REPLACE FUNCTION private.sales_caller()
  RETURNS uuid
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
begin
  if v_uid is null then
    raise exception 'Sign in to do this.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_uid;
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."sales_caller"() TO "authenticated";

COMMENT ON FUNCTION "private"."sales_caller"() IS 'The signed-in caller; refuses (PT403) when there is none.';

REVOKE ALL ON FUNCTION "private"."sales_caller"() FROM PUBLIC;
