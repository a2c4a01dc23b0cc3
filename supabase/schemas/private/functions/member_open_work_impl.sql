CREATE OR REPLACE FUNCTION private.member_open_work_impl (
  p_org  uuid,
  p_user uuid
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.require_team_admin(p_org);
  return private.member_open_work_data(p_org, p_user);
end
$function$;

COMMENT ON FUNCTION "private"."member_open_work_impl"(uuid, uuid) IS 'See public.member_open_work.';

REVOKE ALL ON FUNCTION "private"."member_open_work_impl"(uuid, uuid) FROM PUBLIC;
