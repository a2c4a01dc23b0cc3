CREATE OR REPLACE FUNCTION public.update_organization_settings (
  p_organization_id          text,
  p_name                     text,
  p_timezone                 text,
  p_currency                 text,
  p_locale                   text,
  p_call_wait_target_minutes text
)
  RETURNS jsonb
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select coalesce(
    private.replayed_write('update_organization_settings'),
    private.remember_write(
    private.update_organization_settings_impl(
      private.arg_uuid(p_organization_id, 'organization_id'),
      p_name,
      private.arg_timezone(p_timezone, 'timezone'),
      p_currency,
      p_locale,
      private.arg_int(p_call_wait_target_minutes, 'call_wait_target_minutes')
    )
    )
  )
$function$;

GRANT EXECUTE ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) IS 'Sets the organization''s name (1-200 visible characters), timezone (IANA), currency (a currency of private.currency_max_amounts), language (en, pt-BR) and call-wait target (1-240 minutes); returns the organization. Admins only (PT403; PT404 outside it). Bad values: 22023 field:<name>, nothing written.';

REVOKE ALL ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."update_organization_settings"(text, text, text, text, text, text) FROM PUBLIC, "anon";
