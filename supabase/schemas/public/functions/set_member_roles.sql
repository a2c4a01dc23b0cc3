CREATE OR REPLACE FUNCTION public.set_member_roles (
  p_organization_id text,
  p_user_id         text,
  p_roles           jsonb
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('set_member_roles'),
    private.remember_write(
    private.set_member_roles_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_user_id, 'user_id'),
      private.arg_staff_roles(p_roles, 'roles')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."set_member_roles"(text, text, jsonb) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."set_member_roles"(text, text, jsonb) TO "service_role";

COMMENT ON FUNCTION "public"."set_member_roles"(text, text, jsonb) IS 'Sets a member''s staff roles in the organization to exactly p_roles (a member role with its company is kept). Serialized per organization on its admin memberships. Refuses: not an admin (PT403; PT404 outside it), not a member (PT404), no role or an unknown one (22023 field:roles), leaving the organization without an admin (PT409 last_admin). Nothing is written after a refusal.';

REVOKE ALL ON FUNCTION "public"."set_member_roles"(text, text, jsonb) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."set_member_roles"(text, text, jsonb) TO "postgres";

REVOKE ALL ON FUNCTION "public"."set_member_roles"(text, text, jsonb) FROM PUBLIC, "anon";
