CREATE OR REPLACE FUNCTION private.save_cohort_type_impl (
  p_organization_id uuid,
  p_name            text,
  p_description     text DEFAULT NULL::text,
  p_id              uuid DEFAULT NULL::uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_name text;
  v_description text;
  v_t public.cohort_types;
begin
  perform private.sales_caller();
  v_name := private.check_text(p_name, 'name', 'The name', 200, true);
  v_description := private.check_text(p_description, 'description', 'The description', 2000, false);
  if p_organization_id is null or not private.has_role(p_organization_id, array['admin', 'manager', 'closer', 'cohort_manager']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_organization_id, array['admin']) then
    raise exception 'Only an admin can manage cohorts.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_id is not null then
    select * into v_t from public.cohort_types t where t.id = p_id and t.organization_id = p_organization_id for update;
    if not found then
      raise exception 'Cohort not found.' using errcode = 'PT404', hint = 'not_found';
    end if;
  end if;
  if exists (select 1 from public.cohort_types t
             where t.organization_id = p_organization_id and t.name = v_name and t.id is distinct from p_id) then
    raise exception 'A cohort named % already exists.', v_name using errcode = '22023', hint = 'field:name';
  end if;
  if p_id is null then
    insert into public.cohort_types (organization_id, name, description)
    values (p_organization_id, v_name, v_description) returning * into v_t;
  else
    update public.cohort_types t set name = v_name, description = v_description where t.id = p_id returning * into v_t;
  end if;
  return to_jsonb(v_t);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."save_cohort_type_impl"(uuid, text, text, uuid) TO "service_role";

COMMENT ON FUNCTION "private"."save_cohort_type_impl"(uuid, text, text, uuid) IS 'Creates or renames a cohort type of the organization. Refuses callers who are not its admins (PT403/PT404), a missing, long or duplicate name (22023 field:name).';

REVOKE ALL ON FUNCTION "private"."save_cohort_type_impl"(uuid, text, text, uuid) FROM PUBLIC;
