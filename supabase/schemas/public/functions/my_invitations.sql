CREATE OR REPLACE FUNCTION public.my_invitations()
  RETURNS jsonb
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(jsonb_agg(jsonb_build_object(
           'id', i.id, 'organization_id', i.organization_id, 'organization_name', o.name,
           'roles', to_jsonb(i.roles), 'expires_at', i.expires_at) order by i.created_at), '[]'::jsonb)
  from public.invitations i join public.organizations o on o.id = i.organization_id
  where i.email = private.caller_email() and i.status = 'pending' and i.expires_at > now()
$function$;

GRANT EXECUTE ON FUNCTION "public"."my_invitations"() TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."my_invitations"() TO "service_role";

COMMENT ON FUNCTION "public"."my_invitations"() IS 'The pending, unexpired invitations of the signed-in user''s email, with the organization''s name (readable before joining).';

REVOKE ALL ON FUNCTION "public"."my_invitations"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."my_invitations"() TO "postgres";

REVOKE ALL ON FUNCTION "public"."my_invitations"() FROM PUBLIC, "anon";
