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
    total_count     bigint,
    total_capped    boolean
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  SET jit TO 'off'
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_company uuid := private.arg_uuid(p_company_id, 'company_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_sort text := coalesce(p_sort, 'longest_wait');
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_sort not in ('longest_wait', 'shortest_wait') then
    raise exception 'Sort by longest or shortest wait.' using errcode = '22023', hint = 'field:sort';
  end if;
  if v_org is null or not private.has_role(v_org, array['specialist', 'admin']) then
    return;
  end if;
  v_cap := v_offset + 1000;

  -- The page's ids, in the index order of the request time (the log's created_at: the
  -- escalation of that request). Filters on the chat (company, pillar) are checked per walked row.
  if v_sort = 'longest_wait' then
    v_ids := array(
      select l.id
      from public.specialist_call_logs l
      where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
        and (v_company is null and p_pillar is null
             or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                          and (v_company is null or s.company_id = v_company)
                          and (p_pillar is null or s.pillar = p_pillar)))
      order by l.created_at asc, l.id asc
      limit v_limit offset v_offset
    );
  else
    v_ids := array(
      select l.id
      from public.specialist_call_logs l
      where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
        and (v_company is null and p_pillar is null
             or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                          and (v_company is null or s.company_id = v_company)
                          and (p_pillar is null or s.pillar = p_pillar)))
      order by l.created_at desc, l.id desc
      limit v_limit offset v_offset
    );
  end if;

  -- Counted up to offset + 1,000 (a person pages through far fewer): "1,000+" beyond.
  select count(*) into v_total from (
    select 1
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status in ('pending', 'scheduled')
      and (v_company is null and p_pillar is null
           or exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id
                        and (v_company is null or s.company_id = v_company)
                        and (p_pillar is null or s.pillar = p_pillar)))
    limit v_cap + 1
  ) c;

  return query
  select l.id, l.chat_session_id, l.user_id, mp.full_name, mp.phone,
         s.company_id, c.name, s.pillar, coalesce(l.reason, s.phone_escalation_reason), s.status, l.call_status,
         l.created_at, l.attempts, l.last_attempt_at, l.scheduled_for,
         l.claimed_by, cp.full_name, l.claimed_at,
         least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.specialist_call_logs l on l.id = p.id
  join public.chat_sessions s on s.id = l.chat_session_id
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles cp on cp.id = l.claimed_by
  order by p.n;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) IS 'The specialists'' Pending tab: open (pending or scheduled) call logs of the organization whatever the chat status (invariant C1), longest wait first (p_sort longest_wait, the default) or shortest wait first (shortest_wait), in the order of the open-log index (request time = the log''s created_at, requested_at), filtered by company/pillar, paged (limit 1..200). total_count is counted up to offset + 1000; total_capped = there are more. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and other sorts (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_call_queue"(text, text, text, text, text, text) FROM PUBLIC, "anon";
