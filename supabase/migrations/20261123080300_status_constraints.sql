-- Every status, role, pillar and outcome column gets a CHECK with exactly the sets of
-- src/domain/statuses.ts. Written to apply also to a database carried over from the earlier
-- apps: known legacy spellings are normalized first, the constraints are added NOT VALID, any
-- row still outside its set stops the migration with a message listing those rows (the whole
-- migration rolls back, nothing is half-applied), and only then are they validated.

-- 1. Normalize known legacy spellings.
update public.call_appointments set status = v.new
from (values
  ('rescheduled', 'reschedule'), ('re_schedule', 'reschedule'), ('noshow', 'no_show'),
  ('not_interested', 'not_converted'), ('refund', 'refunded'), ('discontinue', 'discontinued'),
  ('booking', 'booking_amount'), ('converted_advanced', 'converted_advance')
) as v(old, new)
where regexp_replace(lower(btrim(call_appointments.status)), '[\s-]+', '_', 'g') = v.old;
update public.call_appointments
  set status = regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g')
  where status <> regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g');

update public.cohort_students set status = case lower(btrim(status))
    when 'dropped' then 'discontinued' when 'discontinue' then 'discontinued' when 'refund' then 'refunded'
    else lower(btrim(status)) end
  where status <> lower(btrim(status)) or lower(btrim(status)) in ('dropped', 'discontinue', 'refund');

update public.cohort_batches set status = case lower(btrim(status))
    when 'upcoming' then 'planned' when 'ongoing' then 'active' when 'running' then 'active'
    when 'closed' then 'completed' when 'finished' then 'completed' when 'done' then 'completed'
    else lower(btrim(status)) end
  where status <> lower(btrim(status)) or lower(btrim(status)) in ('upcoming', 'ongoing', 'running', 'closed', 'finished', 'done');

update public.memberships set role = regexp_replace(lower(btrim(role)), '[\s-]+', '_', 'g')
  where role <> regexp_replace(lower(btrim(role)), '[\s-]+', '_', 'g');

update public.chat_sessions set status = case regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g')
    when 'escalated' then 'phone_escalated' when 'closed' then 'resolved' when 'completed' then 'resolved'
    else regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g') end
  where status <> regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g')
     or lower(btrim(status)) in ('escalated', 'closed', 'completed');

update public.chat_sessions set pillar = case lower(btrim(pillar))
    when 'psicológico' then 'psychological' when 'psicologico' then 'psychological'
    when 'físico' then 'physical' when 'fisico' then 'physical'
    when 'financeiro' then 'financial' when 'jurídico' then 'legal' when 'juridico' then 'legal'
    else lower(btrim(pillar)) end
  where pillar is not null and pillar not in ('psychological', 'physical', 'financial', 'legal');

update public.chat_messages set role = case lower(btrim(role))
    when 'user' then 'member' when 'ai' then 'assistant' when 'bot' then 'assistant'
    else lower(btrim(role)) end
  where role not in ('member', 'assistant', 'specialist', 'system');

update public.specialist_call_logs set call_status = case lower(btrim(call_status))
    when 'complete' then 'completed' when 'done' then 'completed' when 'no_answer' then 'missed'
    else lower(btrim(call_status)) end
  where call_status not in ('pending', 'scheduled', 'completed', 'missed');

update public.specialist_call_logs set outcome = case regexp_replace(lower(btrim(outcome)), '[\s-]+', '_', 'g')
    when 'resolved' then 'resolved_by_phone' when 'booked' then 'session_booked'
    else regexp_replace(lower(btrim(outcome)), '[\s-]+', '_', 'g') end
  where outcome is not null and outcome not in ('resolved_by_phone', 'session_booked', 'escalated');

update public.bookings set status = case regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g')
    when 'canceled' then 'cancelled' when 'noshow' then 'no_show'
    else regexp_replace(lower(btrim(status)), '[\s-]+', '_', 'g') end
  where status not in ('scheduled', 'completed', 'cancelled', 'no_show');

-- 2. The constraints, not yet validated.
alter table public.call_appointments drop constraint if exists call_appointments_status_check;
alter table public.call_appointments add constraint call_appointments_status_check check (status in (
  'scheduled', 'pending', 'reschedule', 'not_decided', 'so_so', 'not_converted', 'no_show', 'discontinued',
  'booking_amount', 'converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'refunded'
)) not valid;

