CREATE OR REPLACE FUNCTION public.list_batch_roster (
  p_batch_id text,
  p_filter   text DEFAULT NULL::text,
  p_search   text DEFAULT NULL::text,
  p_limit    text DEFAULT '25'::text,
  p_offset   text DEFAULT '0'::text,
  p_from     text DEFAULT NULL::text,
  p_to       text DEFAULT NULL::text
)
  RETURNS TABLE (
    id                  uuid,
    lead_id             uuid,
    lead_name           text,
    lead_email          text,
    lead_phone          text,
    closer_id           uuid,
    closer_name         text,
    status              text,
    offer_amount        numeric,
    cash_received       numeric,
    due_amount          numeric,
    written_off         numeric,
    classes_access      integer,
    conversion_date     date,
    next_follow_up_date date,
    pay_after_earning   boolean,
    notes               text,
    refund_reason       text,
    total_count         bigint
  )
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_filter text := private.clean_text(p_filter);
  v_search text := private.clean_text(p_search);
  v_limit int := least(greatest(coalesce(private.arg_int(p_limit, 'limit'), 25), 1), 500);
  v_offset int := greatest(coalesce(private.arg_int(p_offset, 'offset'), 0), 0);
  v_range daterange := private.arg_date_range(p_from, p_to);
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  if v_filter is not null and v_filter not in ('refunded', 'discontinued', 'fully_paid', 'follow_up_today', 'pay_after_earning') then
    raise exception 'Unknown filter.' using errcode = '22023', hint = 'field:filter';
  end if;
  return query
  select cs.id, cs.lead_id, l.full_name, l.email, l.phone, cs.closer_id, p.full_name, cs.status,
    cs.offer_amount, cs.cash_received, cs.due_amount, cs.offer_amount - cs.cash_received - cs.due_amount,
    cs.classes_access::int, cs.conversion_date,
    cs.next_follow_up_date, cs.pay_after_earning, cs.notes, cs.refund_reason, count(*) over ()
  from public.cohort_students cs
  join public.leads l on l.id = cs.lead_id
  left join public.profiles p on p.id = cs.closer_id
  where cs.cohort_batch_id = v_batch
    and (v_filter is null
         or (v_filter = 'refunded' and cs.status = 'refunded')
         or (v_filter = 'discontinued' and cs.status = 'discontinued')
         or (v_filter = 'fully_paid' and cs.status = 'active' and cs.cash_received >= cs.offer_amount)
         or (v_filter = 'follow_up_today' and cs.next_follow_up_date = private.org_today(cs.organization_id))
         or (v_filter = 'pay_after_earning' and cs.pay_after_earning))
    and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
    and (v_search is null
         or l.full_name ilike '%' || v_search || '%'
         or l.email ilike '%' || v_search || '%'
         or l.phone ilike '%' || v_search || '%')
  order by l.full_name, cs.id
  limit v_limit
  offset v_offset;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) IS 'A page of a batch''s students the caller may read (RLS), by lead name, with an optional filter (refunded, discontinued, fully_paid = active and paid in full, follow_up_today in the organization''s timezone, pay_after_earning), conversion-date range (inclusive) and search; total_count is the filtered total. cash_received = payments - refunds; due_amount is 0 for refunded and discontinued students; written_off = offer - received - due. Refuses a bad id, number, date or range and an unknown filter (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_batch_roster"(text, text, text, text, text, text, text) FROM PUBLIC, "anon";
