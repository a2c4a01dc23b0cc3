CREATE OR REPLACE FUNCTION private.lock_payment (
  p_payment_id uuid
)
  RETURNS public.emi_payments
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_student uuid;
  v_p public.emi_payments;
begin
  if p_payment_id is null then
    raise exception 'Choose a payment.' using errcode = '22023', hint = 'field:payment_id';
  end if;
  select p.cohort_student_id into v_student from public.emi_payments p where p.id = p_payment_id;
  if v_student is null then
    raise exception 'Payment not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  perform private.lock_student(v_student, true);
  select * into v_p from public.emi_payments p where p.id = p_payment_id for update;
  if not found then
    raise exception 'Payment not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  return v_p;
end
$function$;

COMMENT ON FUNCTION "private"."lock_payment"(uuid) IS 'Locks a payment after its student (and appointment), with the caller checks of lock_student.';

REVOKE ALL ON FUNCTION "private"."lock_payment"(uuid) FROM PUBLIC;
