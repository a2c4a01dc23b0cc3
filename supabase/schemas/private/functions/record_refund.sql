CREATE OR REPLACE FUNCTION private.record_refund (
  p_cs           public.cohort_students,
  p_reason       text,
  p_amount       numeric,
  p_refunded_on  date,
  p_uid          uuid,
  p_amount_field text                   DEFAULT 'amount'::text
)
  RETURNS public.emi_payments
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_amount numeric := coalesce(p_amount, p_cs.cash_received);
  v_on date := coalesce(p_refunded_on, private.org_today(p_cs.organization_id));
  v_entry public.emi_payments;
begin
  if v_amount < 0 then
    raise exception 'The refund cannot be negative.' using errcode = '22023', hint = 'field:' || p_amount_field;
  end if;
  if v_amount > p_cs.cash_received then
    raise exception 'The refund can be at most what was received (%).', p_cs.cash_received
      using errcode = '22023', hint = 'field:' || p_amount_field;
  end if;
  perform private.check_amount_limit(v_amount, p_amount_field, 'The refund', p_cs.organization_id);
  if v_on > private.org_today(p_cs.organization_id) then
    raise exception 'The refund date cannot be in the future.' using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_on < private.payment_date_floor(p_cs.cohort_batch_id) then
    raise exception 'The refund date cannot be before %.', to_char(private.payment_date_floor(p_cs.cohort_batch_id), 'YYYY-MM-DD')
      using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_amount > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, remarks, created_by)
    values (p_cs.organization_id, p_cs.id, 'refund', v_amount, v_on, p_reason, p_uid)
    returning * into v_entry;
  end if;
  return v_entry;
end
$function$;

COMMENT ON FUNCTION "private"."record_refund"(public.cohort_students, text, numeric, date, uuid, text) IS 'The one refund step of refund_cohort_student and update_call_appointment_status: checks the amount (0..cash received, default all of it; 22023 field:<p_amount_field>) and the date (payment range, default today; 22023 field:refunded_on), then writes the ledger refund (none for 0), whose trigger lowers cash_received of the student and its appointment. The caller has locked the student and checked the reason.';

REVOKE ALL ON FUNCTION "private"."record_refund"(public.cohort_students, text, numeric, date, uuid, text) FROM PUBLIC;
