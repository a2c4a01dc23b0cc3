CREATE OR REPLACE FUNCTION private.apply_payment_delta (
  p_student_id uuid,
  p_delta      numeric
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_cs public.cohort_students;
begin
  if p_delta = 0 then
    return;
  end if;
  select * into v_cs from public.cohort_students where id = p_student_id for update;
  if not found then
    return; -- the student is being deleted (cascade): nothing to keep in step
  end if;
  if v_cs.cash_received + p_delta > v_cs.offer_amount then
    raise exception 'The payment is more than the amount due (%).', v_cs.offer_amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  if v_cs.cash_received + p_delta < 0 then
    raise exception 'Cash received cannot become negative: the refunds would be more than the payments (received now: %).', v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  update public.cohort_students set cash_received = cash_received + p_delta where id = p_student_id
    returning * into v_cs;
  -- The converting appointment shows the same figure (S3: one ledger seen from both screens).
  update public.call_appointments ca set cash_received = v_cs.cash_received
    where ca.id = v_cs.call_appointment_id
      and ca.lead_id = v_cs.lead_id and ca.batch_id = v_cs.cohort_batch_id
      and ca.cash_received is distinct from v_cs.cash_received
      and ca.offer_amount >= v_cs.cash_received;
end
$function$;

COMMENT ON FUNCTION "private"."apply_payment_delta"(uuid, numeric) IS 'Moves cash_received of a student by a delta (refusing cash above the offer or below zero, field:amount) and mirrors it on the linked appointment.';

REVOKE ALL ON FUNCTION "private"."apply_payment_delta"(uuid, numeric) FROM PUBLIC;
