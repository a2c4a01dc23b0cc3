-- Call requests: every write of the member chat and the specialists' call queue is one function
-- call, one transaction (docs/api.md "Call requests"). Functions that change a call log lock the
-- chat session first and then the log (`for update`), always in that order, so concurrent calls
-- on one request serialize and never deadlock against each other.
-- Errors: `raise exception '<sentence>' using errcode, hint` as in docs/api.md.

-------------------------------------------------------------------------------
-- updated_at kept by the database, whoever writes.
create or replace function private.set_updated_at()
returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
comment on function private.set_updated_at() is 'BEFORE UPDATE trigger: sets updated_at to the transaction time on every update.';
revoke all on function private.set_updated_at() from public, anon, authenticated;

create trigger chat_sessions_set_updated_at
  before update on public.chat_sessions
  for each row execute function private.set_updated_at();
create trigger specialist_call_logs_set_updated_at
  before update on public.specialist_call_logs
  for each row execute function private.set_updated_at();

-------------------------------------------------------------------------------
-- Shared steps of the call-log functions (called only from the security definer functions
-- below, so nobody else needs execute on them).

-- Locks the request's chat session, then the request, and checks that the caller is a
-- specialist or admin of the request's own organization. Refuses: no session (PT403), unknown
-- or other organization's request (PT404), a member or other role of that organization (PT403).
create or replace function private.lock_call_log_for_staff(p_call_log_id uuid)
returns public.specialist_call_logs
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_session_id uuid;
  v_log public.specialist_call_logs;
begin
  if v_uid is null then
    raise exception 'Sign in to work on call requests.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_call_log_id is null then
    raise exception 'Choose a call request.' using errcode = '22023', hint = 'field:call_log_id';
  end if;

  select l.chat_session_id into v_session_id
  from public.specialist_call_logs l
  where l.id = p_call_log_id and private.has_role(l.organization_id, array['specialist', 'admin', 'member', 'manager', 'closer', 'cohort_manager']);
  if v_session_id is null then
    raise exception 'This call request does not exist or is not visible to you.' using errcode = 'PT404', hint = 'not_found';
  end if;

  perform 1 from public.chat_sessions s where s.id = v_session_id for update;
  select l.* into v_log from public.specialist_call_logs l where l.id = p_call_log_id for update;

  if not private.has_role(v_log.organization_id, array['specialist', 'admin']) then
    raise exception 'Only specialists and admins of this organization can work on call requests.'
      using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_log;
end
$$;
comment on function private.lock_call_log_for_staff(uuid) is
  'Locks a call request (session row, then log row) for a specialist/admin of its organization; refuses anyone else (PT403/PT404).';
revoke all on function private.lock_call_log_for_staff(uuid) from public, anon, authenticated;

-- Refuses (PT409 claimed_by_other) when another specialist claimed the request less than
-- 15 minutes ago, naming them.
create or replace function private.assert_not_claimed_by_other(p_log public.specialist_call_logs)
returns void
language plpgsql security definer set search_path = ''
as $$
declare
  v_name text;
begin
  if p_log.claimed_by is not null
     and p_log.claimed_by <> (select auth.uid())
     and p_log.claimed_at > now() - interval '15 minutes' then
    select nullif(btrim(p.full_name), '') into v_name from public.profiles p where p.id = p_log.claimed_by;
    raise exception '% is already handling this call request (claimed at %). Try again after they release it or in 15 minutes.',
      coalesce(v_name, 'Another specialist'), to_char(p_log.claimed_at at time zone 'UTC', 'HH24:MI "UTC"')
      using errcode = 'PT409', hint = 'claimed_by_other';
  end if;
end
$$;
comment on function private.assert_not_claimed_by_other(public.specialist_call_logs) is
  'Refuses with PT409 claimed_by_other, naming the holder, while another specialist''s claim is under 15 minutes old.';
revoke all on function private.assert_not_claimed_by_other(public.specialist_call_logs) from public, anon, authenticated;

-- Refuses (PT409 not_open) a request that is no longer open.
create or replace function private.assert_call_log_open(p_log public.specialist_call_logs)
returns void
language plpgsql set search_path = ''
as $$
begin
  if p_log.call_status not in ('pending', 'scheduled') then
    raise exception 'This call request is no longer open (it is %).', p_log.call_status
      using errcode = 'PT409', hint = case when p_log.call_status = 'completed' then 'already_completed' else 'not_open' end;
  end if;
