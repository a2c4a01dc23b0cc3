CREATE OR REPLACE FUNCTION private.add_cohort_student_impl (
  p_batch_id            uuid,
  p_full_name           text,
  p_email               text,
  p_phone               text,
  p_offer_amount        numeric,
  p_cash_received       numeric,
  p_paid_on             date,
  p_classes_access      integer,
  p_closer_id           uuid,
  p_next_follow_up_date date,
  p_payment_platform    text,
  p_notes               text
)
  RETURNS jsonb
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_uid uuid := private.sales_caller();
  v_batch public.cohort_batches;
  v_name text := private.check_text(p_full_name, 'full_name', 'The name', 200, true);
  v_email text := lower(private.check_text(p_email, 'email', 'The email', 320, false));
  v_phone text := private.check_text(p_phone, 'phone', 'The phone number', 40, false);
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_notes text := private.check_text(p_notes, 'notes', 'Notes', 4000, false);
  v_cash numeric := coalesce(p_cash_received, 0);
  v_classes int := coalesce(p_classes_access, 15);
  v_today date;
  v_on date;
  v_lead public.leads;
  v_ca public.call_appointments;
  v_cs public.cohort_students;
begin
  if p_batch_id is null then
    raise exception 'Choose a batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;
  select * into v_batch from public.cohort_batches b where b.id = p_batch_id;
  if not found or not private.has_role(v_batch.organization_id, array['admin', 'manager', 'cohort_manager', 'closer']) then
    raise exception 'Batch not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  if not private.has_role(v_batch.organization_id, array['admin', 'manager', 'cohort_manager']) then
    raise exception 'Only cohort managers, managers and admins can add a student to a batch.' using errcode = 'PT403', hint = 'not_allowed';
  end if;
  v_today := private.org_today(v_batch.organization_id);
  v_on := coalesce(p_paid_on, v_today);
  if v_phone is not null then
    v_phone := regexp_replace(v_phone, '[\s().-]', '', 'g');
    if v_phone !~ '^\+?[0-9]{6,15}$' then
      raise exception 'Enter a phone number of 6 to 15 digits (a leading + for the country code).' using errcode = '22023', hint = 'field:phone';
    end if;
  end if;
  if v_email is not null and v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception 'Enter a valid email address.' using errcode = '22023', hint = 'field:email';
  end if;
  if v_email is null and v_phone is null then
    raise exception 'Give an email or a phone number, so the person can be found again.' using errcode = '22023', hint = 'field:email';
  end if;
  if p_closer_id is not null and not exists (
    select 1 from public.memberships m
    where m.organization_id = v_batch.organization_id and m.user_id = p_closer_id and m.role = 'closer') then
    raise exception 'Choose a closer of this organization.' using errcode = '22023', hint = 'field:closer_id';
  end if;
  if v_classes not between 1 and 15 then
    raise exception 'Classes access must be between 1 and 15 (15 means all classes).' using errcode = '22023', hint = 'field:classes_access';
  end if;
  perform private.check_amount(p_offer_amount, 'offer_amount', 'The offer amount');
  perform private.check_amount(v_cash, 'cash_received', 'Cash received');
  perform private.check_amount_limit(p_offer_amount, 'offer_amount', 'The offer amount', v_batch.organization_id);
  if v_cash > p_offer_amount then
    raise exception 'Cash received cannot exceed the offer amount.' using errcode = '22023', hint = 'field:cash_received';
  end if;
  if v_cash > 0 then
    if v_on > v_today then
      raise exception 'The payment date cannot be in the future.' using errcode = '22023', hint = 'field:paid_on';
    end if;
    if v_on < private.payment_date_floor(v_batch.id) then
      raise exception 'The payment date cannot be before %.', to_char(private.payment_date_floor(v_batch.id), 'YYYY-MM-DD')
        using errcode = '22023', hint = 'field:paid_on';
    end if;
  end if;
  perform private.check_ahead_date(p_next_follow_up_date, v_batch.organization_id, 'next_follow_up_date', 'The next follow-up');

  -- One person, one lead, found as bookings find it: two adds (or an add and a booking) of the same
  -- new person serialize in the lookup, then the lead row is locked first (the conversions'
  -- locking order).
  v_lead := private.find_lead_by_contact(v_batch.organization_id, v_email, v_phone);
  if v_lead.id is not null then
    select * into v_lead from public.leads l where l.id = v_lead.id for update;
  else
    insert into public.leads (organization_id, full_name, email, phone, source)
    values (v_batch.organization_id, v_name, v_email, v_phone, 'added_without_call')
    returning * into v_lead;
  end if;

  select * into v_cs from public.cohort_students cs where cs.lead_id = v_lead.id and cs.cohort_batch_id = v_batch.id for update;
  if found then
    if v_cs.offer_amount = p_offer_amount and v_cs.closer_id is not distinct from p_closer_id then
      select * into v_ca from public.call_appointments ca where ca.id = v_cs.call_appointment_id;
      return jsonb_build_object('lead', to_jsonb(v_lead), 'appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs), 'created', false);
    end if;
    raise exception 'This person is already a student of this batch.' using errcode = 'PT409', hint = 'already_in_batch';
  end if;
  if v_batch.status <> 'active' then
    raise exception 'Choose an active batch.' using errcode = '22023', hint = 'field:batch_id';
  end if;

  -- The conversion path: the S1 trigger creates the student from this converted appointment.
  insert into public.call_appointments (
    organization_id, lead_id, closer_id, scheduled_date, status, batch_id, offer_amount, cash_received,
    classes_access, next_follow_up_date, payment_platform, additional_comments, conversion_date,
    created_by, updated_by
  ) values (
    v_batch.organization_id, v_lead.id, p_closer_id, v_today, 'converted', v_batch.id, p_offer_amount, 0,
    v_classes, p_next_follow_up_date, v_platform, coalesce(v_notes, 'Added to the batch without a call (paid offline).'),
    v_today, v_uid, v_uid
  ) returning * into v_ca;
  select * into v_cs from public.cohort_students cs where cs.lead_id = v_lead.id and cs.cohort_batch_id = v_batch.id;
  if v_cash > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, payment_platform, remarks, created_by)
    values (v_batch.organization_id, v_cs.id, 'payment', v_cash, v_on, v_platform, 'Paid offline; added without a call', v_uid);
  end if;
  select * into v_ca from public.call_appointments ca where ca.id = v_ca.id;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('lead', to_jsonb(v_lead), 'appointment', to_jsonb(v_ca), 'student', to_jsonb(v_cs), 'created', true);
end
$function$;

COMMENT ON FUNCTION "private"."add_cohort_student_impl"(uuid, text, text, text, numeric, numeric, date, integer, uuid, date, text, text) IS 'Body of public.add_cohort_student: finds or creates the lead (email or phone in the organization), inserts a converted call appointment (today, the batch, offer, classes, optional closer) whose S1 trigger creates the student, and records the cash paid offline as one ledger payment; one transaction. Same student again: returned unchanged (created false). Refuses callers who are not admin/manager/cohort manager of the batch''s organization (PT403/PT404), a lead already in the batch with other figures (PT409 already_in_batch), bad input (22023 field:*).';

REVOKE ALL ON FUNCTION "private"."add_cohort_student_impl"(uuid, text, text, text, numeric, numeric, date, integer, uuid, date, text, text) FROM PUBLIC;
