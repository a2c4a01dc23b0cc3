CREATE OR REPLACE FUNCTION public.batch_roster_totals (
  p_batch_id text,
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
  v_range daterange := private.arg_date_range(p_from, p_to);
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  with s as (
    select cs.closer_id, cs.offer_amount, cs.cash_received, cs.due_amount
    from public.cohort_students cs
    where cs.cohort_batch_id = v_batch
      and ((lower_inf(v_range) and upper_inf(v_range)) or cs.conversion_date <@ v_range)
  ), by_closer as (
    select s.closer_id, count(*) as students, sum(s.offer_amount) as offered,
      sum(s.cash_received) as received, sum(s.due_amount) as due,
      sum(s.offer_amount - s.cash_received - s.due_amount) as written_off
    from s group by s.closer_id
  ), total as (
    select count(*) as students, coalesce(sum(s.offer_amount), 0) as offered,
      coalesce(sum(s.cash_received), 0) as received, coalesce(sum(s.due_amount), 0) as due,
      coalesce(sum(s.offer_amount - s.cash_received - s.due_amount), 0) as written_off
    from s
  )
  select jsonb_build_object(
    'students', t.students, 'offered', t.offered, 'received', t.received, 'due', t.due,
    'written_off', t.written_off,
    'by_closer', coalesce((
      select jsonb_agg(jsonb_build_object('closer_id', b.closer_id, 'closer_name', p.full_name,
        'students', b.students, 'offered', b.offered, 'received', b.received, 'due', b.due,
        'written_off', b.written_off)
        order by p.full_name, b.closer_id)
      from by_closer b left join public.profiles p on p.id = b.closer_id), '[]'::jsonb)
  ) into v_out
  from total t;
  return v_out;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text, text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."batch_roster_totals"(text, text, text) IS 'Totals of the batch''s students the caller may read (RLS), within the roster''s optional conversion-date range (p_from..p_to inclusive, as list_batch_roster): students, offered, received (payments - refunds), due (active students only), written_off (offered - received - due), and the same per closer. Refuses a bad id or range (22023 field:*).';

REVOKE ALL ON FUNCTION "public"."batch_roster_totals"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."batch_roster_totals"(text, text, text) FROM PUBLIC, "anon";
