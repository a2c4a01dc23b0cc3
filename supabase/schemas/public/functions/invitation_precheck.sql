CREATE OR REPLACE FUNCTION public.invitation_precheck (
  p_organization_id text,
  p_email           text,
  p_roles           jsonb
)
  RETURNS jsonb
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select private.invitation_precheck_impl(
    private.arg_uuid(p_organization_id, 'organization_id'),
    private.arg_email(p_email, 'email'),
    private.arg_staff_roles(p_roles, 'roles')
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) TO "service_role";

COMMENT ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) IS 'Checks, as the calling admin, that this invitation may be sent (writes nothing): returns the normalized email and roles, the organization''s name and any pending invitation id (a resend). Refuses: not an admin (PT403; PT404 outside the organization), bad email or roles (22023 field:email/roles), already a member (PT409 already_member). Called by the invite-member Edge Function before it asks Supabase Auth to send the email.';

REVOKE ALL ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) TO "postgres";

REVOKE ALL ON FUNCTION "public"."invitation_precheck"(text, text, jsonb) FROM PUBLIC, "anon";
