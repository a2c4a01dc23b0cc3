set lock_timeout = '5s';
set statement_timeout = '30min';

-- call_appointments_org_closer_date_idx (organization_id, closer_id, scheduled_date) is
-- call_appointments_kpi_scheduled_idx without its INCLUDE (status): the same keys in the same order,
-- so every read it served is served by the other. Every converted or rescheduled call updated both
-- (issue 16, conversion cost). Dropped without blocking writes; alone in its file (runs outside a
-- transaction).
drop index concurrently if exists public.call_appointments_org_closer_date_idx;
