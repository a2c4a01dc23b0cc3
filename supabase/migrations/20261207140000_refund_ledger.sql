set lock_timeout = '5s';
set statement_timeout = '60s';

-- One ledger of payments and refunds (invariant S3).
--
-- Expand only: public.emi_payments gains `kind` ('payment' | 'refund'; existing rows are payments
-- through the column default, which PostgreSQL stores in the catalogue: no table rewrite). A refund
-- is an entry with its amount (positive), its date (paid_on), its reason (remarks, required for a
-- refund) and who recorded it (created_by). The ledger trigger moves cash_received by +amount for a
-- payment and -amount for a refund, so cash_received of the student (and of its converting call,
-- which mirrors it) IS payments - refunds; its CHECKs keep it >= 0 and <= the offer. due_amount (the
-- generated column) is unchanged: offer - cash received while active, 0 once refunded or
-- discontinued. Written off = offer - cash received - due, computed by every read (no stored
-- column, so no rewrite of cohort_students).
--
-- The new CHECKs are added NOT VALID here and validated in 20261207140200 (no long lock).

alter table public.emi_payments add column if not exists kind text not null default 'payment';
comment on column public.emi_payments.kind is
  'payment (money in) or refund (money out; remarks holds the reason). cash_received = payments - refunds.';
alter table public.emi_payments add constraint emi_payments_kind_check check (kind in ('payment', 'refund')) not valid;
alter table public.emi_payments add constraint emi_payments_refund_reason_check check (kind <> 'refund' or remarks is not null) not valid;
comment on table public.emi_payments is
  'The one ledger of a student''s money: payments (kind payment) and refunds (kind refund, with a reason). Its inserts, edits and deletes move cash_received (= payments - refunds) of the student and of the converting appointment in the same transaction.';

-- The signed effect of an entry on cash received.
create or replace function private.ledger_signed(p_kind text, p_amount numeric)
returns numeric
language sql immutable set search_path = ''
as $$ select case when p_kind = 'refund' then -p_amount else p_amount end $$;
comment on function private.ledger_signed(text, numeric) is 'What a ledger entry adds to cash received: +amount for a payment, -amount for a refund.';
revoke all on function private.ledger_signed(text, numeric) from public, anon;
grant execute on function private.ledger_signed(text, numeric) to authenticated;

create or replace function private.apply_payment_delta(p_student_id uuid, p_delta numeric)
returns void
language plpgsql security definer set search_path = ''
as $$
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
$$;
comment on function private.apply_payment_delta(uuid, numeric) is 'Moves cash_received of a student by a delta (refusing cash above the offer or below zero, field:amount) and mirrors it on the linked appointment.';
revoke all on function private.apply_payment_delta(uuid, numeric) from public, anon, authenticated;

create or replace function private.emi_payments_ledger()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.apply_payment_delta(new.cohort_student_id, private.ledger_signed(new.kind, new.amount));
  elsif tg_op = 'DELETE' then
    perform private.apply_payment_delta(old.cohort_student_id, -private.ledger_signed(old.kind, old.amount));
  elsif new.cohort_student_id = old.cohort_student_id then
    perform private.apply_payment_delta(new.cohort_student_id,
      private.ledger_signed(new.kind, new.amount) - private.ledger_signed(old.kind, old.amount));
  else
    perform private.apply_payment_delta(old.cohort_student_id, -private.ledger_signed(old.kind, old.amount));
    perform private.apply_payment_delta(new.cohort_student_id, private.ledger_signed(new.kind, new.amount));
  end if;
  return null;
end
$$;
comment on function private.emi_payments_ledger() is 'AFTER INSERT/UPDATE/DELETE on emi_payments: cash_received of the student and its appointment move by exactly the entry''s signed delta (payment +, refund -) in the same transaction; cash above the offer or below zero refused (22023 field:amount).';
revoke all on function private.emi_payments_ledger() from public, anon, authenticated;

