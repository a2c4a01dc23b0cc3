CREATE OR REPLACE FUNCTION public.list_member_call_requests (
  p_organization_id     text,
  p_member_id           text,
  p_exclude_call_log_id text DEFAULT NULL::text,
  p_limit               text DEFAULT NULL::text
)
  RETURNS TABLE (
    call_log_id     uuid,
    created_at      timestamp with time zone,
    pillar          text,
    reason          text,
    call_status     text,
    outcome         text,
    call_notes      text,
    specialist_name text,
    completed_at    timestamp with time zone,
    attempts        integer,
    total_count     bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  SET jit TO 'off'
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_member uuid := private.arg_uuid(p_member_id, 'member_id');
  v_exclude uuid := private.arg_uuid(p_exclude_call_log_id, 'exclude_call_log_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 10), 1), 50);
begin
  if v_member is null then
    raise exception 'Choose a member.' using errcode = '22023', hint = 'field:member_id';
  end if;
  return query
  with page as (
    select l.id, l.created_at, l.chat_session_id, l.reason, l.call_status, l.outcome, l.call_notes,
           l.specialist_id, l.completed_at, l.attempts, count(*) over () as total_count
    from public.specialist_call_logs l
    where l.user_id = v_member and l.organization_id = v_org
      and (v_exclude is null or l.id <> v_exclude)
      and (select private.has_role(v_org, array['specialist', 'admin']))
    order by l.created_at desc, l.id desc
    limit v_limit
  )
  select p.id, p.created_at, s.pillar, p.reason, p.call_status, p.outcome, p.call_notes, sp.full_name,
         p.completed_at, p.attempts, p.total_count
  from page p
  left join public.chat_sessions s on s.id = p.chat_session_id
  left join public.profiles sp on sp.id = p.specialist_id
  order by p.created_at desc, p.id desc;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) IS 'A member''s earlier call requests in the organization (newest first, at most p_limit 1..50, default 10, with total_count), for the specialist''s call dialog; excludes the request being handled. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_member_call_requests"(text, text, text, text) FROM PUBLIC, "anon";
