CREATE OR REPLACE FUNCTION private.sync_cohort_student()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  v_sync text[] := private.sales_sync_statuses();
  v_was boolean := false;
  v_is boolean := new.status = any (v_sync) and new.batch_id is not null;
  v_student_status text;
begin
  if tg_op = 'UPDATE' then
    v_was := old.status = any (v_sync) and old.batch_id is not null;
    if v_was and not (new.status = any (v_sync)) then
      raise exception 'This call was converted into a batch; it can only become refunded, discontinued or another converted status.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.batch_id is null then
      raise exception 'This call was converted into a batch; the batch can be changed but not removed.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.lead_id <> old.lead_id then
      raise exception 'This call was converted; its lead cannot change.'
        using errcode = 'PT409', hint = 'converted_locked';
    end if;
    if v_was and new.batch_id <> old.batch_id
       and exists (select 1 from public.cohort_students cs
                   where cs.lead_id = old.lead_id and cs.cohort_batch_id = old.batch_id) then
      -- (When the student row was moved first, by a direct update of the student, it is
      -- already in the new batch and there is nothing to move.)
      if exists (select 1 from public.cohort_students cs
                 where cs.lead_id = new.lead_id and cs.cohort_batch_id = new.batch_id) then
        raise exception 'This student is already in the chosen batch.'
          using errcode = 'PT409', hint = 'already_in_batch';
      end if;
      -- Move the student row: the old batch no longer lists them (S2); history by trigger.
      update public.cohort_students cs set cohort_batch_id = new.batch_id
        where cs.lead_id = old.lead_id and cs.cohort_batch_id = old.batch_id;
    end if;
  end if;

  if not v_is then
    return null;
  end if;

  v_student_status := case new.status when 'refunded' then 'refunded' when 'discontinued' then 'discontinued' else 'active' end;

  insert into public.cohort_students as cs (
    cohort_batch_id, organization_id, lead_id, call_appointment_id, closer_id, conversion_date,
    offer_amount, cash_received, classes_access, next_follow_up_date, no_cost_emi, gst_fees,
    platform_fees, pay_after_earning, payment_platform, payment_remarks, status, notes,
    refund_reason, created_by
  ) values (
    new.batch_id, new.organization_id, new.lead_id, new.id, new.closer_id,
    coalesce(new.conversion_date, new.scheduled_date),
    new.offer_amount, new.cash_received, new.classes_access, new.next_follow_up_date, new.no_cost_emi,
    new.gst_fees, new.platform_fees, new.pay_after_earning, new.payment_platform, new.payment_remarks,
    v_student_status, new.additional_comments, new.refund_reason,
    coalesce(new.updated_by, new.created_by)
  )
  on conflict (lead_id, cohort_batch_id) do update set
    call_appointment_id = excluded.call_appointment_id,
    closer_id = excluded.closer_id,
    conversion_date = excluded.conversion_date,
    offer_amount = excluded.offer_amount,
    cash_received = excluded.cash_received,
    classes_access = excluded.classes_access,
    next_follow_up_date = excluded.next_follow_up_date,
    no_cost_emi = excluded.no_cost_emi,
    gst_fees = excluded.gst_fees,
    platform_fees = excluded.platform_fees,
    pay_after_earning = excluded.pay_after_earning,
    payment_platform = excluded.payment_platform,
    payment_remarks = excluded.payment_remarks,
    status = excluded.status,
    refund_reason = excluded.refund_reason
  where (cs.call_appointment_id, cs.closer_id, cs.conversion_date, cs.offer_amount, cs.cash_received,
         cs.classes_access, cs.next_follow_up_date, cs.no_cost_emi, cs.gst_fees, cs.platform_fees,
         cs.pay_after_earning, cs.payment_platform, cs.payment_remarks, cs.status, cs.refund_reason)
    is distinct from
        (excluded.call_appointment_id, excluded.closer_id, excluded.conversion_date, excluded.offer_amount,
         excluded.cash_received, excluded.classes_access, excluded.next_follow_up_date, excluded.no_cost_emi,
         excluded.gst_fees, excluded.platform_fees, excluded.pay_after_earning, excluded.payment_platform,
         excluded.payment_remarks, excluded.status, excluded.refund_reason);
  return null;
end
$function$;

COMMENT ON FUNCTION "private"."sync_cohort_student"() IS 'AFTER INSERT/UPDATE on call_appointments (invariant S1): a sync-set appointment with a batch has exactly one cohort_students row for (lead, batch) carrying its money fields, closer and status, whoever wrote it. A batch change moves the row. Refuses (PT409 converted_locked) leaving the sync set, removing the batch or changing the lead of a synced appointment, and (PT409 already_in_batch) a move into a batch the lead is already in.';

REVOKE ALL ON FUNCTION "private"."sync_cohort_student"() FROM PUBLIC;
