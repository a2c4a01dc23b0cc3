CREATE OR REPLACE FUNCTION public.closer_summary (
  p_organization_id text
)
  RETURNS TABLE (
    closer_id      uuid,
    closer_name    text,
    assigned       bigint,
    converted      bigint,
    not_converted  bigint,
    rescheduled    bigint,
    cash_collected numeric,
    students       bigint,
    offered        numeric,
    received       numeric,
    due            numeric,
    written_off    numeric
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
begin
  return query
  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = v_org and m.role = 'closer'
      and (private.has_role(v_org, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), counts as (
    select ca.closer_id,
      count(*) as assigned,
      count(*) filter (where ca.status = any (private.sales_converted_statuses())) as converted,
      count(*) filter (where ca.status = 'not_converted') as not_converted,
      count(*) filter (where ca.status = 'reschedule') as rescheduled
    from public.call_appointments ca
    where ca.organization_id = v_org and ca.closer_id in (select c.user_id from closers c)
    group by ca.closer_id
  ), money as (
    select cs.closer_id, count(*) as students, sum(cs.offer_amount) as offered,
      sum(cs.cash_received) as received, sum(cs.due_amount) as due,
      sum(cs.offer_amount - cs.cash_received - cs.due_amount) as written_off
    from public.cohort_students cs
    where cs.organization_id = v_org and cs.closer_id in (select c.user_id from closers c)
    group by cs.closer_id
  )
  select c.user_id, coalesce(p.full_name, ''), coalesce(k.assigned, 0::bigint), coalesce(k.converted, 0::bigint),
         coalesce(k.not_converted, 0::bigint), coalesce(k.rescheduled, 0::bigint),
         coalesce(m.received, 0::numeric),
         coalesce(m.students, 0::bigint), coalesce(m.offered, 0::numeric), coalesce(m.received, 0::numeric),
         coalesce(m.due, 0::numeric), coalesce(m.written_off, 0::numeric)
  from closers c
  left join public.profiles p on p.id = c.user_id
  left join counts k on k.closer_id = c.user_id
  left join money m on m.closer_id = c.user_id
  order by coalesce(p.full_name, ''), c.user_id;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text) TO "service_role";

COMMENT ON FUNCTION "public"."closer_summary"(text) IS 'One row per closer of the organization: assigned / converted / not converted / rescheduled calls, and the money of the closer''s students (cohort_students of any status, the rows of the roster): students, offered, received (payments - refunds), due, written_off = offered - received - due; cash_collected = received. A closer sees only their own row, other roles nothing (RLS). Bad id: 22023 field:organization_id.';

REVOKE ALL ON FUNCTION "public"."closer_summary"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."closer_summary"(text) FROM PUBLIC, "anon";
