set lock_timeout = '5s';
set statement_timeout = '30min';

-- The batch overview is a page (20261207200300): the organization's batches in its order (start
-- date, newest first, undated first; then name and id), read from this index and stopped at the
-- page instead of every batch of the organization. Built without blocking writes; alone in its
-- file (runs outside a transaction).
create index concurrently if not exists cohort_batches_org_start_idx
  on public.cohort_batches (organization_id, start_date desc nulls first, name, id);