end
$$;
comment on function private.assert_call_log_open(public.specialist_call_logs) is
  'Refuses a call request that is not open: PT409 already_completed when completed, not_open otherwise.';
revoke all on function private.assert_call_log_open(public.specialist_call_logs) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- start_chat_session
create or replace function public.start_chat_session(p_organization_id uuid, p_pillar text, p_title text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_company uuid;
  v_session public.chat_sessions;
begin
  if v_uid is null then
    raise exception 'Sign in to start a chat.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_organization_id is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if p_pillar is null or p_pillar not in ('psychological', 'physical', 'financial', 'legal') then
    raise exception 'Choose a topic: psychological, physical, financial or legal.' using errcode = '22023', hint = 'field:pillar';
  end if;
  if p_title is not null and length(p_title) > 200 then
    raise exception 'The title can have at most 200 characters.' using errcode = '22023', hint = 'field:title';
  end if;
  if not private.has_role(p_organization_id, array['member']) then
    raise exception 'Only members of this organization can start a chat here.' using errcode = 'PT403', hint = 'not_allowed';
  end if;

  select m.company_id into v_company
  from public.memberships m
  where m.organization_id = p_organization_id and m.user_id = v_uid and m.role = 'member';

  insert into public.chat_sessions (organization_id, user_id, company_id, pillar, status, title)
  values (p_organization_id, v_uid, v_company, p_pillar, 'active', nullif(btrim(p_title), ''))
  returning * into v_session;
  return to_jsonb(v_session);
end
$$;
comment on function public.start_chat_session(uuid, text, text) is
  'Starts an active chat of the caller as a member of the organization (company from their membership). Refuses: not a member there (PT403), unknown pillar or title over 200 chars (22023).';

-------------------------------------------------------------------------------
-- send_chat_message
create or replace function public.send_chat_message(p_chat_session_id uuid, p_content text)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_session public.chat_sessions;
  v_message public.chat_messages;
begin
  if v_uid is null then
    raise exception 'Sign in to chat.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_content is null or length(btrim(p_content)) = 0 then
    raise exception 'Write a message first.' using errcode = '22023', hint = 'field:content';
  end if;
  if length(btrim(p_content)) > 4000 then
    raise exception 'A message can have at most 4000 characters.' using errcode = '22023', hint = 'field:content';
  end if;

  select s.* into v_session from public.chat_sessions s
  where s.id = p_chat_session_id and s.user_id = v_uid and private.has_role(s.organization_id, array['member'])
  for update;
  if v_session.id is null then
    raise exception 'This chat does not exist or is not yours.' using errcode = 'PT404', hint = 'not_found';
  end if;

  insert into public.chat_messages (organization_id, chat_session_id, sender_id, role, content)
  values (v_session.organization_id, v_session.id, v_uid, 'member', btrim(p_content))
  returning * into v_message;
  update public.chat_sessions set updated_at = now() where id = v_session.id;
  return to_jsonb(v_message);
end
$$;
comment on function public.send_chat_message(uuid, text) is
  'Adds a member message to the caller''s own chat. Refuses: someone else''s or unknown chat (PT404), empty or over 4000 chars (22023 field:content).';

-------------------------------------------------------------------------------
-- request_phone_call ("Call now")
create or replace function public.request_phone_call(p_chat_session_id uuid, p_reason text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_reason text := nullif(btrim(p_reason), '');
  v_session public.chat_sessions;
  v_log public.specialist_call_logs;
begin
  if v_uid is null then
    raise exception 'Sign in to request a call.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if v_reason is not null and length(v_reason) > 1000 then
    raise exception 'The reason can have at most 1000 characters.' using errcode = '22023', hint = 'field:reason';
  end if;

  -- The session lock serializes repeated presses; the partial unique index is the backstop.
  select s.* into v_session from public.chat_sessions s
  where s.id = p_chat_session_id and s.user_id = v_uid and private.has_role(s.organization_id, array['member'])
  for update;
  if v_session.id is null then
    raise exception 'This chat does not exist or is not yours.' using errcode = 'PT404', hint = 'not_found';
  end if;

  select l.* into v_log from public.specialist_call_logs l
  where l.chat_session_id = v_session.id and l.call_status in ('pending', 'scheduled')
  for update;

  if v_log.id is null then
    insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, call_status, reason)
    values (v_session.organization_id, v_session.id, v_uid, 'pending', coalesce(v_reason, v_session.phone_escalation_reason))
    on conflict (chat_session_id) where call_status in ('pending', 'scheduled') do nothing
    returning * into v_log;
    if v_log.id is null then
      select l.* into v_log from public.specialist_call_logs l
      where l.chat_session_id = v_session.id and l.call_status in ('pending', 'scheduled');
    end if;
    -- A new request: the wait counts from now.
    update public.chat_sessions
      set status = 'phone_escalated',
          phone_escalation_reason = coalesce(v_reason, phone_escalation_reason),
          phone_escalated_at = now(),
          ended_at = null
      where id = v_session.id
      returning * into v_session;
  else
    -- A repeat: same request, the wait keeps counting from the first press.
    update public.chat_sessions
      set status = 'phone_escalated',
          phone_escalation_reason = coalesce(v_reason, phone_escalation_reason),
          phone_escalated_at = coalesce(phone_escalated_at, v_log.created_at),
          ended_at = null
      where id = v_session.id
      returning * into v_session;
  end if;

  return jsonb_build_object('session', to_jsonb(v_session), 'call_log', to_jsonb(v_log));
end
$$;
comment on function public.request_phone_call(uuid, text) is
  'Call now: the caller''s own chat, from any status, becomes phone_escalated and has exactly one open call log (a repeat returns the existing one, keeps phone_escalated_at and creates nothing). Refuses: someone else''s or unknown chat (PT404), reason over 1000 chars (22023).';

-------------------------------------------------------------------------------
-- claim_call_request
create or replace function public.claim_call_request(p_call_log_id uuid)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_log public.specialist_call_logs := private.lock_call_log_for_staff(p_call_log_id);
begin
  perform private.assert_call_log_open(v_log);
  if v_log.claimed_by is not distinct from (select auth.uid()) then
    return to_jsonb(v_log);
  end if;
  perform private.assert_not_claimed_by_other(v_log);
  update public.specialist_call_logs
    set claimed_by = (select auth.uid()), claimed_at = now()
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;
comment on function public.claim_call_request(uuid) is
  'Claims an open call request for the calling specialist/admin of its organization; claiming your own claim again changes nothing. Refuses: not open (PT409 not_open/already_completed), held by another specialist for under 15 minutes (PT409 claimed_by_other, naming them), other organization (PT404), not staff (PT403).';

-------------------------------------------------------------------------------
-- release_call_request
create or replace function public.release_call_request(p_call_log_id uuid)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_log public.specialist_call_logs := private.lock_call_log_for_staff(p_call_log_id);
begin
  if v_log.claimed_by is null then
    return to_jsonb(v_log);
  end if;
  perform private.assert_not_claimed_by_other(v_log);
  update public.specialist_call_logs
    set claimed_by = null, claimed_at = null
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;
comment on function public.release_call_request(uuid) is
  'Drops the caller''s own claim on a call request (or a stale claim over 15 minutes old); no claim: no change. Refuses: another specialist''s fresh claim (PT409 claimed_by_other), other organization (PT404), not staff (PT403).';

-------------------------------------------------------------------------------
-- complete_call_request
create or replace function public.complete_call_request(
  p_call_log_id uuid, p_outcome text, p_notes text, p_booking_date timestamptz default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_notes text := btrim(p_notes);
  v_log public.specialist_call_logs;
  v_session public.chat_sessions;
  v_booking public.bookings;
begin
  if p_outcome is null or p_outcome not in ('resolved_by_phone', 'session_booked', 'escalated') then
    raise exception 'Choose an outcome: resolved by phone, session booked or escalated.' using errcode = '22023', hint = 'field:outcome';
  end if;
  if v_notes is null or length(v_notes) = 0 then
    raise exception 'Write notes about the call.' using errcode = '22023', hint = 'field:notes';
  end if;
  if length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  if p_outcome = 'session_booked' and (p_booking_date is null or p_booking_date <= now()) then
    raise exception 'A booked session needs a date and time in the future.' using errcode = '22023', hint = 'field:booking_date';
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
comment on function public.complete_call_request(uuid, text, text, timestamptz) is
  'Completes the existing open call log (never inserts another): outcome, notes, specialist, completed_at; session resolved with ended_at (resolved_by_phone, session_booked) or kept phone_escalated (escalated); phone_contact_made; session_booked creates and links the booking. Refuses with nothing changed: already completed (PT409 already_completed), fresh claim of another specialist (PT409 claimed_by_other), bad outcome/notes/booking date (22023), other organization (PT404), not staff (PT403).';

-------------------------------------------------------------------------------
-- mark_call_missed
create or replace function public.mark_call_missed(p_call_log_id uuid, p_notes text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_notes text := nullif(btrim(p_notes), '');
  v_log public.specialist_call_logs;
begin
  if v_notes is not null and length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  v_log := private.lock_call_log_for_staff(p_call_log_id);
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  update public.specialist_call_logs
    set attempts = attempts + 1,
        last_attempt_at = now(),
        call_status = 'pending',
        call_notes = coalesce(v_notes, call_notes)
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;
comment on function public.mark_call_missed(uuid, text) is
  'Records an unanswered call attempt: attempts + 1, last_attempt_at; the request stays open (pending) and in the queue. Refuses: not open (PT409), another specialist''s fresh claim (PT409 claimed_by_other), notes over 4000 chars (22023), other organization (PT404), not staff (PT403).';

-------------------------------------------------------------------------------
-- schedule_call_follow_up
create or replace function public.schedule_call_follow_up(p_call_log_id uuid, p_scheduled_for timestamptz, p_notes text default null)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_notes text := nullif(btrim(p_notes), '');
  v_log public.specialist_call_logs;
begin
  if p_scheduled_for is null or p_scheduled_for <= now() then
    raise exception 'Choose a follow-up date and time in the future.' using errcode = '22023', hint = 'field:scheduled_for';
  end if;
  if v_notes is not null and length(v_notes) > 4000 then
    raise exception 'Notes can have at most 4000 characters.' using errcode = '22023', hint = 'field:notes';
  end if;
  v_log := private.lock_call_log_for_staff(p_call_log_id);
  perform private.assert_call_log_open(v_log);
  perform private.assert_not_claimed_by_other(v_log);

  update public.specialist_call_logs
    set call_status = 'scheduled',
        scheduled_for = p_scheduled_for,
        call_notes = coalesce(v_notes, call_notes)
    where id = v_log.id
    returning * into v_log;
  return to_jsonb(v_log);
end
$$;
comment on function public.schedule_call_follow_up(uuid, timestamptz, text) is
  'Schedules a follow-up call: call_status scheduled, scheduled_for; the request stays open and in the queue. Refuses: date not in the future or notes over 4000 chars (22023), not open (PT409), another specialist''s fresh claim (PT409 claimed_by_other), other organization (PT404), not staff (PT403).';

-------------------------------------------------------------------------------
-- Reads (security invoker: RLS applies; staff of the organization only).

create or replace function public.list_call_queue(
  p_organization_id uuid, p_company_id uuid default null, p_pillar text default null,
  p_limit int default 25, p_offset int default 0
)
returns table (
  call_log_id uuid, chat_session_id uuid, member_id uuid, member_name text, member_phone text,
  company_id uuid, company_name text, pillar text, reason text, session_status text, call_status text,
  requested_at timestamptz, attempts int, last_attempt_at timestamptz, scheduled_for timestamptz,
  claimed_by uuid, claimed_by_name text, claimed_at timestamptz, total_count bigint
)
language sql stable security invoker set search_path = ''
as $$
  select l.id, l.chat_session_id, l.user_id, mp.full_name, mp.phone,
         s.company_id, c.name, s.pillar, coalesce(l.reason, s.phone_escalation_reason), s.status, l.call_status,
         coalesce(s.phone_escalated_at, l.created_at) as requested_at, l.attempts, l.last_attempt_at, l.scheduled_for,
         l.claimed_by, cp.full_name, l.claimed_at,
         count(*) over ()
  from public.specialist_call_logs l
  -- One primary-key lookup per open log (the limit keeps the planner from hashing every
  -- session of the organization: thousands of open logs against hundreds of thousands of chats).
  join lateral (
    select s0.company_id, s0.pillar, s0.phone_escalation_reason, s0.status, s0.phone_escalated_at
    from public.chat_sessions s0 where s0.id = l.chat_session_id limit 1
  ) s on true
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles cp on cp.id = l.claimed_by
  -- Invariant C1: every open log, whatever the session's status.
  where l.organization_id = p_organization_id
    and l.call_status in ('pending', 'scheduled')
    and (select private.has_role(p_organization_id, array['specialist', 'admin']))
    and (p_company_id is null or s.company_id = p_company_id)
    and (p_pillar is null or s.pillar = p_pillar)
  order by requested_at, l.id
  limit least(greatest(coalesce(p_limit, 25), 1), 200)
  offset greatest(coalesce(p_offset, 0), 0)
$$;
comment on function public.list_call_queue(uuid, uuid, text, int, int) is
  'The specialists'' Pending tab: every open (pending or scheduled) call log of the organization whatever the chat status (invariant C1), oldest request first, paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies.';

create or replace function public.list_resolved_calls(p_organization_id uuid, p_limit int default 25, p_offset int default 0)
returns table (
  call_log_id uuid, chat_session_id uuid, member_name text, company_name text, pillar text, outcome text,
  call_notes text, specialist_id uuid, specialist_name text, completed_at timestamptz, booking_id uuid,
  booking_date timestamptz, total_count bigint
)
language sql stable security invoker set search_path = ''
as $$
  -- Page the completed logs first (count and order need only the log rows and their index),
  -- then look up names for the page's rows only.
  with page as (
    select l.id, l.chat_session_id, l.user_id, l.outcome, l.call_notes, l.specialist_id, l.completed_at, l.booking_id,
           count(*) over () as total_count
    from public.specialist_call_logs l
    where l.organization_id = p_organization_id
      and l.call_status = 'completed'
      and (select private.has_role(p_organization_id, array['specialist', 'admin']))
    order by l.completed_at desc, l.id
    limit least(greatest(coalesce(p_limit, 25), 1), 200)
    offset greatest(coalesce(p_offset, 0), 0)
  )
  select p.id, p.chat_session_id, mp.full_name, c.name, s.pillar, p.outcome,
         p.call_notes, p.specialist_id, sp.full_name, p.completed_at, p.booking_id,
         b.booking_date, p.total_count
  from page p
  left join public.chat_sessions s on s.id = p.chat_session_id
  left join public.profiles mp on mp.id = p.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles sp on sp.id = p.specialist_id
  left join public.bookings b on b.id = p.booking_id
  order by p.completed_at desc, p.id
$$;
comment on function public.list_resolved_calls(uuid, int, int) is
  'The specialists'' Resolved tab: completed call logs of the organization, newest first, paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies.';

-------------------------------------------------------------------------------
-- Indexes for the queue (thousands of open requests among hundreds of thousands of sessions)
-- and the resolved list: only open / only completed rows, in the list's order.
create index specialist_call_logs_open_queue_idx
  on public.specialist_call_logs (organization_id, created_at)
  where call_status in ('pending', 'scheduled');
create index specialist_call_logs_completed_idx
  on public.specialist_call_logs (organization_id, completed_at desc)
  where call_status = 'completed';

-------------------------------------------------------------------------------
revoke all on function
  public.start_chat_session(uuid, text, text),
  public.send_chat_message(uuid, text),
  public.request_phone_call(uuid, text),
  public.claim_call_request(uuid),
  public.release_call_request(uuid),
  public.complete_call_request(uuid, text, text, timestamptz),
  public.mark_call_missed(uuid, text),
  public.schedule_call_follow_up(uuid, timestamptz, text),
  public.list_call_queue(uuid, uuid, text, int, int),
  public.list_resolved_calls(uuid, int, int)
from public, anon;
grant execute on function
  public.start_chat_session(uuid, text, text),
  public.send_chat_message(uuid, text),
  public.request_phone_call(uuid, text),
  public.claim_call_request(uuid),
  public.release_call_request(uuid),
  public.complete_call_request(uuid, text, text, timestamptz),
  public.mark_call_missed(uuid, text),
  public.schedule_call_follow_up(uuid, timestamptz, text),
  public.list_call_queue(uuid, uuid, text, int, int),
  public.list_resolved_calls(uuid, int, int)
to authenticated;
