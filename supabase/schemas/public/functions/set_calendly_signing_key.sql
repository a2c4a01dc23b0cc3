CREATE OR REPLACE FUNCTION public.set_calendly_signing_key (
  p_organization_id text,
  p_signing_key     text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_replayed jsonb := private.replayed_write('set_calendly_signing_key');
  v_org uuid;
  v_uid uuid;
  v_key text;
  v_at timestamptz;
begin
  if v_replayed is not null then
    return v_replayed;
  end if;
  v_org := private.arg_uuid(p_organization_id, 'organization_id');
  v_uid := private.sales_caller();
  if v_org is null or not private.has_role(v_org, array['admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member']) then
    raise exception 'Organization not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_org, array['admin']) then
    raise exception 'Only admins can set the Calendly signing key.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  v_key := private.clean_text(p_signing_key);
  if v_key is null then
    delete from private.calendly_settings s where s.organization_id = v_org;
    return private.remember_write(jsonb_build_object('configured', false, 'updated_at', null));
  end if;
  if length(v_key) < 16 or length(v_key) > 500 or v_key ~ '\s' then
    raise exception 'The signing key is 16 to 500 characters without spaces, as Calendly shows it.' using errcode = '22023', hint = 'field:signing_key';
  end if;
  insert into private.calendly_settings (organization_id, signing_key, updated_by, updated_at)
  values (v_org, v_key, v_uid, now())
  on conflict (organization_id) do update set signing_key = excluded.signing_key, updated_by = excluded.updated_by, updated_at = excluded.updated_at
  returning updated_at into v_at;
  return private.remember_write(jsonb_build_object('configured', true, 'updated_at', v_at));
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."set_calendly_signing_key"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."set_calendly_signing_key"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."set_calendly_signing_key"(text, text) IS 'Admins: sets (or, with an empty key, removes) the organization''s Calendly webhook signing key. Never returns the key. PT403 for other roles, PT404 outside the organization, 22023 field:signing_key for a malformed key.';

REVOKE ALL ON FUNCTION "public"."set_calendly_signing_key"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."set_calendly_signing_key"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."set_calendly_signing_key"(text, text) FROM PUBLIC, "anon";
