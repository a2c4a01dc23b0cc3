CREATE OR REPLACE FUNCTION public.cohort_type_totals (
  p_organization_id text
)
  RETURNS TABLE (
    cohort_type_id uuid,
    batches        bigint,
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
begin
  if v_org is null then
    raise exception 'Choose an organization.' using errcode = '22023', hint = 'field:organization_id';
  end if;
  return query
  with batches as (
    select b.cohort_type_id, count(*)::bigint as batches
    from public.cohort_batches b
    where b.organization_id = v_org
    group by b.cohort_type_id
  ), money as (
    select b.cohort_type_id, sum(m.students)::bigint as students, sum(m.offered) as offered,
      sum(m.received) as received, sum(m.due) as due
    from public.student_money_totals m
    join public.cohort_batches b on b.id = m.cohort_batch_id
    where m.organization_id = v_org
    group by b.cohort_type_id
  )
  select k.cohort_type_id, k.batches, coalesce(x.students, 0::bigint), coalesce(x.offered, 0::numeric),
    coalesce(x.received, 0::numeric), coalesce(x.due, 0::numeric), coalesce(x.offered - x.received - x.due, 0::numeric)
  from batches k
  left join money x on x.cohort_type_id = k.cohort_type_id
  order by k.cohort_type_id;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."cohort_type_totals"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."cohort_type_totals"(text) TO "service_role";

COMMENT ON FUNCTION "public"."cohort_type_totals"(text) IS 'Per cohort type of the organization: how many batches the caller may read, and the count and money of their students the caller may read (from the running totals student_money_totals, one row per batch and closer): offered, received, due, written_off = offered - received - due. Refuses a bad id (22023 field:organization_id).';

REVOKE ALL ON FUNCTION "public"."cohort_type_totals"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."cohort_type_totals"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."cohort_type_totals"(text) FROM PUBLIC, "anon";
