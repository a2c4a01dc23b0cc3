CREATE OR REPLACE FUNCTION public.closer_summary (
  p_organization_id text,
  p_from            text DEFAULT NULL::text,
  p_to              text DEFAULT NULL::text
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
  v_range daterange := private.arg_date_range(p_from, p_to);
  v_all boolean;
  v_lo date;
  v_hi date;
begin
  v_all := lower_inf(v_range) and upper_inf(v_range);
  v_lo := coalesce(lower(v_range), '-infinity'::date);
  v_hi := coalesce(upper(v_range), 'infinity'::date);
  return query
  with closers as (
    select distinct m.user_id
    from public.memberships m
    where m.organization_id = v_org and m.role = 'closer'
      and (private.has_role(v_org, array['admin', 'manager']) or m.user_id = (select auth.uid()))
  ), counts as (
    select k.closer_id,
      sum(k.calls)::bigint as assigned,
      (sum(k.calls) filter (where k.status = any (private.sales_converted_statuses())))::bigint as converted,
      (sum(k.calls) filter (where k.status = 'not_converted'))::bigint as not_converted,
      (sum(k.calls) filter (where k.status = 'reschedule'))::bigint as rescheduled
    from public.closer_call_counts k
    where v_all and k.organization_id = v_org and k.closer_id in (select c.user_id from closers c)
    group by k.closer_id
    union all
    select ca.closer_id,
      count(*) as assigned,
      count(*) filter (where ca.status = any (private.sales_converted_statuses())) as converted,
      count(*) filter (where ca.status = 'not_converted') as not_converted,
      count(*) filter (where ca.status = 'reschedule') as rescheduled
    from public.call_appointments ca
    where not v_all and ca.organization_id = v_org
      and ca.scheduled_date >= v_lo and ca.scheduled_date < v_hi
      and ca.closer_id in (select c.user_id from closers c)
    group by ca.closer_id
  ), money as (
    select t.closer_id, sum(t.students)::bigint as students, sum(t.offered) as offered,
      sum(t.received) as received, sum(t.due) as due, sum(t.offered - t.received - t.due) as written_off
    from public.student_money_totals t
    where v_all and t.organization_id = v_org and t.closer_id in (select c.user_id from closers c)
    group by t.closer_id
    union all
    select cs.closer_id, count(*) as students, sum(cs.offer_amount) as offered,
      sum(cs.cash_received) as received, sum(cs.due_amount) as due,
      sum(cs.offer_amount - cs.cash_received - cs.due_amount) as written_off
    from public.cohort_students cs
    where not v_all and cs.organization_id = v_org
      and cs.conversion_date >= v_lo and cs.conversion_date < v_hi
      and cs.closer_id in (select c.user_id from closers c)
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

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."closer_summary"(text, text, text) IS 'One row per closer of the organization: assigned / converted / not converted / rescheduled calls, and the money of the closer''s students (cohort_students of any status, the rows of the roster): students, offered, received (payments - refunds), due, written_off = offered - received - due; cash_collected = received. Without p_from / p_to: all time (from the running totals closer_call_counts and student_money_totals); with them (inclusive, organization dates; either may be open): calls by scheduled date and students by conversion date in the period. A closer sees only their own row, other roles nothing (RLS). Bad id or range: 22023 field:*.';

REVOKE ALL ON FUNCTION "public"."closer_summary"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."closer_summary"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."closer_summary"(text, text, text) FROM PUBLIC, "anon";
