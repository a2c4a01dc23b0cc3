CREATE OR REPLACE FUNCTION public.create_organization_with_admin (
  p_admin_email text,
  p_name        text,
  p_slug        text,
  p_timezone    text DEFAULT NULL::text,
  p_currency    text DEFAULT NULL::text,
  p_locale      text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('create_organization_with_admin'),
    private.remember_write(
      private.create_organization_with_admin_impl(
        p_admin_email,
        p_name,
        p_slug,
        p_timezone,
        p_currency,
        p_locale
      )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."create_organization_with_admin"(text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."create_organization_with_admin"(text, text, text, text, text, text) IS 'service_role only (scripts/create-first-admin.mjs): parses its arguments (malformed: 22023 field:<name>) and runs private.create_organization_with_admin_impl (see its comment).';

REVOKE ALL ON FUNCTION "public"."create_organization_with_admin"(text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."create_organization_with_admin"(text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."create_organization_with_admin"(text, text, text, text, text, text) FROM PUBLIC, "anon", "authenticated";
