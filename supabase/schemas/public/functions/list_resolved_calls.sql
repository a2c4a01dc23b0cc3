CREATE OR REPLACE FUNCTION public.list_resolved_calls (
  p_organization_id text,
  p_limit           text DEFAULT NULL::text,
  p_offset          text DEFAULT NULL::text
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
    total_count     bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  return query
  -- Page the completed logs first (count and order need only the log rows and their index),
  -- then look up names for the page's rows only.
  with page as (
    select l.id, l.chat_session_id, l.user_id, l.outcome, l.call_notes, l.specialist_id, l.completed_at, l.booking_id,
           count(*) over () as total_count
    from public.specialist_call_logs l
    where l.organization_id = v_org
      and l.call_status = 'completed'
      and (select private.has_role(v_org, array['specialist', 'admin']))
    order by l.completed_at desc, l.id
    limit v_limit
    offset v_offset
  )
  select p.id, p.chat_session_id, mp.full_name, c.name, s.pillar, p.outcome,
         p.call_notes, p.specialist_id, sp.full_name, p.completed_at, p.booking_id,
         b.booking_date, p.total_count
  from page p
  left join public.chat_sessions s on s.id = p.chat_session_id
  left join public.profiles mp on mp.id = p.user_id
  left join public.companies c on c.id = s.company_id
  left join public.profiles sp on sp.id = p.specialist_id
  left join public.bookings b on b.id = p.booking_id
  order by p.completed_at desc, p.id;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_resolved_calls"(text, text, text) IS 'The specialists'' Resolved tab: completed call logs of the organization, newest first, paged (limit 1..200) with total_count. Empty for callers who are not specialist/admin there; RLS applies. Refuses malformed ids/numbers (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_resolved_calls"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_resolved_calls"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_resolved_calls"(text, text, text) FROM PUBLIC, "anon";
