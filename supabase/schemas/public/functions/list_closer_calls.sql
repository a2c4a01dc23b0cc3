CREATE OR REPLACE FUNCTION public.list_closer_calls (
  p_organization_id text,
  p_closer_id       text,
  p_statuses        text[] DEFAULT NULL::text[],
  p_from            text   DEFAULT NULL::text,
  p_to              text   DEFAULT NULL::text,
  p_search          text   DEFAULT NULL::text,
  p_limit           text   DEFAULT NULL::text,
  p_offset          text   DEFAULT NULL::text
)
  RETURNS TABLE (
    id                  uuid,
    lead_id             uuid,
    lead_name           text,
    lead_email          text,
    lead_phone          text,
    scheduled_date      date,
    scheduled_time      time without time zone,
    scheduled_at        timestamp with time zone,
    status              text,
    batch_id            uuid,
    batch_name          text,
    cohort_type_name    text,
    offer_amount        numeric,
    cash_received       numeric,
    due_amount          numeric,
    classes_access      integer,
    next_follow_up_date date,
    additional_comments text,
    version             integer,
    bucket              text,
    total_count         bigint,
    total_capped        boolean
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  SET jit TO 'off'
  AS $function$
#variable_conflict use_column
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_closer uuid := private.arg_uuid(p_closer_id, 'closer_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 200);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_search text := private.clean_text(p_search);
  v_today date := private.org_today(v_org);
  v_tz text := coalesce((select o.timezone from public.organizations o where o.id = v_org), 'UTC');
  v_statuses text[] := case when cardinality(p_statuses) > 0 then p_statuses end;
  v_like text := '%' || private.clean_text(p_search) || '%';
  v_need int;
  v_cap int;
  v_total bigint;
  v_ids uuid[];
begin
  if v_from is not null and v_to is not null and v_from > v_to then
    raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
  end if;
  v_need := v_offset + v_limit;
  v_cap := v_offset + 1000;

  -- Each bucket walked in its own order (the index gives the date; a day's calls are sorted by
  -- time), at most offset + limit rows each; then the page of the three in bucket order.
  v_ids := array(
    select x.id from (
      (select ca.id, 0 as rank, ca.scheduled_date as d, ca.scheduled_time as t
       from public.call_appointments ca
       where ca.organization_id = v_org and (v_closer is null or ca.closer_id = v_closer)
         and ca.scheduled_date = v_today
         and (v_from is null or v_today >= v_from) and (v_to is null or v_today <= v_to)
         and (v_statuses is null or ca.status = any (v_statuses))
         and (v_search is null or exists (select 1 from public.leads l where l.id = ca.lead_id
                                   and (l.full_name ilike v_like or l.email ilike v_like or l.phone ilike v_like)))
       order by ca.scheduled_time asc nulls last, ca.id
       limit v_need)
      union all
      (select ca.id, 1, ca.scheduled_date, ca.scheduled_time
       from public.call_appointments ca
       where ca.organization_id = v_org and (v_closer is null or ca.closer_id = v_closer)
         and ca.scheduled_date > v_today
         and (v_from is null or ca.scheduled_date >= v_from) and (v_to is null or ca.scheduled_date <= v_to)
         and (v_statuses is null or ca.status = any (v_statuses))
         and (v_search is null or exists (select 1 from public.leads l where l.id = ca.lead_id
                                   and (l.full_name ilike v_like or l.email ilike v_like or l.phone ilike v_like)))
       order by ca.scheduled_date asc, ca.scheduled_time asc nulls last, ca.id
       limit v_need)
      union all
      (select ca.id, 2, ca.scheduled_date, ca.scheduled_time
       from public.call_appointments ca
       where ca.organization_id = v_org and (v_closer is null or ca.closer_id = v_closer)
         and ca.scheduled_date < v_today
         and (v_from is null or ca.scheduled_date >= v_from) and (v_to is null or ca.scheduled_date <= v_to)
         and (v_statuses is null or ca.status = any (v_statuses))
         and (v_search is null or exists (select 1 from public.leads l where l.id = ca.lead_id
                                   and (l.full_name ilike v_like or l.email ilike v_like or l.phone ilike v_like)))
       order by ca.scheduled_date desc, ca.scheduled_time desc nulls last, ca.id
       limit v_need)
    ) x
    order by x.rank,
      case when x.rank < 2 then x.d end asc,
      case when x.rank < 2 then x.t end asc nulls last,
      case when x.rank = 2 then x.d end desc,
      case when x.rank = 2 then x.t end desc nulls last,
      x.id
    limit v_limit offset v_offset
  );

  select count(*) into v_total from (
    select 1
    from public.call_appointments ca
    where ca.organization_id = v_org and (v_closer is null or ca.closer_id = v_closer)
      and (v_from is null or ca.scheduled_date >= v_from) and (v_to is null or ca.scheduled_date <= v_to)
      and (v_statuses is null or ca.status = any (v_statuses))
      and (v_search is null or exists (select 1 from public.leads l where l.id = ca.lead_id
                                   and (l.full_name ilike v_like or l.email ilike v_like or l.phone ilike v_like)))
    limit v_cap + 1
  ) c;

  return query
  select ca.id, ca.lead_id, l.full_name, l.email, l.phone, ca.scheduled_date, ca.scheduled_time,
    (ca.scheduled_date + coalesce(ca.scheduled_time, time '00:00')) at time zone v_tz,
    ca.status, ca.batch_id, b.name, t.name, ca.offer_amount, ca.cash_received, ca.due_amount, ca.classes_access::int,
    ca.next_follow_up_date, ca.additional_comments, ca.version,
    case when ca.scheduled_date = v_today then 'today' when ca.scheduled_date > v_today then 'upcoming' else 'past' end,
    least(v_total, v_cap::bigint), v_total > v_cap
  from unnest(v_ids) with ordinality as p (id, n)
  join public.call_appointments ca on ca.id = p.id
  join public.leads l on l.id = ca.lead_id
  left join public.cohort_batches b on b.id = ca.batch_id
  left join public.cohort_types t on t.id = b.cohort_type_id
  order by p.n;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) IS 'A page of a closer''s calls (RLS: closers only their own): today by time, then upcoming ascending, then past descending, in the organization''s timezone; filters by status, date range and lead name/email/phone; total_count is the filtered total counted up to offset + 1000 (total_capped = more); scheduled_at is the scheduled date and time (midnight when no time) as an instant in the organization''s timezone. Reads offset + limit rows per bucket, not the closer''s history. Refuses malformed ids, dates, numbers and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) FROM PUBLIC, "anon";
