CREATE OR REPLACE FUNCTION public.revoke_invitation (
  p_invitation_id text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('revoke_invitation'),
    private.remember_write(
    private.revoke_invitation_impl(private.arg_uuid(p_invitation_id, 'invitation_id'))
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text) TO "service_role";

COMMENT ON FUNCTION "public"."revoke_invitation"(text) IS 'Revokes a pending invitation (its link then no longer gives access); revoking again changes nothing. Refuses: not an admin of its organization (PT403; PT404 outside it), already accepted (PT409 already_accepted).';

REVOKE ALL ON FUNCTION "public"."revoke_invitation"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."revoke_invitation"(text) FROM PUBLIC, "anon";
