-- Tenancy: a cohort manager reads a lead only through a batch roster of their organization (the
-- lead is a student of one of its batches), no longer every lead with its email and phone. Admins
-- and managers still read every lead of their organization, closers the leads of their calls.
create or replace function private.cohort_manager_lead_ids()
returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct cs.lead_id from public.cohort_students cs
  where cs.organization_id in (select private.org_ids_with_role(array['cohort_manager']))
$$;
comment on function private.cohort_manager_lead_ids() is 'Leads on a batch roster (cohort students) of an organization where the caller is cohort manager.';
revoke all on function private.cohort_manager_lead_ids() from public, anon;
grant execute on function private.cohort_manager_lead_ids() to authenticated;

drop policy "Sales staff read the leads of their organization and closers those of their calls" on public.leads;
create policy "Admins and managers read their organization's leads, cohort managers rostered ones, closers those of their calls"
  on public.leads for select to authenticated
  using (
    organization_id in (select private.org_ids_with_role(array['admin', 'manager']))
    or id in (select private.cohort_manager_lead_ids())
    or id in (select private.closer_lead_ids())
  );
