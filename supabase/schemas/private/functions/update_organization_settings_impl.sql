CREATE OR REPLACE FUNCTION private.update_organization_settings_impl (
  p_org                      uuid,
  p_name                     text,
  p_timezone                 text,
  p_currency                 text,
  p_locale                   text,
  p_call_wait_target_minutes integer
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
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
$function$;

COMMENT ON FUNCTION "private"."update_organization_settings_impl"(uuid, text, text, text, text, integer) IS 'See public.update_organization_settings.';

REVOKE ALL ON FUNCTION "private"."update_organization_settings_impl"(uuid, text, text, text, text, integer) FROM PUBLIC;
