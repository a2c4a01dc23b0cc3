-- The closer's branch of the leads policy probes the caller's call appointments per lead instead
-- of building the set of every lead of the closer's calls for each statement
-- (`id in (select private.closer_lead_ids())`): a closer's calls page read all their history
-- (16,686 calls in bench/growth.mjs at 100,000 appointments: 110 ms of its 172 ms) to name 25
-- leads. Now a lead read as a closer costs one probe of call_appointments_lead_id_idx. Same rows
-- visible to everyone as before (supabase/tests/*rls* matrix); the cohort manager's probe is
-- kept from 20261202130300.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop policy "Admins and managers read their organization's leads, cohort managers rostered ones, closers those of their calls" on public.leads;
create policy "Admins and managers read their organization's leads, cohort managers rostered ones, closers those of their calls"
  on public.leads for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or exists (
      select 1 from public.call_appointments ca
      where ca.lead_id = leads.id
        and ca.closer_id = (select auth.uid())
        and ca.organization_id in (select private.org_ids_with_role(array['closer']))
    )
    or exists (
      select 1 from public.cohort_students cs
      where cs.lead_id = leads.id
        and cs.organization_id in (select private.org_ids_with_role(array['cohort_manager']))
    )
  );
