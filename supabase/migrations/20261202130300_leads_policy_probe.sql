-- The cohort manager's branch of the leads policy probes the roster per lead instead of building
-- the set of every rostered lead of the organization for each statement. With
-- `id in (select private.cohort_manager_lead_ids())` every statement that read leads as a cohort
-- manager first collected the distinct lead ids of all the organization's students (28,558 in
-- bench/insights.mjs), which made their insights about twice as slow as an admin's. Now a lead
-- read as a cohort manager costs one probe of cohort_students_lead_batch_key (lead_id first).
-- The branches are ordered so that admins/managers and closers are decided before the probe.
-- Same rows visible to everyone as before (supabase/tests/*rls* matrix).
drop policy "Admins and managers read their organization's leads, cohort managers rostered ones, closers those of their calls" on public.leads;
create policy "Admins and managers read their organization's leads, cohort managers rostered ones, closers those of their calls"
  on public.leads for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or id in (select private.closer_lead_ids())
    or exists (
      select 1 from public.cohort_students cs
      where cs.lead_id = leads.id
        and cs.organization_id in (select private.org_ids_with_role(array['cohort_manager']))
    )
  );
