CREATE OR REPLACE FUNCTION private.save_cohort_batch_impl (
  p_organization_id uuid,
  p_cohort_type_id  uuid,
  p_name            text,
  p_status          text,
  p_start_date      date DEFAULT NULL::date,
  p_end_date        date DEFAULT NULL::date,
  p_id              uuid DEFAULT NULL::uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_name text;
  v_b public.cohort_batches;
begin
  perform private.sales_caller();
  v_name := private.check_text(p_name, 'name', 'The name', 200, true);
  if p_organization_id is null or not private.has_role(p_organization_id, array['admin', 'manager', 'closer', 'cohort_manager']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_organization_id, array['admin']) then
    raise exception 'Only an admin can manage batches.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_cohort_type_id is null or not exists (
    select 1 from public.cohort_types t where t.id = p_cohort_type_id and t.organization_id = p_organization_id) then
    raise exception 'Choose a cohort of this organization.' using errcode = '22023', hint = 'field:cohort_type_id';
  end if;
  if p_status is null or p_status not in ('planned', 'active', 'completed') then
    raise exception 'Choose a status: planned, active or completed.' using errcode = '22023', hint = 'field:status';
  end if;
  if p_start_date is not null and p_end_date is not null and p_end_date < p_start_date then
    raise exception 'The end date cannot be before the start date.' using errcode = '22023', hint = 'field:end_date';
  end if;
  if p_id is not null then
    select * into v_b from public.cohort_batches b where b.id = p_id and b.organization_id = p_organization_id for update;
    if not found then
      raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
    end if;
  end if;
  if exists (select 1 from public.cohort_batches b
             where b.cohort_type_id = p_cohort_type_id and b.name = v_name and b.id is distinct from p_id) then
    raise exception 'A batch named % already exists in this cohort.', v_name using errcode = '22023', hint = 'field:name';
  end if;
  if p_id is null then
    insert into public.cohort_batches (organization_id, cohort_type_id, name, status, start_date, end_date)
    values (p_organization_id, p_cohort_type_id, v_name, p_status, p_start_date, p_end_date) returning * into v_b;
  else
    update public.cohort_batches b
      set cohort_type_id = p_cohort_type_id, name = v_name, status = p_status, start_date = p_start_date, end_date = p_end_date
      where b.id = p_id returning * into v_b;
  end if;
  return to_jsonb(v_b);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."save_cohort_batch_impl"(uuid, uuid, text, text, date, date, uuid) TO "service_role";

COMMENT ON FUNCTION "private"."save_cohort_batch_impl"(uuid, uuid, text, text, date, date, uuid) IS 'Creates or edits a batch of a cohort type of the organization. Refuses callers who are not its admins (PT403/PT404), another organization''s cohort (field:cohort_type_id), a bad status (field:status), end before start (field:end_date), a missing or duplicate name (field:name).';

REVOKE ALL ON FUNCTION "private"."save_cohort_batch_impl"(uuid, uuid, text, text, date, date, uuid) FROM PUBLIC;
