CREATE OR REPLACE FUNCTION public.list_call_queue (
  p_organization_id text,
  p_company_id      text DEFAULT NULL::text,
  p_pillar          text DEFAULT NULL::text,
  p_limit           text DEFAULT NULL::text,
  p_offset          text DEFAULT NULL::text,
  p_sort            text DEFAULT NULL::text
)
  RETURNS TABLE (
    call_log_id     uuid,
    chat_session_id uuid,
    member_id       uuid,
    member_name     text,
    member_phone    text,
    company_id      uuid,
    company_name    text,
    pillar          text,
    reason          text,
    session_status  text,
    call_status     text,
    requested_at    timestamp with time zone,
    attempts        integer,
    last_attempt_at timestamp with time zone,
    scheduled_for   timestamp with time zone,
    claimed_by      uuid,
    claimed_by_name text,
    claimed_at      timestamp with time zone,
    total_count     bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_company uuid := private.arg_uuid(p_company_id, 'company_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_sort text := coalesce(p_sort, 'longest_wait');
begin
  if v_sort not in ('longest_wait', 'shortest_wait') then
    raise exception 'Sort by longest or shortest wait.' using errcode = '22023', hint = 'field:sort';
  end if;
  return query
  select l.id, l.chat_session_id, l.user_id, mp.full_name, mp.phone,
         s.company_id, c.name, s.pillar, coalesce(l.reason, s.phone_escalation_reason), s.status, l.call_status,
         coalesce(s.phone_escalated_at, l.created_at) as requested_at, l.attempts, l.last_attempt_at, l.scheduled_for,
         l.claimed_by, cp.full_name, l.claimed_at,
         count(*) over ()
  from public.specialist_call_logs l
  -- One primary-key lookup per open log (the limit keeps the planner from hashing every
  -- session of the organization: thousands of open logs against hundreds of thousands of chats).
  join lateral (
    select s0.company_id, s0.pillar, s0.phone_escalation_reason, s0.status, s0.phone_escalated_at
    from public.chat_sessions s0 where s0.id = l.chat_session_id limit 1
  ) s on true
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles cp on cp.id = l.claimed_by
  -- Invariant C1: every open log, whatever the session's status.
  where l.organization_id = v_org
    and l.call_status in ('pending', 'scheduled')
    and (select private.has_role(v_org, array['specialist', 'admin']))
    and (v_company is null or s.company_id = v_company)
    and (p_pillar is null or s.pillar = p_pillar)
  order by
    case when v_sort = 'longest_wait' then coalesce(s.phone_escalated_at, l.created_at) end asc,
    case when v_sort = 'shortest_wait' then coalesce(s.phone_escalated_at, l.created_at) end desc,
    case when v_sort = 'longest_wait' then l.id end asc,
    case when v_sort = 'shortest_wait' then l.id end desc
  limit v_limit
  offset v_offset;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) IS 'The specialists'' Pending tab: every open (pending or scheduled) call log of the organization whatever the chat status (invariant C1), longest wait first (p_sort longest_wait, the default) or shortest wait first (shortest_wait), paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and other sorts (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) FROM PUBLIC, "anon";
