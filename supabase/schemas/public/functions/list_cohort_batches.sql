CREATE OR REPLACE FUNCTION public.list_cohort_batches (
  p_organization_id text
)
  RETURNS TABLE (
    id             uuid,
    cohort_type_id uuid,
    name           text,
    status         text,
    start_date     date,
    end_date       date,
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
declare
  v_org uuid := private.arg_uuid(p_organization_id, 'organization_id');
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  return query
  select b.id, b.cohort_type_id, b.name, b.status, b.start_date, b.end_date,
    coalesce(t.students, 0)::bigint as students,
    coalesce(t.offered, 0)::numeric as offered,
    coalesce(t.received, 0)::numeric as received,
    coalesce(t.due, 0)::numeric as due,
    coalesce(t.offered - t.received - t.due, 0)::numeric as written_off
  from public.cohort_batches b
  left join lateral (
    select sum(m.students) as students, sum(m.offered) as offered, sum(m.received) as received, sum(m.due) as due
    from public.student_money_totals m
    where m.cohort_batch_id = b.id
  ) t on true
  where b.organization_id = v_org
  order by b.start_date desc nulls last, b.name;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."list_cohort_batches"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."list_cohort_batches"(text) TO "service_role";

COMMENT ON FUNCTION "public"."list_cohort_batches"(text) IS 'Batches of the organization the caller may read (RLS), each with the count and money of the students the caller may read (from the running totals student_money_totals): offered, received (payments - refunds), due (active students only), written_off = offered - received - due. Refuses a bad id (22023 field:organization_id).';

REVOKE ALL ON FUNCTION "public"."list_cohort_batches"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."list_cohort_batches"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."list_cohort_batches"(text) FROM PUBLIC, "anon";
