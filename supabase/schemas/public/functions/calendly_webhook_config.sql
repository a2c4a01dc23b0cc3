CREATE OR REPLACE FUNCTION public.calendly_webhook_config (
  p_organization_id text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_org uuid;
begin
  begin
    v_org := p_organization_id::uuid;
  exception when others then
    return null;
  end;
  return (
    select jsonb_build_object('signing_key', s.signing_key, 'timezone', o.timezone, 'phone_country', o.phone_country)
    from private.calendly_settings s join public.organizations o on o.id = s.organization_id
    where s.organization_id = v_org);
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."calendly_webhook_config"(text) TO "service_role";

COMMENT ON FUNCTION "public"."calendly_webhook_config"(text) IS 'Service role only (the calendly-webhook Edge Function): {signing_key, timezone, phone_country} of the organization, or null when it has no key (or does not exist).';

REVOKE ALL ON FUNCTION "public"."calendly_webhook_config"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."calendly_webhook_config"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."calendly_webhook_config"(text) FROM PUBLIC, "anon", "authenticated";
