set lock_timeout = '5s';
set statement_timeout = '5min';

-- Running totals of the money reads (issue 16: the batch overview, the closers summary and the
-- insights' money cost O(batches x closers), not O(history)).
--
-- public.student_money_totals: one row per (batch, closer) with the count and the four money
-- figures of its students (the roster's rows): students, offered, received, due; written off =
-- offered - received - due is derived by the readers. Visibility is the students' own (RLS below
-- copies cohort_students' select policy): cohort staff read the organization's rows, a closer the
-- rows of their own students, so an invoker read sums exactly what it would have summed before.
-- Maintained by statement triggers on cohort_students (insert / update / delete, every write
-- path: conversion, payments and refunds (the ledger moves cash_received), edits, status
-- changes, batch and closer moves, deletes): the statement's old rows are subtracted and its new
-- rows added, grouped by key and applied in key order (no deadlock between two statements).
--
-- public.closer_call_counts: one row per (organization, closer, status) with the number of calls,
-- for the closers summary's all-time counts; maintained the same way from call_appointments.
--
-- Backfill: each table is filled once while its source is locked against writes (share mode:
-- reads go on; the aggregate over 1M students takes about a second), after its trigger exists, in
-- one DO statement each (see there).

-------------------------------------------------------------------------------
create table public.student_money_totals (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  cohort_batch_id uuid not null,
  closer_id uuid,
  students bigint not null default 0,
  offered numeric not null default 0,
  received numeric not null default 0,
  due numeric not null default 0,
  constraint student_money_totals_key unique nulls not distinct (cohort_batch_id, closer_id)
);
create index student_money_totals_org_idx on public.student_money_totals (organization_id, closer_id);
comment on table public.student_money_totals is
  'Running totals of cohort_students per (batch, closer): students, offered, received (payments - refunds), due; written off = offered - received - due. Maintained by statement triggers on cohort_students; read by list_cohort_batches, closer_summary and cohort_insights. Read-only to clients (RLS as cohort_students).';

alter table public.student_money_totals enable row level security;
create policy "Whoever reads the students reads their totals"
  on public.student_money_totals for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager', 'cohort_manager']))
    or (closer_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['closer'])))
  );
revoke all on public.student_money_totals from public, anon, authenticated;
grant select on public.student_money_totals to authenticated;

-- One trigger (and function) per event: a trigger with transition tables has one event.
create function private.student_money_totals_insert()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select n.organization_id, n.cohort_batch_id, n.closer_id, count(*), sum(n.offer_amount), sum(n.cash_received), sum(n.due_amount)
  from new_rows n
  group by n.organization_id, n.cohort_batch_id, n.closer_id
  order by n.cohort_batch_id, n.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$$;
create function private.student_money_totals_delete()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select o.organization_id, o.cohort_batch_id, o.closer_id, -count(*), -sum(o.offer_amount), -sum(o.cash_received), -sum(o.due_amount)
  from old_rows o
  group by o.organization_id, o.cohort_batch_id, o.closer_id
  order by o.cohort_batch_id, o.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$$;