-------------------------------------------------------------------------------
-- refund_cohort_student: amount (default: everything received), date (default: today in the
-- organization's timezone; the payment-date range), reason.
drop function if exists public.refund_cohort_student(text, text);
drop function if exists private.refund_cohort_student_impl(uuid, text);

create or replace function private.refund_cohort_student_impl(
  p_cohort_student_id uuid,
  p_reason text,
  p_amount numeric default null,
  p_refunded_on date default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := private.sales_caller();
  v_cs public.cohort_students := private.lock_student(p_cohort_student_id, false);
  v_reason text := private.check_text(p_reason, 'reason', 'The refund reason', 2000, true);
  v_appt uuid := private.student_appointment(v_cs);
  v_amount numeric := coalesce(p_amount, v_cs.cash_received);
  v_on date := coalesce(p_refunded_on, private.org_today(v_cs.organization_id));
  v_refunded numeric;
  v_entry public.emi_payments;
begin
  if v_cs.status = 'refunded' then
    -- The same refund sent again changes nothing; anything else is a conflict.
    select coalesce(sum(p.amount), 0) into v_refunded
      from public.emi_payments p where p.cohort_student_id = v_cs.id and p.kind = 'refund';
    if v_cs.refund_reason is not distinct from v_reason and (p_amount is null or p_amount = v_refunded) then
      return jsonb_build_object('student', to_jsonb(v_cs), 'refund', null);
    end if;
    raise exception 'This student was already refunded.' using errcode = 'PT409', hint = 'already_refunded';
  end if;
  if v_amount < 0 then
    raise exception 'The refund cannot be negative.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_amount > v_cs.cash_received then
    raise exception 'The refund can be at most what was received (%).', v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(v_amount, 'amount', 'The refund', v_cs.organization_id);
  if v_on > private.org_today(v_cs.organization_id) then
    raise exception 'The refund date cannot be in the future.' using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_on < private.payment_date_floor(v_cs.cohort_batch_id) then
    raise exception 'The refund date cannot be before %.', to_char(private.payment_date_floor(v_cs.cohort_batch_id), 'YYYY-MM-DD')
      using errcode = '22023', hint = 'field:refunded_on';
  end if;
  if v_amount > 0 then
    insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on, remarks, created_by)
    values (v_cs.organization_id, v_cs.id, 'refund', v_amount, v_on, v_reason, v_uid)
    returning * into v_entry;
  end if;
  if v_appt is not null then
    update public.call_appointments ca
      set status = 'refunded', refund_reason = v_reason, updated_by = v_uid
      where ca.id = v_appt;
  else
    update public.cohort_students cs set status = 'refunded', refund_reason = v_reason where cs.id = v_cs.id;
  end if;
  select * into v_cs from public.cohort_students cs where cs.id = v_cs.id;
  return jsonb_build_object('student', to_jsonb(v_cs), 'refund', to_jsonb(v_entry));
end
$$;
comment on function private.refund_cohort_student_impl(uuid, text, numeric, date) is
  'Body of public.refund_cohort_student: one transaction: a refund entry in the ledger (amount 0..cash received, default all of it; date in the payment range, default today; reason required) lowers cash received, and the student (and its converting call, S1) becomes refunded. The same refund again changes nothing; another refund of a refunded student is PT409 already_refunded. Refuses bad amount/date/reason (22023 field:amount/refunded_on/reason), callers who are not cohort staff (PT403/PT404).';
revoke all on function private.refund_cohort_student_impl(uuid, text, numeric, date) from public, anon, authenticated;

create or replace function public.refund_cohort_student(
  p_cohort_student_id text,
  p_reason text,
  p_amount text default null,
  p_refunded_on text default null
)
returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    private.replayed_write('refund_cohort_student'),
    private.remember_write(
    private.refund_cohort_student_impl(
      private.arg_uuid(p_cohort_student_id, 'cohort_student_id'),
      p_reason,
      private.arg_numeric(p_amount, 'amount'),
      private.arg_date(p_refunded_on, 'refunded_on')
    )
    )
  )
$$;
comment on function public.refund_cohort_student(text, text, text, text) is
  'Refunds a student: { student, refund } (refund = the ledger entry, null when the amount is 0 or on a repeat). Amount default: all cash received; date default: today (organization timezone). Parses its arguments (22023 field:<name>) and runs private.refund_cohort_student_impl (see its comment).';
revoke all on function public.refund_cohort_student(text, text, text, text) from public, anon;
grant execute on function public.refund_cohort_student(text, text, text, text) to authenticated;

-------------------------------------------------------------------------------
-- update_payment on either kind of entry (a refund keeps a reason and never takes more than was
-- received); delete_payment refuses to leave refunds larger than the payments.
create or replace function private.update_payment_impl(
  p_payment_id uuid,
  p_amount numeric,
  p_paid_on date,
  p_payment_platform text default null,
  p_remarks text default null
)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
  v_platform text := private.check_text(p_payment_platform, 'payment_platform', 'Payment platform', 100, false);
  v_remarks text := private.check_text(p_remarks, 'remarks', case when v_p.kind = 'refund' then 'The refund reason' else 'Remarks' end, 2000, v_p.kind = 'refund');
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if p_amount is null or p_amount <= 0 then
    raise exception 'The amount must be more than zero.' using errcode = '22023', hint = 'field:amount';
  end if;
  if v_p.kind = 'refund' then
    if v_cs.cash_received + v_p.amount - p_amount < 0 then
      raise exception 'The refund can be at most what was received (%).', v_cs.cash_received + v_p.amount
        using errcode = '22023', hint = 'field:amount';
    end if;
  elsif v_cs.cash_received - v_p.amount + p_amount > v_cs.offer_amount then
    raise exception 'The amount is more than what is due (%).', v_cs.offer_amount - v_cs.cash_received + v_p.amount
      using errcode = '22023', hint = 'field:amount';
  elsif v_cs.cash_received - v_p.amount + p_amount < 0 then
    raise exception 'The refunds recorded (%) would be more than the payments; lower or delete a refund first.', v_p.amount - v_cs.cash_received
      using errcode = '22023', hint = 'field:amount';
  end if;
  perform private.check_amount_limit(p_amount, 'amount', 'The amount', v_cs.organization_id);
  if p_paid_on is null then
    raise exception 'Choose the payment date.' using errcode = '22023', hint = 'field:paid_on';
  end if;
  if p_paid_on is distinct from v_p.paid_on then
    perform private.check_payment_date(p_paid_on, v_cs, 'paid_on');
  end if;
  update public.emi_payments p set amount = p_amount, paid_on = p_paid_on, payment_platform = v_platform, remarks = v_remarks
    where p.id = v_p.id returning * into v_p;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('payment', to_jsonb(v_p), 'student', to_jsonb(v_cs));
