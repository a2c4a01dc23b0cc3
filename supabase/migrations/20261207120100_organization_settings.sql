-- Organization settings are edited by its admins in the app (issue 15, "The team"): name,
-- timezone (an IANA zone the database knows), currency (one of the currencies with an amount
-- ceiling, private.currency_max_amounts), language (en, pt-BR) and the call-wait target
-- (1 to 240 minutes). The browser validates the same rules (src/features/team/forms).
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.arg_timezone(p_value text, p_field text)
returns text
language plpgsql stable set search_path = ''
as $$
declare
  v text := private.clean_text(p_value);
begin
  -- An IANA name (Area/Location, or UTC); not an abbreviation or a POSIX rule such as EST5EDT.
  if v is null or length(v) > 64
     or (v <> 'UTC' and v !~ '^[A-Za-z]+(/[A-Za-z0-9_+-]+){1,2}$')
     or not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = v) then
    raise exception 'Choose a timezone from the list (for example Asia/Kolkata).' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  return v;
end
$$;
comment on function private.arg_timezone(text, text) is 'Parses an IANA timezone name the database knows (Area/Location or UTC); refuses anything else with 22023 field:<name>.';
revoke all on function private.arg_timezone(text, text) from public, anon, authenticated;

create or replace function private.update_organization_settings_impl(
  p_org uuid, p_name text, p_timezone text, p_currency text, p_locale text, p_call_wait_target_minutes integer)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_name text := private.clean_text(p_name);
  v_currency text := upper(private.clean_text(p_currency));
  v_org public.organizations;
begin
  perform private.require_team_admin(p_org);
  if v_name is null then
    raise exception 'Enter the organization''s name.' using errcode = '22023', hint = 'field:name';
  end if;
  if length(v_name) > 200 then
    raise exception 'Use at most 200 characters.' using errcode = '22023', hint = 'field:name';
  end if;
  if v_currency is null or not exists (select 1 from private.currency_max_amounts() m where m.currency = v_currency) then
    raise exception 'Choose one of the supported currencies.' using errcode = '22023', hint = 'field:currency';
  end if;
  if p_locale is null or p_locale not in ('en', 'pt-BR') then
    raise exception 'Choose English or Portuguese (Brazil).' using errcode = '22023', hint = 'field:locale';
  end if;
  if p_call_wait_target_minutes is null or p_call_wait_target_minutes not between 1 and 240 then
    raise exception 'The call-wait target is between 1 and 240 minutes.' using errcode = '22023', hint = 'field:call_wait_target_minutes';
  end if;
  update public.organizations o
    set name = v_name, timezone = p_timezone, currency = v_currency, locale = p_locale,
        call_wait_target_minutes = p_call_wait_target_minutes
    where o.id = p_org
    returning * into v_org;
  return to_jsonb(v_org);
end
$$;
comment on function private.update_organization_settings_impl(uuid, text, text, text, text, integer) is 'See public.update_organization_settings.';
revoke all on function private.update_organization_settings_impl(uuid, text, text, text, text, integer) from public, anon, authenticated;

create or replace function public.update_organization_settings(
  p_organization_id text, p_name text, p_timezone text, p_currency text, p_locale text, p_call_wait_target_minutes text)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
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
$$;
comment on function public.update_organization_settings(text, text, text, text, text, text) is
  'Sets the organization''s name (1-200 visible characters), timezone (IANA), currency (a currency of private.currency_max_amounts), language (en, pt-BR) and call-wait target (1-240 minutes); returns the organization. Admins only (PT403; PT404 outside it). Bad values: 22023 field:<name>, nothing written.';
revoke all on function public.update_organization_settings(text, text, text, text, text, text) from public, anon;
grant execute on function public.update_organization_settings(text, text, text, text, text, text) to authenticated;
