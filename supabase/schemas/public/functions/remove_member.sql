CREATE OR REPLACE FUNCTION public.remove_member (
  p_organization_id text,
  p_user_id         text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('remove_member'),
    private.remember_write(
    private.remove_member_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      private.arg_uuid(p_user_id, 'user_id')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."remove_member"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."remove_member"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."remove_member"(text, text) IS 'Removes every role of a person in the organization: their access ends with their next request (policies read memberships live, whatever their token says). Returns what they leave open (see member_open_work) for reassignment; their calls and claims are kept. Refuses: not an admin (PT403; PT404 outside it), not a member (PT404), removing the last admin (PT409 last_admin). Nothing is written after a refusal.';

REVOKE ALL ON FUNCTION "public"."remove_member"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."remove_member"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."remove_member"(text, text) FROM PUBLIC, "anon";
