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
    total_count         bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
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
begin
  if v_from is not null and v_to is not null and v_from > v_to then
    raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
  end if;
  return query
  with calls as (
    select ca.*, l.full_name as l_name, l.email as l_email, l.phone as l_phone,
      b.name as b_name, t.name as t_name,
      case when ca.scheduled_date = v_today then 0
           when ca.scheduled_date > v_today then 1 else 2 end as rank
    from public.call_appointments ca
    join public.leads l on l.id = ca.lead_id
    left join public.cohort_batches b on b.id = ca.batch_id
    left join public.cohort_types t on t.id = b.cohort_type_id
    where ca.organization_id = v_org
      and (v_closer is null or ca.closer_id = v_closer)
      and (p_statuses is null or cardinality(p_statuses) = 0 or ca.status = any (p_statuses))
      and (v_from is null or ca.scheduled_date >= v_from)
      and (v_to is null or ca.scheduled_date <= v_to)
      and (v_search is null
           or l.full_name ilike '%' || v_search || '%'
           or l.email ilike '%' || v_search || '%'
           or l.phone ilike '%' || v_search || '%')
  )
  select r.id, r.lead_id, r.l_name, r.l_email, r.l_phone, r.scheduled_date, r.scheduled_time,
    (r.scheduled_date + coalesce(r.scheduled_time, time '00:00')) at time zone v_tz,
    r.status, r.batch_id, r.b_name, r.t_name, r.offer_amount, r.cash_received, r.due_amount, r.classes_access::int,
    r.next_follow_up_date, r.additional_comments, r.version,
    (array['today', 'upcoming', 'past'])[r.rank + 1],
    count(*) over ()
  from calls r
  order by r.rank,
    case when r.rank < 2 then r.scheduled_date end asc,
    case when r.rank < 2 then r.scheduled_time end asc nulls last,
    case when r.rank = 2 then r.scheduled_date end desc,
    case when r.rank = 2 then r.scheduled_time end desc nulls last,
    r.id
  limit v_limit
  offset v_offset;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) IS 'A page of a closer''s calls (RLS: closers only their own): today by time, then upcoming ascending, then past descending, in the organization''s timezone; filters by status, date range and lead name/email/phone; total_count is the filtered total; scheduled_at is the scheduled date and time (midnight when no time) as an instant in the organization''s timezone. Refuses malformed ids, dates, numbers and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_closer_calls"(text, text, text[], text, text, text, text, text) FROM PUBLIC, "anon";
