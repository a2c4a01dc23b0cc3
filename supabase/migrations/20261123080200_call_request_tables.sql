-- Specialist call requests: chat sessions and messages of members, the specialists' call logs
-- and the sessions they book. Status, pillar and outcome CHECKs come in
-- 20261123080300_status_constraints.sql.

create table public.chat_sessions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  company_id uuid references public.companies (id) on delete set null,
  pillar text,
  status text not null default 'active',
  title text check (title is null or length(title) <= 200),
  phone_escalation_reason text check (phone_escalation_reason is null or length(phone_escalation_reason) <= 1000),
  phone_escalated_at timestamptz,
  phone_contact_made boolean not null default false,
  session_booked_by_specialist uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  ended_at timestamptz
);
comment on table public.chat_sessions is 'A member''s conversation. Call now sets phone_escalated with the reason and phone_escalated_at, from which the wait is counted.';

create table public.chat_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  chat_session_id uuid not null references public.chat_sessions (id) on delete cascade,
  sender_id uuid references public.profiles (id) on delete set null,
  role text not null,
  content text not null check (length(btrim(content)) between 1 and 4000),
  created_at timestamptz not null default now()
);
comment on table public.chat_messages is 'Messages of a chat session, stored and shown in order.';

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  chat_session_id uuid references public.chat_sessions (id) on delete set null,
  user_id uuid not null references public.profiles (id) on delete cascade,
  specialist_id uuid references public.profiles (id) on delete set null,
  booking_date timestamptz not null,
  status text not null default 'scheduled',
  notes text check (notes is null or length(notes) <= 4000),
  created_at timestamptz not null default now()
);
comment on table public.bookings is 'A session booked by a specialist for a member. The date column is booking_date.';

create table public.specialist_call_logs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  chat_session_id uuid not null references public.chat_sessions (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  specialist_id uuid references public.profiles (id) on delete set null,
  call_status text not null default 'pending',
  reason text check (reason is null or length(reason) <= 1000),
  claimed_by uuid references public.profiles (id) on delete set null,
  claimed_at timestamptz,
  attempts integer not null default 0 check (attempts >= 0),
  last_attempt_at timestamptz,
  scheduled_for timestamptz,
  call_notes text check (call_notes is null or length(call_notes) <= 4000),
  outcome text,
  session_booked boolean not null default false,
  booking_id uuid references public.bookings (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz,
  check ((call_status = 'completed') = (completed_at is not null)),
  check (call_status <> 'completed' or outcome is not null)
);
comment on table public.specialist_call_logs is 'One phone-call request of a member and its handling. At most one open (pending or scheduled) per chat session; completion closes that row, never adds another.';

create or replace function private.own_chat_session_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select cs.id from public.chat_sessions cs
  where cs.user_id = (select auth.uid())
    and cs.organization_id in (select private.org_ids_with_role(array['member']))
$$;
comment on function private.own_chat_session_ids() is 'Chat sessions of the caller as a member.';
revoke all on function private.own_chat_session_ids() from public, anon;
grant execute on function private.own_chat_session_ids() to authenticated;

-------------------------------------------------------------------------------
revoke all on public.chat_sessions, public.chat_messages, public.bookings, public.specialist_call_logs from anon, authenticated;
grant select on public.chat_sessions, public.chat_messages, public.bookings, public.specialist_call_logs to authenticated;

alter table public.chat_sessions enable row level security;
alter table public.chat_messages enable row level security;
alter table public.bookings enable row level security;
alter table public.specialist_call_logs enable row level security;

create policy "Members read their own chats, specialists and admins those of their organization"
  on public.chat_sessions for select to authenticated
  using (
    (user_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['member'])))
    or organization_id in (select private.org_ids_with_role(array['admin', 'specialist']))
  );

create policy "Members read their own chat messages, specialists and admins those of their organization"
  on public.chat_messages for select to authenticated
  using (
    chat_session_id in (select private.own_chat_session_ids())
    or organization_id in (select private.org_ids_with_role(array['admin', 'specialist']))
  );

create policy "Members read their own bookings, specialists and admins those of their organization"
  on public.bookings for select to authenticated
  using (
    (user_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['member'])))
    or organization_id in (select private.org_ids_with_role(array['admin', 'specialist']))
  );

create policy "Members read their own call requests, specialists and admins those of their organization"
  on public.specialist_call_logs for select to authenticated
  using (
    (user_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['member'])))
    or organization_id in (select private.org_ids_with_role(array['admin', 'specialist']))
  );

-------------------------------------------------------------------------------
create index chat_sessions_org_status_idx on public.chat_sessions (organization_id, status);
create index chat_sessions_user_id_idx on public.chat_sessions (user_id, created_at desc);
create index chat_sessions_company_id_idx on public.chat_sessions (company_id);
create index chat_sessions_booked_by_idx on public.chat_sessions (session_booked_by_specialist);
create index chat_messages_session_idx on public.chat_messages (chat_session_id, created_at);
create index chat_messages_organization_id_idx on public.chat_messages (organization_id);
create index chat_messages_sender_id_idx on public.chat_messages (sender_id);
create index bookings_organization_id_idx on public.bookings (organization_id, booking_date);
create index bookings_chat_session_id_idx on public.bookings (chat_session_id);
create index bookings_user_id_idx on public.bookings (user_id);
create index bookings_specialist_id_idx on public.bookings (specialist_id);
create index specialist_call_logs_org_status_idx on public.specialist_call_logs (organization_id, call_status, created_at);
create index specialist_call_logs_session_idx on public.specialist_call_logs (chat_session_id);
create index specialist_call_logs_user_id_idx on public.specialist_call_logs (user_id);
create index specialist_call_logs_specialist_id_idx on public.specialist_call_logs (specialist_id);
create index specialist_call_logs_claimed_by_idx on public.specialist_call_logs (claimed_by);
create index specialist_call_logs_booking_id_idx on public.specialist_call_logs (booking_id);

-- Invariant C2: at most one open request per chat session, whoever writes.
create unique index specialist_call_logs_one_open_per_session
  on public.specialist_call_logs (chat_session_id)
  where call_status in ('pending', 'scheduled');