end
$$;
comment on function private.update_payment_impl(uuid, numeric, date, text, text) is
  'Body of public.update_payment: edits one ledger entry; cash received moves by the signed difference. A payment: at most what is due; a refund: at most what was received, reason (remarks) required. Refuses bad amount/date/text (22023 field:*), callers who are not cohort staff or the student''s closer (PT403/PT404).';
revoke all on function private.update_payment_impl(uuid, numeric, date, text, text) from public, anon, authenticated;

create or replace function private.delete_payment_impl(p_payment_id uuid)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  v_p public.emi_payments := private.lock_payment(p_payment_id);
  v_cs public.cohort_students;
begin
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  if v_p.kind = 'payment' and v_cs.cash_received < v_p.amount then
    raise exception 'This payment cannot be deleted: the refunds recorded would be more than the payments left. Delete or lower a refund first.'
      using errcode = 'PT409', hint = 'refunds_exceed_payments';
  end if;
  delete from public.emi_payments p where p.id = v_p.id;
  select * into v_cs from public.cohort_students cs where cs.id = v_p.cohort_student_id;
  return jsonb_build_object('student', to_jsonb(v_cs));
end
$$;
comment on function private.delete_payment_impl(uuid) is
  'Body of public.delete_payment: deletes one ledger entry; cash received moves back by its signed amount. Refuses deleting a payment the refunds depend on (PT409 refunds_exceed_payments), callers who are not cohort staff or the student''s closer (PT403/PT404).';
revoke all on function private.delete_payment_impl(uuid) from public, anon, authenticated;

-------------------------------------------------------------------------------
-- The history dialog: every entry with its kind.
create or replace function public.student_payment_history(p_cohort_student_id text)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_student uuid := private.arg_uuid(p_cohort_student_id, 'cohort_student_id');
  v_out jsonb;
begin
  if v_student is null then
    raise exception 'Choose a student.' using errcode = '22023', hint = 'field:cohort_student_id';
  end if;
  if not exists (select 1 from public.cohort_students cs where cs.id = v_student) then
    raise exception 'Student not found.' using errcode = 'PT404', hint = 'not_found';
  end if;
  select jsonb_build_object(
    'student', (select jsonb_build_object('status', cs.status, 'offer_amount', cs.offer_amount,
        'cash_received', cs.cash_received, 'due_amount', cs.due_amount,
        'written_off', cs.offer_amount - cs.cash_received - cs.due_amount)
      from public.cohort_students cs where cs.id = v_student),
    'payments', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', p.id, 'kind', p.kind, 'amount', p.amount, 'paid_on', p.paid_on, 'payment_platform', p.payment_platform,
          'remarks', p.remarks, 'recorded_by', p.created_by, 'recorded_by_name', pr.full_name,
          'created_at', p.created_at, 'updated_at', p.updated_at)
        order by p.paid_on desc, p.created_at desc, p.id)
      from (select * from public.emi_payments e where e.cohort_student_id = v_student
            order by e.paid_on desc, e.created_at desc limit 500) p
      left join public.profiles pr on pr.id = p.created_by), '[]'::jsonb),
    'offer_changes', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', h.id, 'old_amount', h.old_amount, 'new_amount', h.new_amount, 'reason', h.reason,
          'changed_by', h.changed_by, 'changed_by_name', pr.full_name, 'changed_at', h.changed_at)
        order by h.changed_at desc, h.id)
      from (select * from public.offer_amount_history o where o.cohort_student_id = v_student
            order by o.changed_at desc limit 200) h
      left join public.profiles pr on pr.id = h.changed_by), '[]'::jsonb)
  ) into v_out;
  return v_out;
end
$$;
comment on function public.student_payment_history(text) is
  'The student''s figures now ({ status, offer_amount, cash_received, due_amount, written_off }), its ledger (newest first, at most 500 entries: kind payment or refund, with who recorded each and remarks = a refund''s reason) and its offer changes (newest first, at most 200) with who and why; only what the caller may read (RLS). A student the caller cannot read is PT404 not_found; a bad id 22023 field:cohort_student_id.';
