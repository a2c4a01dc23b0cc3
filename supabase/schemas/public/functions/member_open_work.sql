CREATE OR REPLACE FUNCTION public.member_open_work (
  p_organization_id text,
  p_user_id         text
)
  RETURNS jsonb
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select private.member_open_work_impl(private.arg_uuid(p_organization_id, 'organization_id'), private.arg_uuid(p_user_id, 'user_id'))
$function$;

GRANT EXECUTE ON FUNCTION "public"."member_open_work"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."member_open_work"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."member_open_work"(text, text) IS 'What a (current or removed) member leaves open in the organization, for reassignment: their undecided call appointments (calls_total, first 100 by date) and the open call requests they hold a claim on (first 100). Admins of the organization only (PT403; PT404 outside it).';

REVOKE ALL ON FUNCTION "public"."member_open_work"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."member_open_work"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."member_open_work"(text, text) FROM PUBLIC, "anon";
