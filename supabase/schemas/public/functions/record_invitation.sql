CREATE OR REPLACE FUNCTION public.record_invitation (
  p_organization_id text,
  p_email           text,
  p_roles           jsonb,
  p_invited_by      text,
  p_auth_user_id    text  DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('record_invitation'),
    private.remember_write(
    private.record_invitation_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_email(p_email, 'email'),
      private.arg_staff_roles(p_roles, 'roles'),
      private.arg_uuid(p_invited_by, 'invited_by'),
      private.arg_uuid(p_auth_user_id, 'auth_user_id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."record_invitation"(text, text, jsonb, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."record_invitation"(text, text, jsonb, text, text) IS 'service_role only (the invite-member Edge Function, after Supabase Auth sent the invitation): records the pending invitation, or renews the pending one for that organization and email (roles replaced, expiry 7 days from now, sent_count + 1). Refuses: p_invited_by not an admin of the organization (PT403), already a member (PT409 already_member), bad arguments (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."record_invitation"(text, text, jsonb, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."record_invitation"(text, text, jsonb, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."record_invitation"(text, text, jsonb, text, text) FROM PUBLIC, "anon", "authenticated";
