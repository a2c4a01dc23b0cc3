CREATE OR REPLACE FUNCTION private.assert_call_desk_staff (
  p_org uuid
)
  RETURNS uuid
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
begin
  if p_org is null or not private.has_role(p_org, array['admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(p_org, array['admin', 'manager']) then
    raise exception 'Only admins and managers can book, move, cancel or assign calls.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  return v_uid;
end
$function$;

COMMENT ON FUNCTION "private"."assert_call_desk_staff"(uuid) IS 'The caller when an admin or manager of the organization; PT404 for a non-member, PT403 for other roles.';

REVOKE ALL ON FUNCTION "private"."assert_call_desk_staff"(uuid) FROM PUBLIC;
