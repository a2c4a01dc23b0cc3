CREATE OR REPLACE FUNCTION public.calendly_settings_status (
  p_organization_id text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_row private.calendly_settings;
begin
  if v_org is null or not private.has_role(v_org, array['admin']) then
    raise exception 'Only admins can see the Calendly settings.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  select * into v_row from private.calendly_settings s where s.organization_id = v_org;
  return jsonb_build_object(
    'configured', v_row.organization_id is not null,
    'updated_at', v_row.updated_at,
    'updated_by_name', (select p.full_name from public.profiles p where p.id = v_row.updated_by));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."calendly_settings_status"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."calendly_settings_status"(text) TO "service_role";

COMMENT ON FUNCTION "public"."calendly_settings_status"(text) IS 'Admins: whether a Calendly signing key is set, when and by whom; never the key.';

REVOKE ALL ON FUNCTION "public"."calendly_settings_status"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."calendly_settings_status"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."calendly_settings_status"(text) FROM PUBLIC, "anon";
