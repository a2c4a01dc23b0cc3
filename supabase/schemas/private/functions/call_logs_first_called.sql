CREATE OR REPLACE FUNCTION private.call_logs_first_called()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'INSERT' then
    if new.first_called_at is null and (new.attempts > 0 or new.call_status = 'completed') then
      new.first_called_at := coalesce(least(new.last_attempt_at, new.completed_at), now());
    end if;
    return new;
  end if;
  if old.first_called_at is not null then
    new.first_called_at := old.first_called_at;
  elsif new.first_called_at is null then
    if new.attempts > old.attempts then
      new.first_called_at := coalesce(new.last_attempt_at, now());
    elsif new.call_status = 'completed' and old.call_status is distinct from 'completed' then
      new.first_called_at := coalesce(new.completed_at, now());
    end if;
  end if;
  return new;
end
$function$;

COMMENT ON FUNCTION "private"."call_logs_first_called"() IS 'BEFORE INSERT / UPDATE of specialist_call_logs: first_called_at is set once, at the first attempt or completion, and never moves afterwards.';

REVOKE ALL ON FUNCTION "private"."call_logs_first_called"() FROM PUBLIC;
