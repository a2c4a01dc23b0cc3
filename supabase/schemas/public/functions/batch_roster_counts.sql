CREATE OR REPLACE FUNCTION public.batch_roster_counts (
  p_batch_id text,
  p_search   text DEFAULT NULL::text,
  p_from     text DEFAULT NULL::text,
  p_to       text DEFAULT NULL::text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_search text := private.clean_text(p_search);
  v_range daterange := private.arg_date_range(p_from, p_to);
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select jsonb_build_object(
    'all', count(*),
    'refunded', count(*) filter (where cs.status = 'refunded'),
    'discontinued', count(*) filter (where cs.status = 'discontinued'),
    'fully_paid', count(*) filter (where cs.status = 'active' and cs.cash_received >= cs.offer_amount),
    'follow_up_today', count(*) filter (where cs.next_follow_up_date = private.org_today(cs.organization_id)),
    'pay_after_earning', count(*) filter (where cs.pay_after_earning))
  into v_out
  from public.cohort_students cs
  join public.leads l on l.id = cs.lead_id
  where cs.cohort_batch_id = v_batch
    and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
    and (v_search is null
         or l.full_name ilike '%' || v_search || '%'
         or l.email ilike '%' || v_search || '%'
         or l.phone ilike '%' || v_search || '%');
  return v_out;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) IS 'How many of the batch''s students the caller may read (RLS) each roster filter would show, with the same search and conversion-date range as list_batch_roster: { all, refunded, discontinued, fully_paid, follow_up_today, pay_after_earning }. Refuses bad arguments (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."batch_roster_counts"(text, text, text, text) FROM PUBLIC, "anon";
