CREATE OR REPLACE FUNCTION private.lock_org_admins (
  p_org uuid
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform 1 from public.memberships m where m.organization_id = p_org and m.role = 'admin' for update;
end
$function$;

COMMENT ON FUNCTION "private"."lock_org_admins"(uuid) IS 'Locks the organization''s admin memberships (until the transaction ends).';

REVOKE ALL ON FUNCTION "private"."lock_org_admins"(uuid) FROM PUBLIC;
