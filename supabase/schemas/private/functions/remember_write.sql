CREATE OR REPLACE FUNCTION private.remember_write (
  p_result jsonb
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_key uuid := private.write_request_key();
begin
  if v_key is not null then
    update private.write_requests w set result = coalesce(p_result, 'null'::jsonb)
    where w.request_id = v_key and w.user_id = (select auth.uid());
  end if;
  return p_result;
end
$function$;

COMMENT ON FUNCTION "private"."remember_write"(jsonb) IS 'Keeps the answer of a write under its idempotency key, in the same transaction, and returns it.';

REVOKE ALL ON FUNCTION "private"."remember_write"(jsonb) FROM PUBLIC;
