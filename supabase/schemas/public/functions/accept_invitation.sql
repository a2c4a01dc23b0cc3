CREATE OR REPLACE FUNCTION public.accept_invitation (
  p_invitation_id text DEFAULT NULL::text,
  p_full_name     text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('accept_invitation'),
    private.remember_write(
    private.accept_invitation_impl(private.arg_uuid(p_invitation_id, 'invitation_id'), p_full_name)
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."accept_invitation"(text, text) IS 'Turns the pending invitations of the signed-in user''s email (auth.users, never metadata) into memberships with their roles (one invitation when p_invitation_id is given) and sets the profile''s name when given; returns the organization ids. Accepting again changes nothing. Refuses: not signed in (PT403), only expired (PT410 expired) or withdrawn (PT410 revoked) invitations, none for this email (PT404), a name over 200 characters (22023 field:full_name).';

REVOKE ALL ON FUNCTION "public"."accept_invitation"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."accept_invitation"(text, text) FROM PUBLIC, "anon";
