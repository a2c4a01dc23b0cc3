CREATE OR REPLACE FUNCTION private.start_chat_session_impl (
  p_organization_id uuid,
  p_pillar          text,
  p_title           text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := (select auth.uid());
  v_company uuid;
  v_session public.chat_sessions;
  v_title text := private.clean_text(p_title);
begin
  if v_uid is null then
    raise exception 'Sign in to start a chat.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_organization_id is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if p_pillar is null or p_pillar not in ('psychological', 'physical', 'financial', 'legal') then
    raise exception 'Choose a topic: psychological, physical, financial or legal.' using errcode = '22023', hint = 'field:pillar';
  end if;
  if length(v_title) > 200 then
    raise exception 'The title can have at most 200 characters.' using errcode = '22023', hint = 'field:title';
  end if;
  if not private.has_role(p_organization_id, array['member']) then
    raise exception 'Only members of this organization can start a chat here.' using errcode = 'PT403', hint = 'not_allowed';
  end if;

  select m.company_id into v_company
  from public.memberships m
  where m.organization_id = p_organization_id and m.user_id = v_uid and m.role = 'member';

  insert into public.chat_sessions (organization_id, user_id, company_id, pillar, status, title)
  values (p_organization_id, v_uid, v_company, p_pillar, 'active', v_title)
  returning * into v_session;
  return to_jsonb(v_session);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."start_chat_session_impl"(uuid, text, text) TO "service_role";

COMMENT ON FUNCTION "private"."start_chat_session_impl"(uuid, text, text) IS 'Starts an active chat of the caller as a member of the organization (company from their membership). Refuses: not a member there (PT403), unknown pillar or title over 200 chars (22023).';

REVOKE ALL ON FUNCTION "private"."start_chat_session_impl"(uuid, text, text) FROM PUBLIC;
