set lock_timeout = '5s';
set statement_timeout = '30min';

-- Every payment written updated five indexes. emi_payments_organization_id_idx (organization_id)
-- is the leading column of emi_payments_kpi_paid_on_idx (organization_id, paid_on) INCLUDE (...),
-- which serves the same lookups (an organization's payments, its cascade delete). One index fewer
-- to write per payment (issue 16, conversion cost). Dropped without blocking writes; alone in its
-- file (runs outside a transaction).
drop index concurrently if exists public.emi_payments_organization_id_idx;
