CREATE OR REPLACE FUNCTION private.assert_org_keeps_an_admin (
  p_org uuid
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if not exists (select 1 from public.memberships m where m.organization_id = p_org and m.role = 'admin') then
    raise exception 'The organization needs at least one admin: make someone else an admin first.'
      using errcode = 'PT409', hint = 'last_admin';
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."assert_org_keeps_an_admin"(uuid) IS 'Raises PT409 last_admin when the organization has no admin left (the caller''s change is then rolled back).';

REVOKE ALL ON FUNCTION "private"."assert_org_keeps_an_admin"(uuid) FROM PUBLIC;
