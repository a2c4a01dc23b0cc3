CREATE OR REPLACE FUNCTION private.lock_call_for_desk (
  p_appointment_id uuid
)
  RETURNS public.call_appointments
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_ca public.call_appointments;
begin
  perform private.sales_caller();
  if p_appointment_id is null then
    raise exception 'Choose a call.' using errcode = '22023', hint = 'field:appointment_id';
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = p_appointment_id for update;
  if not found or not private.has_role(v_ca.organization_id, array['admin', 'manager', 'closer']) then
    raise exception 'Call not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  perform private.assert_call_desk_staff(v_ca.organization_id);
  return v_ca;
end
$function$;

COMMENT ON FUNCTION "private"."lock_call_for_desk"(uuid) IS 'Locks the call for an admin/manager action; PT404 when missing or outside the caller''s organizations, PT403 for a closer.';

REVOKE ALL ON FUNCTION "private"."lock_call_for_desk"(uuid) FROM PUBLIC;
