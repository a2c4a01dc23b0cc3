CREATE OR REPLACE FUNCTION private.own_chat_session_ids()
  RETURNS SETOF uuid
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select cs.id from public.chat_sessions cs
  where cs.user_id = (select auth.uid())
    and cs.organization_id in (select private.org_ids_with_role(array['member']))
$function$;

GRANT EXECUTE ON FUNCTION "private"."own_chat_session_ids"() TO "authenticated";

COMMENT ON FUNCTION "private"."own_chat_session_ids"() IS 'Chat sessions of the caller as a member.';

REVOKE ALL ON FUNCTION "private"."own_chat_session_ids"() FROM PUBLIC;
