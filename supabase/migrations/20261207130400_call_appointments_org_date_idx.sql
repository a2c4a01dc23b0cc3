-- All calls (list_all_calls) pages an organization's calls newest first across closers: this
-- index serves the filter and the order (organization, date desc, time desc nulls last, id), so a
-- page costs its rows, not the organization's calls. Built concurrently: writes go on meanwhile.
set lock_timeout = '5s';
set statement_timeout = '0';

create index concurrently if not exists call_appointments_org_date_idx
  on public.call_appointments (organization_id, scheduled_date desc, scheduled_time desc nulls last, id);