create function private.student_money_totals_update()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.student_money_totals as t (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select d.organization_id, d.cohort_batch_id, d.closer_id, sum(d.n), sum(d.offered), sum(d.received), sum(d.due)
  from (
    select n.organization_id, n.cohort_batch_id, n.closer_id, 1 as n, n.offer_amount as offered,
      n.cash_received as received, n.due_amount as due
    from new_rows n
    union all
    select o.organization_id, o.cohort_batch_id, o.closer_id, -1, -o.offer_amount, -o.cash_received, -o.due_amount
    from old_rows o
  ) d
  group by d.organization_id, d.cohort_batch_id, d.closer_id
  having sum(d.n) <> 0 or sum(d.offered) <> 0 or sum(d.received) <> 0 or sum(d.due) <> 0
  order by d.cohort_batch_id, d.closer_id nulls first
  on conflict (cohort_batch_id, closer_id) do update
    set students = t.students + excluded.students, offered = t.offered + excluded.offered,
        received = t.received + excluded.received, due = t.due + excluded.due;
  return null;
end
$$;
comment on function private.student_money_totals_insert() is 'Statement trigger on cohort_students: adds the inserted rows into student_money_totals by (batch, closer), in key order.';
comment on function private.student_money_totals_update() is 'Statement trigger on cohort_students: adds the new rows and subtracts the old rows into student_money_totals by (batch, closer), in key order (a batch or closer move moves the money).';
comment on function private.student_money_totals_delete() is 'Statement trigger on cohort_students: subtracts the deleted rows from student_money_totals by (batch, closer), in key order.';

create trigger cohort_students_money_totals_insert
  after insert on public.cohort_students
  referencing new table as new_rows
  for each statement execute function private.student_money_totals_insert();
create trigger cohort_students_money_totals_update
  after update on public.cohort_students
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.student_money_totals_update();
create trigger cohort_students_money_totals_delete
  after delete on public.cohort_students
  referencing old table as old_rows
  for each statement execute function private.student_money_totals_delete();

-- One statement (the Supabase CLI runs a file's statements without a transaction block, and LOCK
-- needs one): under the lock, whatever the trigger added since it was created is replaced by the
-- exact aggregate of the source.
do $$
begin
  lock table public.cohort_students in share mode;
  delete from public.student_money_totals;
  insert into public.student_money_totals (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
  select cs.organization_id, cs.cohort_batch_id, cs.closer_id, count(*), sum(cs.offer_amount), sum(cs.cash_received), sum(cs.due_amount)
  from public.cohort_students cs
  group by cs.organization_id, cs.cohort_batch_id, cs.closer_id;
end
$$;

-------------------------------------------------------------------------------
create table public.closer_call_counts (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  closer_id uuid,
  status text not null,
  calls bigint not null default 0,
  constraint closer_call_counts_key unique nulls not distinct (organization_id, closer_id, status)
);
comment on table public.closer_call_counts is
  'Running count of call_appointments per (organization, closer, status); maintained by statement triggers on call_appointments; read by closer_summary for all-time counts. Read-only to clients (RLS: cohort staff / admins and managers read the organization''s rows, a closer their own).';
alter table public.closer_call_counts enable row level security;
create policy "Staff read the counts, a closer their own"
  on public.closer_call_counts for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or (closer_id = (select auth.uid()) and organization_id in (select private.org_ids_with_role(array['closer'])))
  );
revoke all on public.closer_call_counts from public, anon, authenticated;
grant select on public.closer_call_counts to authenticated;

create function private.closer_call_counts_insert()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select n.organization_id, n.closer_id, n.status, count(*)
  from new_rows n
  group by n.organization_id, n.closer_id, n.status
  order by n.organization_id, n.closer_id nulls first, n.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$$;
create function private.closer_call_counts_update()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select d.organization_id, d.closer_id, d.status, sum(d.n)
  from (
    select n.organization_id, n.closer_id, n.status, 1 as n from new_rows n
    union all
    select o.organization_id, o.closer_id, o.status, -1 from old_rows o
  ) d
  group by d.organization_id, d.closer_id, d.status
  having sum(d.n) <> 0
  order by d.organization_id, d.closer_id nulls first, d.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$$;
create function private.closer_call_counts_delete()
returns trigger language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.closer_call_counts as t (organization_id, closer_id, status, calls)
  select o.organization_id, o.closer_id, o.status, -count(*)
  from old_rows o
  group by o.organization_id, o.closer_id, o.status
  order by o.organization_id, o.closer_id nulls first, o.status
  on conflict (organization_id, closer_id, status) do update set calls = t.calls + excluded.calls;
  return null;
end
$$;
comment on function private.closer_call_counts_insert() is 'Statement trigger on call_appointments: counts the inserted calls into closer_call_counts by (organization, closer, status).';
comment on function private.closer_call_counts_update() is 'Statement trigger on call_appointments: moves the updated calls between (organization, closer, status) counts.';
comment on function private.closer_call_counts_delete() is 'Statement trigger on call_appointments: uncounts the deleted calls from closer_call_counts.';

create trigger call_appointments_counts_insert
  after insert on public.call_appointments
  referencing new table as new_rows
  for each statement execute function private.closer_call_counts_insert();
create trigger call_appointments_counts_update
  after update on public.call_appointments
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.closer_call_counts_update();
create trigger call_appointments_counts_delete
  after delete on public.call_appointments
  referencing old table as old_rows
  for each statement execute function private.closer_call_counts_delete();

do $$
begin
  lock table public.call_appointments in share mode;
  delete from public.closer_call_counts;
  insert into public.closer_call_counts (organization_id, closer_id, status, calls)
  select ca.organization_id, ca.closer_id, ca.status, count(*)
  from public.call_appointments ca
  group by ca.organization_id, ca.closer_id, ca.status;
end
$$;

revoke all on function
  private.student_money_totals_insert(), private.student_money_totals_update(), private.student_money_totals_delete(),
  private.closer_call_counts_insert(), private.closer_call_counts_update(), private.closer_call_counts_delete()
from public, anon, authenticated;
