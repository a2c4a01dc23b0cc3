-- Calls in, part 3: drop the old status CHECK (from here on `cancelled` can be written). Alone in its
-- file so its ACCESS EXCLUSIVE lock lasts only the catalog change; lock_timeout makes it give way
-- (and the migration fail, to be retried) rather than queue writers behind a long transaction.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.call_appointments drop constraint if exists call_appointments_status_check;
