-- A value set lives in its CHECK constraint only (issue 17, "one change, one place"): write
-- functions ask private.check_allows whether the CHECKs of a column accept a value instead of
-- repeating the set, so a new call outcome is a new CHECK and nothing else in SQL (the TypeScript
-- sets are generated from the same CHECKs: src/domain/generated/status-sets.ts).
-- complete_call_request_impl (current body from 20261202101000) validates its outcome that way.
set lock_timeout = '5s';
set statement_timeout = '60s';

-------------------------------------------------------------------------------
create or replace function private.check_allows(p_table regclass, p_column name, p_value text)
returns boolean
language plpgsql stable security definer set search_path = ''
as $$
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
$$;
comment on function private.check_allows(regclass, name, text) is
  'True when every CHECK constraint on the one column p_column of p_table accepts p_value (a CHECK whose expression is null accepts, as on insert). Lets write functions validate a status or outcome against its CHECK instead of repeating the value set.';
revoke all on function private.check_allows(regclass, name, text) from public, anon, authenticated;

-------------------------------------------------------------------------------
create or replace function private.complete_call_request_impl(
  p_call_log_id uuid, p_outcome text, p_notes text, p_booking_date timestamptz default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_notes text := private.clean_text(p_notes);
  v_log public.specialist_call_logs;
  v_session public.chat_sessions;
  v_booking public.bookings;
begin
  -- The outcomes are the CHECK's set on specialist_call_logs.outcome (one place: a new outcome is a
  -- new CHECK, nothing here).
  if p_outcome is null or not private.check_allows('public.specialist_call_logs', 'outcome', p_outcome) then
    raise exception 'Choose an outcome.' using errcode = '22023', hint = 'field:outcome';
  end if;
  if v_notes is null or length(v_notes) = 0 then
    raise exception 'Write notes about the call.' using errcode = '22023', hint = 'field:notes';
  end if;
  if length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  if p_outcome = 'session_booked' and p_booking_date is null then
    raise exception 'A booked session needs a date and time in the future.' using errcode = '22023', hint = 'field:booking_date';
  end if;
  if p_outcome = 'session_booked' then
    perform private.check_ahead_instant(p_booking_date, 'booking_date', 'The session');
  end if;

  v_log := private.lock_call_log_for_staff(p_call_log_id);
  if v_log.call_status = 'completed' then
    raise exception 'This call request was already completed% at %; nothing was changed.',
      coalesce(' by ' || (select nullif(btrim(p.full_name), '') from public.profiles p where p.id = v_log.specialist_id), ''),
      to_char(v_log.completed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
      using errcode = 'PT409', hint = 'already_completed';
  end if;
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  if p_outcome = 'session_booked' then
    insert into public.bookings (organization_id, chat_session_id, user_id, specialist_id, booking_date, status, notes)
    values (v_log.organization_id, v_log.chat_session_id, v_log.user_id, v_uid, p_booking_date, 'scheduled', v_notes)
    returning * into v_booking;
  end if;

  -- Close the existing open row; never insert a second one.
  update public.specialist_call_logs
    set call_status = 'completed',
        outcome = p_outcome,
        call_notes = v_notes,
        specialist_id = v_uid,
        completed_at = now(),
        session_booked = (p_outcome = 'session_booked'),
        booking_id = v_booking.id
    where id = v_log.id
    returning * into v_log;

  update public.chat_sessions
    set status = case when p_outcome = 'escalated' then 'phone_escalated' else 'resolved' end,
        ended_at = case when p_outcome = 'escalated' then ended_at else now() end,
        phone_contact_made = true,
        session_booked_by_specialist = case when p_outcome = 'session_booked' then v_uid else session_booked_by_specialist end
    where id = v_log.chat_session_id
    returning * into v_session;

  return jsonb_build_object(
    'call_log', to_jsonb(v_log),
    'session', to_jsonb(v_session),
    'booking', case when v_booking.id is null then null else to_jsonb(v_booking) end
  );
end
$$;
