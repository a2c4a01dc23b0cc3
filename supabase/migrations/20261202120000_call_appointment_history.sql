-- Status history of call appointments: who changed what, when.
--
-- Filled by triggers on call_appointments, so every path records it: the app's functions
-- (convert, status update, whatever db functions are added later), the S1 / ledger triggers, an
-- admin's SQL as the table owner. A row is written when the appointment is created and whenever
-- its status, date, time, closer or batch changes (a payment that only moves cash_received writes
-- nothing: the ledger is its history). Read through list_call_status_history (security invoker):
-- the same people who read the appointment read its history.

create table public.call_appointment_history (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  call_appointment_id uuid not null references public.call_appointments (id) on delete cascade,
  changed_at timestamptz not null default now(),
  changed_by uuid references public.profiles (id) on delete set null,
  source text not null check (source in ('app', 'database')),
  old_status text,
  new_status text not null,
  changes jsonb not null default '{}'::jsonb,
  remarks text
);
comment on table public.call_appointment_history is
  'One row per creation and per change of status, date, time, closer or batch of a call appointment, written by trigger whatever the path. changed_by is the signed-in caller (null and source = database for SQL run without a user). changes: {field: {from, to}} for the fields other than status that changed.';

revoke all on public.call_appointment_history from anon, authenticated;
grant select on public.call_appointment_history to authenticated;

alter table public.call_appointment_history enable row level security;

-- Appointments of the caller as closer (the history follows the appointment's current closer).
create or replace function private.closer_appointment_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select ca.id from public.call_appointments ca
  where ca.closer_id = (select auth.uid())
    and ca.organization_id in (select private.org_ids_with_role(array['closer']))
$$;
comment on function private.closer_appointment_ids() is 'Call appointments assigned to the caller as closer, in organizations where they hold the closer role.';
revoke all on function private.closer_appointment_ids() from public, anon;
grant execute on function private.closer_appointment_ids() to authenticated;

create policy "Admins and managers read the history of all calls, closers that of their own"
  on public.call_appointment_history for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or call_appointment_id in (select private.closer_appointment_ids())
  );

create index call_appointment_history_appointment_idx on public.call_appointment_history (call_appointment_id, id);
create index call_appointment_history_organization_id_idx on public.call_appointment_history (organization_id);
create index call_appointment_history_changed_by_idx on public.call_appointment_history (changed_by);

-------------------------------------------------------------------------------
create or replace function private.record_call_appointment_history()
returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_by uuid;
  v_changes jsonb := '{}'::jsonb;
  v_remarks text;
begin
  -- A token whose user has no profile (deleted since) still records the change, without a name.
  if v_uid is not null then
    select p.id into v_by from public.profiles p where p.id = v_uid;
  end if;
  if tg_op = 'UPDATE' then
    if new.scheduled_date is distinct from old.scheduled_date then
      v_changes := v_changes || jsonb_build_object('scheduled_date', jsonb_build_object('from', old.scheduled_date, 'to', new.scheduled_date));
    end if;
    if new.scheduled_time is distinct from old.scheduled_time then
      v_changes := v_changes || jsonb_build_object('scheduled_time', jsonb_build_object('from', old.scheduled_time, 'to', new.scheduled_time));
    end if;
    if new.closer_id is distinct from old.closer_id then
      v_changes := v_changes || jsonb_build_object('closer_id', jsonb_build_object('from', old.closer_id, 'to', new.closer_id));
    end if;
    if new.batch_id is distinct from old.batch_id then
      v_changes := v_changes || jsonb_build_object('batch_id', jsonb_build_object('from', old.batch_id, 'to', new.batch_id));
    end if;
    if new.refund_reason is distinct from old.refund_reason and new.refund_reason is not null then
      v_changes := v_changes || jsonb_build_object('refund_reason', jsonb_build_object('from', old.refund_reason, 'to', new.refund_reason));
    end if;
    if new.additional_comments is distinct from old.additional_comments then
      v_remarks := new.additional_comments;
    end if;
  else
    v_remarks := new.additional_comments;
  end if;
  insert into public.call_appointment_history
    (organization_id, call_appointment_id, changed_by, source, old_status, new_status, changes, remarks)
  values (
    new.organization_id, new.id, v_by, case when v_uid is null then 'database' else 'app' end,
    case when tg_op = 'UPDATE' then old.status end, new.status, v_changes, v_remarks
  );
  return null;
end
$$;
comment on function private.record_call_appointment_history() is
  'AFTER INSERT / UPDATE of call_appointments: one history row for the creation or the change (status, date, time, closer, batch), by whatever path.';
revoke all on function private.record_call_appointment_history() from public, anon, authenticated;

create trigger call_appointments_history_insert
  after insert on public.call_appointments
  for each row execute function private.record_call_appointment_history();

create trigger call_appointments_history_update
  after update on public.call_appointments
  for each row
  when (old.status is distinct from new.status
        or old.scheduled_date is distinct from new.scheduled_date
        or old.scheduled_time is distinct from new.scheduled_time
        or old.closer_id is distinct from new.closer_id
        or old.batch_id is distinct from new.batch_id)
  execute function private.record_call_appointment_history();

-- Appointments that exist already get their current state as the first entry (when and by whom
-- they got there is not known: source database, at their last update).
insert into public.call_appointment_history
  (organization_id, call_appointment_id, changed_at, changed_by, source, old_status, new_status, changes, remarks)
select ca.organization_id, ca.id, ca.updated_at, null, 'database', null, ca.status, '{}'::jsonb, null
from public.call_appointments ca
where not exists (select 1 from public.call_appointment_history h where h.call_appointment_id = ca.id);

-------------------------------------------------------------------------------
create or replace function public.list_call_status_history(p_appointment_id text, p_limit text default null, p_offset text default null)
returns table (
  id bigint, changed_at timestamptz, changed_by uuid, changed_by_name text, source text,
  old_status text, new_status text, changes jsonb, remarks text, total_count bigint
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_id uuid := private.arg_uuid(p_appointment_id, 'appointment_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 50), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  if v_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  return query
    with page as (
      select h.*, count(*) over () as total_count
      from public.call_appointment_history h
      where h.call_appointment_id = v_id
      order by h.id desc
      limit v_limit offset v_offset
    )
    select p.id, p.changed_at, p.changed_by, pr.full_name, p.source, p.old_status, p.new_status, p.changes, p.remarks, p.total_count
    from page p
    left join public.profiles pr on pr.id = p.changed_by
    order by p.id desc;
end
$$;
comment on function public.list_call_status_history(text, text, text) is
  'Newest first: the history of one call appointment (creation, status, date, time, closer and batch changes with who and when), paged (limit 1..200, default 50) with total_count. RLS: whoever reads the appointment reads its history; anyone else gets no rows. Refuses a missing or malformed id (22023 field:appointment_id).';
revoke all on function public.list_call_status_history(text, text, text) from public, anon;
grant execute on function public.list_call_status_history(text, text, text) to authenticated;
