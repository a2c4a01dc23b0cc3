CREATE OR REPLACE FUNCTION private.check_closer (
  p_org    uuid,
  p_closer uuid
)
  RETURNS uuid
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if p_closer is not null and not exists (
    select 1 from public.memberships m where m.organization_id = p_org and m.user_id = p_closer and m.role = 'closer'
  ) then
    raise exception 'That person is not a closer of this organization.' using errcode = '22023', hint = 'field:closer_id';
  end if;
  return p_closer;
end
$function$;

COMMENT ON FUNCTION "private"."check_closer"(uuid, uuid) IS 'Passes null or a closer of the organization; refuses anyone else (22023 field:closer_id).';

REVOKE ALL ON FUNCTION "private"."check_closer"(uuid, uuid) FROM PUBLIC;
