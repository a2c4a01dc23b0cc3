CREATE OR REPLACE FUNCTION public.list_resolved_calls (
  p_organization_id text,
  p_limit           text DEFAULT NULL::text,
  p_offset          text DEFAULT NULL::text,
  p_search          text DEFAULT NULL::text
)
  RETURNS TABLE (
    call_log_id     uuid,
    chat_session_id uuid,
    member_name     text,
    company_name    text,
    pillar          text,
    outcome         text,
    call_notes      text,
    specialist_id   uuid,
    specialist_name text,
    completed_at    timestamp with time zone,
    booking_id      uuid,
    booking_date    timestamp with time zone,
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
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_search text := private.clean_text(p_search);
  v_pattern text;
  v_people uuid[];
  v_companies uuid[];
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_search is not null and length(v_search) > 100 then
    raise exception 'Search with at most 100 characters.' using errcode = '22023', hint = 'field:search';
  end if;
  if v_org is null or not private.has_role(v_org, array['specialist', 'admin']) then
    return;
  end if;
  v_cap := v_offset + 1000;
  -- Literal text: % and _ typed by the user match themselves.
  v_pattern := case when v_search is null then null
                    else '%' || replace(replace(replace(v_search, '\', '\\'), '%', '\%'), '_', '\_') || '%' end;
  if v_pattern is not null then
    -- The people (members, specialists) and companies of the organization whose name matches:
    -- found once, from the organization's memberships and companies, not per walked row.
    select m.people, m.companies into v_people, v_companies from private.resolved_call_search_sets(v_org, v_pattern) m;
  end if;

  -- Newest first from the partial index of completed logs, stopped at the page; a search is
  -- checked on each walked row (member, company, specialist names and the notes).
  v_ids := array(
    select l.id
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed'
      and (v_pattern is null
           or l.call_notes ilike v_pattern
           or l.user_id = any (v_people) or l.specialist_id = any (v_people)
           or (cardinality(v_companies) > 0
               and exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id and s.company_id = any (v_companies))))
    order by l.completed_at desc, l.id
    limit v_limit offset v_offset
  );

  select count(*) into v_total from (
    select 1
    from public.specialist_call_logs l
    where l.organization_id = v_org and l.call_status = 'completed'
      and (v_pattern is null
           or l.call_notes ilike v_pattern
           or l.user_id = any (v_people) or l.specialist_id = any (v_people)
           or (cardinality(v_companies) > 0
               and exists (select 1 from public.chat_sessions s where s.id = l.chat_session_id and s.company_id = any (v_companies))))
    limit v_cap + 1
  ) c;

  return query
  select l.id, l.chat_session_id, mp.full_name, c.name, s.pillar, l.outcome,
         l.call_notes, l.specialist_id, sp.full_name, l.completed_at, l.booking_id,
         b.booking_date, least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.specialist_call_logs l on l.id = p.id
  left join public.chat_sessions s on s.id = l.chat_session_id
  left join public.profiles mp on mp.id = l.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles sp on sp.id = l.specialist_id
  left join public.bookings b on b.id = l.booking_id
  order by p.n;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) IS 'The specialists'' Resolved tab: completed call logs of the organization, newest first, paged (limit 1..200); p_search (at most 100 characters, literal) matches the name of the member, the company or the specialist (people by their membership of the organization) or the notes. total_count is counted up to offset + 1000; total_capped = there are more ("1,000+"). Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers and long searches (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_resolved_calls"(text, text, text, text) FROM PUBLIC, "anon";
