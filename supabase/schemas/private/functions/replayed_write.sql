CREATE OR REPLACE FUNCTION private.replayed_write (
  p_fn text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_key uuid := private.write_request_key();
  v_uid uuid := (select auth.uid());
  v_row private.write_requests;
begin
  if v_key is null or v_uid is null then
    return null;
  end if;
  insert into private.write_requests (request_id, user_id, fn) values (v_key, v_uid, p_fn)
  on conflict (request_id) do nothing;
  if found then
    -- Now and then, forget answers older than a day (indexed, a few rows at a time).
    if random() < 0.02 then
      delete from private.write_requests w
      where w.request_id in (select w2.request_id from private.write_requests w2
                             where w2.created_at < now() - interval '1 day' limit 500);
    end if;
    return null;
  end if;
  select * into v_row from private.write_requests w where w.request_id = v_key;
  if v_row.user_id is distinct from v_uid or v_row.fn is distinct from p_fn then
    raise exception 'This save was already used for something else. Reload the page and try again.'
      using errcode = 'PT409', hint = 'idempotency_key_reused';
  end if;
  return coalesce(v_row.result, 'null'::jsonb);
end
$function$;

COMMENT ON FUNCTION "private"."replayed_write"(text) IS 'First step of every public write function: null when the write must run (no key, or key registered now for this user and function); the stored answer when the same key was committed before (the resend changes nothing). Key of another user or function: PT409 idempotency_key_reused.';

REVOKE ALL ON FUNCTION "private"."replayed_write"(text) FROM PUBLIC;
