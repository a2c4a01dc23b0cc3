CREATE OR REPLACE FUNCTION public.closer_call_status_counts (
  p_organization_id text,
  p_closer_id       text,
  p_from            text DEFAULT NULL::text,
  p_to              text DEFAULT NULL::text,
  p_search          text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
  v_closer uuid := private.arg_uuid(p_closer_id, 'closer_id');
  v_from date := private.arg_date(p_from, 'from');
  v_to date := private.arg_date(p_to, 'to');
  v_search text := private.clean_text(p_search);
begin
  if v_from is not null and v_to is not null and v_from > v_to then
    raise exception 'The start date must be on or before the end date.' using errcode = '22023', hint = 'field:to';
  end if;
  return coalesce((
    select jsonb_object_agg(c.status, c.n)
    from (
      select ca.status, count(*) as n
      from public.call_appointments ca
      join public.leads l on l.id = ca.lead_id
      where ca.organization_id = v_org
        and (v_closer is null or ca.closer_id = v_closer)
        and (v_from is null or ca.scheduled_date >= v_from)
        and (v_to is null or ca.scheduled_date <= v_to)
        and (v_search is null
             or l.full_name ilike '%' || v_search || '%'
             or l.email ilike '%' || v_search || '%'
             or l.phone ilike '%' || v_search || '%')
      group by ca.status
    ) c
  ), '{}'::jsonb);
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) IS 'How many of a closer''s calls (RLS: closers only their own) hold each status under the same date range and search as list_closer_calls: {status: count}, statuses with none left out. Refuses malformed ids and dates and From after To (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."closer_call_status_counts"(text, text, text, text, text) FROM PUBLIC, "anon";
