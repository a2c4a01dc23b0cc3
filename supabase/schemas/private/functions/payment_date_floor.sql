CREATE OR REPLACE FUNCTION private.payment_date_floor (
  p_batch_id uuid
)
  RETURNS date
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select make_date(extract(year from coalesce(b.start_date, (b.created_at at time zone private.org_timezone(b.organization_id))::date))::int - 1, 1, 1)
  from public.cohort_batches b where b.id = p_batch_id
$function$;

GRANT EXECUTE ON FUNCTION "private"."payment_date_floor"(uuid) TO "authenticated";

COMMENT ON FUNCTION "private"."payment_date_floor"(uuid) IS 'The earliest payment date accepted for a student of the batch: 1 January of the year before the batch''s year.';

REVOKE ALL ON FUNCTION "private"."payment_date_floor"(uuid) FROM PUBLIC;
