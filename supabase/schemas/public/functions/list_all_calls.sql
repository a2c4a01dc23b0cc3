CREATE OR REPLACE FUNCTION public.list_all_calls (
  p_organization_id text,
  p_closer          text DEFAULT NULL::text,
  p_status          text DEFAULT NULL::text,
  p_from            text DEFAULT NULL::text,
  p_to              text DEFAULT NULL::text,
  p_search          text DEFAULT NULL::text,
  p_limit           text DEFAULT NULL::text,
  p_offset          text DEFAULT NULL::text
)
  RETURNS TABLE (
    id                  uuid,
    lead_id             uuid,
    lead_name           text,
    lead_email          text,
    lead_phone          text,
    closer_id           uuid,
    closer_name         text,
    scheduled_date      date,
    scheduled_time      time without time zone,
    status              text,
    cancellation_reason text,
    additional_comments text,
    version             integer,
    total_count         bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_unassigned boolean := coalesce(p_closer = 'unassigned', false);
  v_closer uuid := case when p_closer = 'unassigned' then null else private.arg_uuid(p_closer, 'closer') end;
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_search text := private.clean_text(p_search);
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 100);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  if not private.has_role(v_org, array['admin', 'manager']) then
    raise exception 'Only admins and managers see all calls.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  if p_status is not null and p_status <> all (array['scheduled', 'pending', 'reschedule', 'not_decided', 'so_so', 'not_converted', 'no_show', 'discontinued',
      'booking_amount', 'converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'refunded', 'cancelled']) then
    raise exception 'Unknown status.' using errcode = '22023', hint = 'field:status';
  end if;
  -- `not materialized`: the count and the page each read through the (organization, date) index
  -- only what they need (at most 10,000 rows; one page), never the organization's every call.
  return query
    with matching as not materialized (
      select ca.* from public.call_appointments ca
      where ca.organization_id = v_org
        and (not v_unassigned or ca.closer_id is null)
        and (v_closer is null or ca.closer_id = v_closer)
        and (p_status is null or ca.status = p_status)
        and (v_from is null or ca.scheduled_date >= v_from)
        and (v_to is null or ca.scheduled_date <= v_to)
        and (v_search is null or ca.lead_id in (
          select l.id from public.leads l where l.organization_id = v_org
            and (l.full_name ilike '%' || v_search || '%' or l.email ilike '%' || v_search || '%' or l.phone ilike '%' || v_search || '%')))
    ), total as (
      select count(*) as n from (select 1 from matching limit 10000) capped
    ), page as (
      select m.* from matching m
      order by m.scheduled_date desc, m.scheduled_time desc nulls last, m.id
      limit v_limit offset v_offset
    )
    select p.id, p.lead_id, l.full_name, l.email, l.phone, p.closer_id, pr.full_name,
           p.scheduled_date, p.scheduled_time, p.status, p.cancellation_reason, p.additional_comments,
           p.version, (select n from total)
    from page p
    join public.leads l on l.id = p.lead_id
    left join public.profiles pr on pr.id = p.closer_id
    order by p.scheduled_date desc, p.scheduled_time desc nulls last, p.id;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) IS 'Admins and managers: one page (limit 1..100, default 25) of the organization''s calls across closers, newest first; closer = a closer id or ''unassigned''; status, date range and search on the lead''s name/email/phone; total_count capped at 10,000. PT403 for other roles.';

REVOKE ALL ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_all_calls"(text, text, text, text, text, text, text, text) FROM PUBLIC, "anon";
