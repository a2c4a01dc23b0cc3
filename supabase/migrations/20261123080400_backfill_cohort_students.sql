-- Seed 000, part 1: every appointment of the sync set (converted set + refunded + discontinued)
-- that has a batch but no cohort_students row for (lead, batch) gets one, copied from the
-- appointment. From 20261123080500_sales_functions.sql on, the S1 trigger keeps them in step.
--
-- Guarantees: set-based (one INSERT ... SELECT, an anti-join on the (lead_id, cohort_batch_id)
-- unique index); idempotent (a second run inserts nothing); one row per (lead, batch) even when a
-- lead has several appointments for one batch (the latest by conversion date, then last update,
-- then creation wins); `on conflict do nothing` as a last guard. due_amount is generated.

-- The sync-set appointments with a batch, found without reading the whole table when they are few.
create index if not exists call_appointments_sync_set_idx
  on public.call_appointments (lead_id, batch_id)
  where batch_id is not null
    and status in ('converted', 'converted_beginner', 'converted_intermediate', 'converted_advance',
                   'booking_amount', 'refunded', 'discontinued');

insert into public.cohort_students (
  cohort_batch_id, organization_id, lead_id, call_appointment_id, conversion_date,
  offer_amount, cash_received, classes_access, closer_id, next_follow_up_date,
  no_cost_emi, gst_fees, platform_fees, pay_after_earning, payment_platform, payment_remarks,
  status, notes, refund_reason, created_by, created_at
)
select distinct on (ca.lead_id, ca.batch_id)
  ca.batch_id,
  ca.organization_id,
  ca.lead_id,
  ca.id,
  coalesce(ca.conversion_date, ca.scheduled_date),
  ca.offer_amount,
  ca.cash_received,
  ca.classes_access,
  ca.closer_id,
  ca.next_follow_up_date,
  ca.no_cost_emi,
  ca.gst_fees,
  ca.platform_fees,
  ca.pay_after_earning,
  ca.payment_platform,
  ca.payment_remarks,
  case ca.status when 'refunded' then 'refunded' when 'discontinued' then 'discontinued' else 'active' end,
  ca.additional_comments,
  ca.refund_reason,
  ca.created_by,
  ca.created_at
from public.call_appointments ca
join public.cohort_batches cb on cb.id = ca.batch_id and cb.organization_id = ca.organization_id
where ca.batch_id is not null
  and ca.status in ('converted', 'converted_beginner', 'converted_intermediate', 'converted_advance',
                    'booking_amount', 'refunded', 'discontinued')
  and not exists (
    select 1 from public.cohort_students cs
    where cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id
  )
order by ca.lead_id, ca.batch_id,
  ca.conversion_date desc nulls last, ca.updated_at desc, ca.created_at desc, ca.id desc
on conflict (lead_id, cohort_batch_id) do nothing;
