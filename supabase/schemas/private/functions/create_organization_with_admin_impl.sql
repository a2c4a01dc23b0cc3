CREATE OR REPLACE FUNCTION private.create_organization_with_admin_impl (
  p_admin_email text,
  p_name        text,
  p_slug        text,
  p_timezone    text,
  p_currency    text,
  p_locale      text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_name text := private.check_text(p_name, 'name', 'The organization name', 200, true);
  v_slug text := lower(private.check_text(p_slug, 'slug', 'The slug', 63, true));
  v_timezone text := coalesce(private.check_text(p_timezone, 'timezone', 'The time zone', 64, false), 'UTC');
  v_currency text := upper(coalesce(private.check_text(p_currency, 'currency', 'The currency', 3, false), 'USD'));
  v_locale text := coalesce(private.check_text(p_locale, 'locale', 'The language', 10, false), 'en');
  v_email text := lower(private.check_text(p_admin_email, 'admin_email', 'The admin''s email', 255, true));
  v_uid uuid;
  v_org public.organizations;
  v_member public.memberships;
begin
  if v_slug !~ '^[a-z0-9][a-z0-9-]{1,62}$' then
    raise exception 'The slug takes 2 to 63 lowercase letters, digits and dashes, starting with a letter or digit.'
      using errcode = '22023', hint = 'field:slug';
  end if;
  if not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = v_timezone) then
    raise exception 'Unknown time zone %; use an IANA name such as Asia/Kolkata.', v_timezone using errcode = '22023', hint = 'field:timezone';
  end if;
  if v_currency !~ '^[A-Z]{3}$' then
    raise exception 'The currency is a three-letter ISO code such as INR.' using errcode = '22023', hint = 'field:currency';
  end if;
  if v_locale not in ('en', 'pt-BR') then
    raise exception 'The language is en or pt-BR.' using errcode = '22023', hint = 'field:locale';
  end if;
  select u.id into v_uid from auth.users u
    where lower(u.email) = v_email and u.deleted_at is null and u.is_sso_user = false;
  if v_uid is null then
    raise exception 'No user with the email %: create the person with the Auth admin API first.', v_email
      using errcode = 'PT404', hint = 'field:admin_email';
  end if;

  -- Serialize two runs for one slug; a repeat for the same person answers the same organization.
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('create_organization_with_admin:' || v_slug, 0));
  select * into v_org from public.organizations o where o.slug = v_slug;
  if found then
    select * into v_member from public.memberships m
      where m.organization_id = v_org.id and m.user_id = v_uid and m.role = 'admin';
    if not found then
      raise exception 'An organization with the slug % already exists.', v_slug using errcode = 'PT409', hint = 'field:slug';
    end if;
    return jsonb_build_object('organization', to_jsonb(v_org), 'membership', to_jsonb(v_member), 'created', false);
  end if;

  insert into public.organizations (name, slug, timezone, currency, locale)
  values (v_name, v_slug, v_timezone, v_currency, v_locale)
  returning * into v_org;
  insert into public.memberships (organization_id, user_id, role)
  values (v_org.id, v_uid, 'admin')
  returning * into v_member;
  return jsonb_build_object('organization', to_jsonb(v_org), 'membership', to_jsonb(v_member), 'created', true);
end
$function$;

COMMENT ON FUNCTION "private"."create_organization_with_admin_impl"(text, text, text, text, text, text) IS 'Creates an organization and makes the person with that Auth email its admin, in one transaction. Repeat with the same slug and person: the same organization (created false). Refuses bad input (22023 field:*), an unknown email (PT404 field:admin_email), a slug taken by another organization (PT409 field:slug).';

REVOKE ALL ON FUNCTION "private"."create_organization_with_admin_impl"(text, text, text, text, text, text) FROM PUBLIC;
