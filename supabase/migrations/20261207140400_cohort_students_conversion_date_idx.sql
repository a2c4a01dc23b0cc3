set lock_timeout = '5s';
set statement_timeout = '30min';

-- closer_kpis counts a closer's conversions from cohort_students by conversion date
-- (20261207140100): the organization's students of a period, read by this index instead of the
-- whole organization. Built without blocking writes; alone in its file (runs outside a transaction).
create index concurrently if not exists cohort_students_org_conversion_date_idx
  on public.cohort_students (organization_id, conversion_date)
  where conversion_date is not null;
