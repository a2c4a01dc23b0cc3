CREATE OR REPLACE FUNCTION public.batch_roster_totals (
  p_batch_id text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  v_batch uuid := private.arg_uuid(p_batch_id, 'batch_id');
  v_out jsonb;
begin
  if v_batch is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  with s as (
    select cs.closer_id, cs.offer_amount, cs.cash_received, cs.due_amount
    from public.cohort_students cs where cs.cohort_batch_id = v_batch
  ), by_closer as (
    select s.closer_id, count(*) as students, sum(s.offer_amount) as offered,
      sum(s.cash_received) as received, sum(s.due_amount) as due
    from s group by s.closer_id
  )
  select jsonb_build_object(
    'students', (select count(*) from s),
    'offered', (select coalesce(sum(s.offer_amount), 0) from s),
    'received', (select coalesce(sum(s.cash_received), 0) from s),
    'due', (select coalesce(sum(s.due_amount), 0) from s),
    'by_closer', coalesce((
      select jsonb_agg(jsonb_build_object('closer_id', b.closer_id, 'closer_name', p.full_name,
        'students', b.students, 'offered', b.offered, 'received', b.received, 'due', b.due)
        order by p.full_name, b.closer_id)
      from by_closer b left join public.profiles p on p.id = b.closer_id), '[]'::jsonb)
  ) into v_out;
  return v_out;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text) TO "service_role";

COMMENT ON FUNCTION "public"."batch_roster_totals"(text) IS 'Totals of the batch''s students the caller may read (RLS): students, offered, received, due, and the same per closer. Refunded and discontinued students count in students, offered and received with their figures, and owe nothing: due sums active students only. Refuses a bad id (22023 field:batch_id).';

REVOKE ALL ON FUNCTION "public"."batch_roster_totals"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."batch_roster_totals"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."batch_roster_totals"(text) FROM PUBLIC, "anon";