alter table public.cohort_students drop constraint if exists cohort_students_status_check;
alter table public.cohort_students add constraint cohort_students_status_check
  check (status in ('active', 'refunded', 'discontinued')) not valid;

alter table public.cohort_batches drop constraint if exists cohort_batches_status_check;
alter table public.cohort_batches add constraint cohort_batches_status_check
  check (status in ('planned', 'active', 'completed')) not valid;

alter table public.memberships drop constraint if exists memberships_role_check;
alter table public.memberships add constraint memberships_role_check
  check (role in ('admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member')) not valid;

alter table public.chat_sessions drop constraint if exists chat_sessions_status_check;
alter table public.chat_sessions add constraint chat_sessions_status_check
  check (status in ('active', 'pending', 'phone_escalated', 'resolved', 'abandoned')) not valid;

alter table public.chat_sessions drop constraint if exists chat_sessions_pillar_check;
alter table public.chat_sessions add constraint chat_sessions_pillar_check
  check (pillar in ('psychological', 'physical', 'financial', 'legal')) not valid;

alter table public.chat_messages drop constraint if exists chat_messages_role_check;
alter table public.chat_messages add constraint chat_messages_role_check
  check (role in ('member', 'assistant', 'specialist', 'system')) not valid;

alter table public.specialist_call_logs drop constraint if exists specialist_call_logs_call_status_check;
alter table public.specialist_call_logs add constraint specialist_call_logs_call_status_check
  check (call_status in ('pending', 'scheduled', 'completed', 'missed')) not valid;

alter table public.specialist_call_logs drop constraint if exists specialist_call_logs_outcome_check;
alter table public.specialist_call_logs add constraint specialist_call_logs_outcome_check
  check (outcome in ('resolved_by_phone', 'session_booked', 'escalated')) not valid;

alter table public.bookings drop constraint if exists bookings_status_check;
alter table public.bookings add constraint bookings_status_check
  check (status in ('scheduled', 'completed', 'cancelled', 'no_show')) not valid;

-- 3. Refuse to go on while any row is outside its set, naming the rows.
do $$
declare
  c record;
  bad text;
  report text := '';
begin
  for c in
    select * from (values
      ('call_appointments', 'status', 'call_appointments_status_check'),
      ('cohort_students', 'status', 'cohort_students_status_check'),
      ('cohort_batches', 'status', 'cohort_batches_status_check'),
      ('memberships', 'role', 'memberships_role_check'),
      ('chat_sessions', 'status', 'chat_sessions_status_check'),
      ('chat_sessions', 'pillar', 'chat_sessions_pillar_check'),
      ('chat_messages', 'role', 'chat_messages_role_check'),
      ('specialist_call_logs', 'call_status', 'specialist_call_logs_call_status_check'),
      ('specialist_call_logs', 'outcome', 'specialist_call_logs_outcome_check'),
      ('bookings', 'status', 'bookings_status_check')
    ) as v(tbl, col, con)
  loop
    execute format(
      'select string_agg(format(%L, t.id, t.%I), '', '') from (select id, %I from public.%I where not (%s) limit 20) t',
      '%s (%s)', c.col, c.col, c.tbl,
      (select regexp_replace(pg_get_constraintdef(k.oid), '^CHECK (.*?)( NOT VALID)?$', '\1')
       from pg_constraint k where k.conname = c.con and k.conrelid = format('public.%I', c.tbl)::regclass)
    ) into bad;
    if bad is not null then
      report := report || format(E'\n  %s.%s: %s', c.tbl, c.col, bad);
    end if;
  end loop;
  if report <> '' then
    raise exception 'status constraints not applied: these rows hold values outside the allowed sets; map or fix them and run the migration again:%', report
      using errcode = '23514';
  end if;
end
$$;

-- 4. Validate.
alter table public.call_appointments validate constraint call_appointments_status_check;
alter table public.cohort_students validate constraint cohort_students_status_check;
alter table public.cohort_batches validate constraint cohort_batches_status_check;
alter table public.memberships validate constraint memberships_role_check;
alter table public.chat_sessions validate constraint chat_sessions_status_check;
alter table public.chat_sessions validate constraint chat_sessions_pillar_check;
alter table public.chat_messages validate constraint chat_messages_role_check;
alter table public.specialist_call_logs validate constraint specialist_call_logs_call_status_check;
alter table public.specialist_call_logs validate constraint specialist_call_logs_outcome_check;
alter table public.bookings validate constraint bookings_status_check;
