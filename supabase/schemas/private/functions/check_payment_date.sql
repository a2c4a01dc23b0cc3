CREATE OR REPLACE FUNCTION private.check_payment_date (
  p_value date,
  p_cs    public.cohort_students,
  p_field text
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_floor date := private.payment_date_floor(p_cs.cohort_batch_id);
begin
  if p_value > private.org_today(p_cs.organization_id) then
    raise exception 'The payment date cannot be in the future.' using errcode = '22023', hint = 'field:' || p_field;
  end if;
  if p_value < v_floor then
    raise exception 'The payment date cannot be before %.', to_char(v_floor, 'YYYY-MM-DD') using errcode = '22023', hint = 'field:' || p_field;
  end if;
end
$function$;

COMMENT ON FUNCTION "private"."check_payment_date"(date, public.cohort_students, text) IS 'Refuses a payment date in the future (organization''s timezone) or before private.payment_date_floor of the student''s batch (22023 field:<name>).';

REVOKE ALL ON FUNCTION "private"."check_payment_date"(date, public.cohort_students, text) FROM PUBLIC;
