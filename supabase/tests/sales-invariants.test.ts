// Invariants S1-S3 and the sales functions of docs/api.md, against real Postgres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, rpcAs, queryAs, pgError, type TestDb } from './helpers/db';
import { salesWorld, appointment, convertArgs, lead, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

type J = Record<string, any>;
const convert = (user: string, id: string, batch: string, extra: Record<string, unknown> = {}) =>
  rpcAs(db, user, 'convert_call_appointment', convertArgs(id, batch, extra)) as Promise<J>;

async function studentsOf(leadId: string) {
  const r = await db.query(
    `select id, cohort_batch_id, status, offer_amount::float8 offer, cash_received::float8 cash, due_amount::float8 due,
            classes_access, closer_id, call_appointment_id, refund_reason, notes
       from public.cohort_students where lead_id = $1 order by created_at`,
    [leadId],
  );
  return r.rows as J[];
}
async function appt(id: string) {
  const r = await db.query(
    `select status, batch_id, offer_amount::float8 offer, cash_received::float8 cash, due_amount::float8 due, version, refund_reason
       from public.call_appointments where id = $1`,
    [id],
  );
  return r.rows[0] as J;
}
async function ledger(studentId: string) {
  const r = await db.query(`select amount::float8 amount, remarks from public.emi_payments where cohort_student_id = $1 order by created_at, id`, [studentId]);
  return r.rows as J[];
}

describe('S1: a converted appointment with a batch has exactly one cohort student', () => {
  it('S1 conversion creates exactly one student carrying the same figures and one ledger row', async () => {
    const a = await appointment(db, w.org, w.closer);
    const out = await convert(w.closer, a.id, w.batch, { p_gst_fees: 9000, p_pay_after_earning: true, p_payment_platform: 'Razorpay' });
    expect(out.appointment.status).toBe('converted');
    expect(out.student.cohort_batch_id).toBe(w.batch);
    const [s, ...rest] = await studentsOf(a.lead);
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ cohort_batch_id: w.batch, status: 'active', offer: 50000, cash: 20000, due: 30000, classes_access: 15, closer_id: w.closer, call_appointment_id: a.id });
    expect(await appt(a.id)).toMatchObject({ offer: 50000, cash: 20000, due: 30000 });
    expect(await ledger(s!.id)).toEqual([{ amount: 20000, remarks: 'Recorded at conversion' }]);
  });

  it('S1 repeating the same conversion changes nothing: one student, no second ledger row, same version', async () => {
    const a = await appointment(db, w.org, w.closer);
    await convert(w.closer, a.id, w.batch);
    const before = await appt(a.id);
    const again = await convert(w.closer, a.id, w.batch, { p_expected_version: 1 });
    expect(again.appointment.version).toBe(before.version);
    expect(await appt(a.id)).toEqual(before);
    const students = await studentsOf(a.lead);
    expect(students).toHaveLength(1);
    expect(await ledger(students[0]!.id)).toHaveLength(1);
  });

  it('S1 raising the cash at a later conversion records only the difference in the ledger; lowering it is refused', async () => {
    const a = await appointment(db, w.org, w.closer);
    await convert(w.closer, a.id, w.batch);
    await convert(w.closer, a.id, w.batch, { p_cash_received: 30000 });
    const [s] = await studentsOf(a.lead);
    expect((await ledger(s!.id)).map((p) => p.amount)).toEqual([20000, 10000]);
    expect(s!.cash).toBe(30000);
    const e = await pgError(convert(w.closer, a.id, w.batch, { p_cash_received: 5000 }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:cash_received' });
    expect((await studentsOf(a.lead))[0]!.cash).toBe(30000);
  });

  it('S1 a second appointment of the same lead converted into the same batch keeps one student and its cash', async () => {
    const a = await appointment(db, w.org, w.closer);
    const b = await appointment(db, w.org, w.closer, { lead_id: a.lead });
    await convert(w.closer, a.id, w.batch);
    await convert(w.closer, b.id, w.batch, { p_offer_amount: 45000, p_cash_received: 20000 });
    const students = await studentsOf(a.lead);
    expect(students).toHaveLength(1);
    expect(students[0]).toMatchObject({ offer: 45000, cash: 20000, call_appointment_id: b.id });
    expect(await ledger(students[0]!.id)).toHaveLength(1);
  });

  it('S1 a batch change on the appointment moves the student with its payments', async () => {
    const a = await appointment(db, w.org, w.closer);
    const first = await convert(w.closer, a.id, w.batch);
    const moved = await convert(w.closer, a.id, w.batch2);
    expect(moved.student.id).toBe(first.student.id);
    const students = await studentsOf(a.lead);
    expect(students).toHaveLength(1);
    expect(students[0]).toMatchObject({ cohort_batch_id: w.batch2, cash: 20000 });
    const moves = await db.query(`select from_batch_id, to_batch_id, moved_by from public.cohort_student_moves where cohort_student_id = $1`, [first.student.id]);
    expect(moves.rows).toEqual([{ from_batch_id: w.batch, to_batch_id: w.batch2, moved_by: w.closer }]);
  });

  it('S1 moving an appointment into a batch the lead already has refuses with already_in_batch', async () => {
    const a = await appointment(db, w.org, w.closer);
    const b = await appointment(db, w.org, w.closer, { lead_id: a.lead });
    await convert(w.closer, a.id, w.batch);
    await convert(w.closer, b.id, w.batch2);
    const e = await pgError(convert(w.closer, b.id, w.batch));
    expect(e).toMatchObject({ code: 'PT409', hint: 'already_in_batch' });
    expect((await studentsOf(a.lead)).map((s) => s.cohort_batch_id).sort()).toEqual([w.batch, w.batch2].sort());
  });

  it('S1 refund and discontinuation are mirrored both ways', async () => {
    const a = await appointment(db, w.org, w.closer);
    await convert(w.closer, a.id, w.batch);
    await rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a.id, p_status: 'refunded', p_remarks: 'Job clash', p_refund_reason: 'Job clash' });
    expect((await studentsOf(a.lead))[0]).toMatchObject({ status: 'refunded', refund_reason: 'Job clash' });

    const b = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, b.id, w.batch);
    await rpcAs(db, w.cohortManager, 'discontinue_cohort_student', { p_cohort_student_id: c.student.id, p_reason: 'Stopped attending' });
    expect(await appt(b.id)).toMatchObject({ status: 'discontinued' });
    expect((await studentsOf(b.lead))[0]).toMatchObject({ status: 'discontinued' });
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: c.student.id, p_reason: 'Medical' });
    expect(await appt(b.id)).toMatchObject({ status: 'refunded', refund_reason: 'Medical' });
    expect((await studentsOf(b.lead))[0]).toMatchObject({ status: 'refunded', refund_reason: 'Medical' });
  });

  it('S1 leaving the converted set is refused (converted_locked), by the function and by direct SQL', async () => {
    const a = await appointment(db, w.org, w.closer);
    await convert(w.closer, a.id, w.batch);
    expect(await pgError(rpcAs(db, w.admin, 'update_call_appointment_status', { p_appointment_id: a.id, p_status: 'scheduled' }))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await pgError(db.query(`update public.call_appointments set status = 'scheduled' where id = $1`, [a.id]))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await pgError(db.query(`update public.call_appointments set batch_id = null where id = $1`, [a.id]))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await appt(a.id)).toMatchObject({ status: 'converted', batch_id: w.batch });
  });

  it('S1 holds for an admin\'s direct SQL on call_appointments (insert, edit, batch change, refund)', async () => {
    const l = await lead(db, w.org);
    const ins = await db.query(
      `insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, status, batch_id, offer_amount, cash_received, classes_access)
       values ($1, $2, $3, '2026-01-10', 'converted_beginner', $4, 40000, 5000, 10) returning id`,
      [w.org, l, w.closer, w.batch],
    );
    const id = String(ins.rows[0]!.id);
    expect(await studentsOf(l)).toMatchObject([{ cohort_batch_id: w.batch, offer: 40000, cash: 5000, classes_access: 10, status: 'active' }]);
    await db.query(`update public.call_appointments set offer_amount = 42000, classes_access = 15 where id = $1`, [id]);
    expect(await studentsOf(l)).toMatchObject([{ offer: 42000, classes_access: 15 }]);
    await db.query(`update public.call_appointments set batch_id = $2 where id = $1`, [id, w.batch2]);
    expect(await studentsOf(l)).toMatchObject([{ cohort_batch_id: w.batch2 }]);
    await db.query(`update public.call_appointments set status = 'refunded', refund_reason = 'Admin refund' where id = $1`, [id]);
    expect(await studentsOf(l)).toMatchObject([{ cohort_batch_id: w.batch2, status: 'refunded', refund_reason: 'Admin refund' }]);
  });

  it('S1 a REST-style direct update of call_appointments as an authenticated admin is refused', async () => {
    const a = await appointment(db, w.org, w.closer);
    const e = await pgError(queryAs(db, w.admin, `update public.call_appointments set status = 'converted', batch_id = $2 where id = $1`, [a.id, w.batch]));
    expect(e.code).toBe('42501');
    expect(await studentsOf(a.lead)).toHaveLength(0);
  });

  it('bumps version on a real change and refuses a stale expected version', async () => {
    const a = await appointment(db, w.org, w.closer);
    const r1 = (await rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a.id, p_status: 'no_show', p_remarks: 'Did not pick up', p_expected_version: 1 })) as J;
    expect(r1.version).toBe(2);
    const e = await pgError(rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a.id, p_status: 'not_converted', p_remarks: 'Too costly', p_expected_version: 1 }));
    expect(e).toMatchObject({ code: 'PT409', hint: 'stale_version' });
    expect(await appt(a.id)).toMatchObject({ status: 'no_show', version: 2 });
  });
});

describe('S2: one student per lead and batch; moves keep history', () => {
  it('S2 the (lead, batch) unique key refuses a second student even for the owner', async () => {
    const a = await appointment(db, w.org, w.closer);
    await convert(w.closer, a.id, w.batch);
    const e = await pgError(db.query(`insert into public.cohort_students (organization_id, cohort_batch_id, lead_id) values ($1, $2, $3)`, [w.org, w.batch, a.lead]));
    expect(e.code).toBe('23505');
  });

  it('S2 move_cohort_student moves the same row with its payments, the old batch no longer lists it, history kept', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    const out = (await rpcAs(db, w.cohortManager, 'move_cohort_student', { p_cohort_student_id: c.student.id, p_to_batch_id: w.plannedBatch, p_classes_access: 10 })) as J;
    expect(out.student).toMatchObject({ id: c.student.id, cohort_batch_id: w.plannedBatch, classes_access: 10 });
    expect(await appt(a.id)).toMatchObject({ batch_id: w.plannedBatch });
    const old = await queryAs(db, w.cohortManager, `select id from public.list_batch_roster($1, null, null, '500', '0')`, [w.batch]);
    expect(old.map((r) => r.id)).not.toContain(c.student.id);
    const moves = await queryAs(db, w.cohortManager, `select from_batch_id, to_batch_id, moved_by from public.cohort_student_moves where cohort_student_id = $1`, [c.student.id]);
    expect(moves).toEqual([{ from_batch_id: w.batch, to_batch_id: w.plannedBatch, moved_by: w.cohortManager }]);
    expect(await ledger(c.student.id)).toHaveLength(1);
  });

  it('S2 moving into a batch the lead is already in refuses with already_in_batch; another organization\'s batch is refused', async () => {
    const a = await appointment(db, w.org, w.closer);
    const b = await appointment(db, w.org, w.closer, { lead_id: a.lead });
    const ca = await convert(w.closer, a.id, w.batch);
    await convert(w.closer, b.id, w.batch2);
    expect(await pgError(rpcAs(db, w.cohortManager, 'move_cohort_student', { p_cohort_student_id: ca.student.id, p_to_batch_id: w.batch2 }))).toMatchObject({ code: 'PT409', hint: 'already_in_batch' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'move_cohort_student', { p_cohort_student_id: ca.student.id, p_to_batch_id: w.otherBatch }))).toMatchObject({ code: '22023', hint: 'field:to_batch_id' });
    expect((await studentsOf(a.lead)).map((s) => s.cohort_batch_id).sort()).toEqual([w.batch, w.batch2].sort());
  });

  it('S2 a direct move of the student row by SQL carries the appointment along (S1 still holds)', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    await db.query(`update public.cohort_students set cohort_batch_id = $2 where id = $1`, [c.student.id, w.batch2]);
    expect(await appt(a.id)).toMatchObject({ batch_id: w.batch2 });
    expect(await studentsOf(a.lead)).toMatchObject([{ cohort_batch_id: w.batch2 }]);
  });
});

describe('S3: money is consistent and there is one ledger', () => {
  it('S3 refuses negative amounts and cash above the offer at conversion, naming the field', async () => {
    const a = await appointment(db, w.org, w.closer);
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_offer_amount: -1 }))).toMatchObject({ code: '22023', hint: 'field:offer_amount' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_cash_received: -5 }))).toMatchObject({ code: '22023', hint: 'field:cash_received' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_gst_fees: -5 }))).toMatchObject({ code: '22023', hint: 'field:gst_fees' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_cash_received: 60000 }))).toMatchObject({ code: '22023', hint: 'field:cash_received' });
    expect(await appt(a.id)).toMatchObject({ status: 'scheduled', cash: 0 });
    expect(await studentsOf(a.lead)).toHaveLength(0);
  });

  it('S3 refuses a payment above the due, zero or negative, and an offer below cash received', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    const pay = (amount: number) => rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: amount, p_paid_on: '2026-03-01' });
    expect(await pgError(pay(30000.01))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(pay(0))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(pay(-10))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'change_offer_amount', { p_cohort_student_id: c.student.id, p_new_amount: 19999 }))).toMatchObject({ code: '22023', hint: 'field:new_amount' });
    expect(await pgError(db.query(`insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on) values ($1, $2, 40000, '2026-03-01')`, [w.org, c.student.id]))).toMatchObject({ hint: 'field:amount' });
    expect((await studentsOf(a.lead))[0]).toMatchObject({ cash: 20000, offer: 50000 });
  });

  it('keeps updated_at of a payment current when it is edited', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    const p = (await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1000, p_paid_on: '2026-03-01' })) as J;
    await db.query(`alter table public.emi_payments disable trigger user`);
    await db.query(`update public.emi_payments set updated_at = '2020-01-01T00:00:00Z' where id = $1`, [p.payment.id]);
    await db.query(`alter table public.emi_payments enable trigger user`);
    await rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: p.payment.id, p_amount: 1500, p_paid_on: '2026-03-02' });
    const r = await db.query(`select updated_at > now() - interval '1 minute' as fresh from public.emi_payments where id = $1`, [p.payment.id]);
    expect(r.rows[0]!.fresh).toBe(true);
  });

  it('S3 due = offer - cash on the student and the appointment after record, edit and delete of payments', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    const p = (await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 10000, p_paid_on: '2026-03-01', p_payment_platform: 'UPI' })) as J;
    expect(p.student).toMatchObject({ cash_received: 30000, due_amount: 20000 });
    expect(await appt(a.id)).toMatchObject({ cash: 30000, due: 20000 });
    await rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: p.payment.id, p_amount: 25000, p_paid_on: '2026-03-02' });
    expect((await studentsOf(a.lead))[0]).toMatchObject({ cash: 45000, due: 5000 });
    expect(await appt(a.id)).toMatchObject({ cash: 45000, due: 5000 });
    expect(await pgError(rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: p.payment.id, p_amount: 30001, p_paid_on: '2026-03-02' }))).toMatchObject({ code: '22023', hint: 'field:amount' });
    await rpcAs(db, w.admin, 'delete_payment', { p_payment_id: p.payment.id });
    expect((await studentsOf(a.lead))[0]).toMatchObject({ cash: 20000, due: 30000 });
    expect(await appt(a.id)).toMatchObject({ cash: 20000, due: 30000 });
    const sum = await db.query(`select sum(amount)::float8 s from public.emi_payments where cohort_student_id = $1`, [c.student.id]);
    expect(sum.rows[0]!.s).toBe(20000);
  });

  it('S3 one ledger seen identically by the closer and the cohort manager', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 5000, p_paid_on: '2026-03-01' });
    await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 7000, p_paid_on: '2026-04-01' });
    const q = `select id, amount::float8 amount, paid_on::text paid_on from public.emi_payments where cohort_student_id = $1 order by paid_on, id`;
    const asCloser = await queryAs(db, w.closer, q, [c.student.id]);
    const asCohort = await queryAs(db, w.cohortManager, q, [c.student.id]);
    expect(asCloser).toHaveLength(3);
    expect(asCloser).toEqual(asCohort);
    const cs = await queryAs(db, w.closer, `select cash_received::float8 c from public.cohort_students where id = $1`, [c.student.id]);
    const ca = await queryAs(db, w.closer, `select cash_received::float8 c from public.call_appointments where id = $1`, [a.id]);
    expect(cs[0]!.c).toBe(32000);
    expect(ca[0]!.c).toBe(32000);
  });

  it('S3 an offer change writes history with the reason and the person, on both sides', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    const out = (await rpcAs(db, w.manager, 'change_offer_amount', { p_cohort_student_id: c.student.id, p_new_amount: 45000, p_reason: 'Early-bird price' })) as J;
    expect(out.student).toMatchObject({ offer_amount: 45000, due_amount: 25000 });
    expect(await appt(a.id)).toMatchObject({ offer: 45000, due: 25000 });
    const h = await db.query(`select old_amount::float8 o, new_amount::float8 n, reason, changed_by from public.offer_amount_history where cohort_student_id = $1`, [c.student.id]);
    expect(h.rows).toEqual([{ o: 50000, n: 45000, reason: 'Early-bird price', changed_by: w.manager }]);
  });
});

describe('sales functions: validation and permissions', () => {
  it('convert refuses a planned batch, another organization\'s batch, bad classes and a non-converted status', async () => {
    const a = await appointment(db, w.org, w.closer);
    expect(await pgError(convert(w.closer, a.id, w.plannedBatch))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(convert(w.closer, a.id, w.otherBatch))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(convert(w.closer, a.id, null as unknown as string))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_classes_access: 16 }))).toMatchObject({ code: '22023', hint: 'field:classes_access' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_status: 'scheduled' }))).toMatchObject({ code: '22023', hint: 'field:status' });
    expect(await pgError(convert(w.closer, a.id, w.batch, { p_expected_version: 7 }))).toMatchObject({ code: 'PT409', hint: 'stale_version' });
    expect(await pgError(convert(w.closer2, a.id, w.batch))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    expect(await pgError(convert(w.otherAdmin, a.id, w.batch))).toMatchObject({ code: 'PT404', hint: 'not_found' });
    expect(await pgError(convert(null as unknown as string, a.id, w.batch))).toMatchObject({ code: '42501' });
    expect(await appt(a.id)).toMatchObject({ status: 'scheduled', version: 1 });
  });

  it('update_call_appointment_status refuses legacy statuses and missing remarks, refund reason or new date', async () => {
    const a = await appointment(db, w.org, w.closer);
    const upd = (args: Record<string, unknown>) => rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a.id, ...args });
    for (const s of ['pending', 'not_decided', 'so_so', 'converted', 'bogus']) {
      expect(await pgError(upd({ p_status: s, p_remarks: 'x' }))).toMatchObject({ code: '22023', hint: 'field:status' });
    }
    expect(await pgError(upd({ p_status: 'not_converted' }))).toMatchObject({ code: '22023', hint: 'field:remarks' });
    expect(await pgError(upd({ p_status: 'refunded', p_remarks: 'x' }))).toMatchObject({ code: '22023', hint: 'field:refund_reason' });
    expect(await pgError(upd({ p_status: 'reschedule', p_remarks: 'Busy' }))).toMatchObject({ code: '22023', hint: 'field:rescheduled_date' });
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const r = (await upd({ p_status: 'reschedule', p_remarks: 'Busy', p_rescheduled_date: ahead, p_rescheduled_time: '10:30' })) as J;
    expect(r).toMatchObject({ status: 'reschedule', scheduled_date: ahead, scheduled_time: '10:30:00', additional_comments: 'Busy' });
  });

  it('student actions: refund needs a reason, notes are limited, closers may not refund or move', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await convert(w.closer, a.id, w.batch);
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: c.student.id, p_reason: '  ' }))).toMatchObject({ code: '22023', hint: 'field:reason' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'set_cohort_student_notes', { p_cohort_student_id: c.student.id, p_notes: 'x'.repeat(4001) }))).toMatchObject({ code: '22023', hint: 'field:notes' });
    const n = (await rpcAs(db, w.cohortManager, 'set_cohort_student_notes', { p_cohort_student_id: c.student.id, p_notes: 'Prefers WhatsApp' })) as J;
    expect(n.student.notes).toBe('Prefers WhatsApp');
    expect(await pgError(rpcAs(db, w.closer, 'refund_cohort_student', { p_cohort_student_id: c.student.id, p_reason: 'x' }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.closer, 'move_cohort_student', { p_cohort_student_id: c.student.id, p_to_batch_id: w.batch2 }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.closer2, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1, p_paid_on: '2026-03-01' }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.specialist, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1, p_paid_on: '2026-03-01' }))).toMatchObject({ code: 'PT404' });
    expect((await studentsOf(a.lead))[0]).toMatchObject({ status: 'active', cash: 20000 });
  });

  it('save_cohort_type and save_cohort_batch: admins only, names unique, dates ordered', async () => {
    const t = (await rpcAs(db, w.admin, 'save_cohort_type', { p_organization_id: w.org, p_name: 'Options Mastery' })) as J;
    expect(t.name).toBe('Options Mastery');
    expect(await pgError(rpcAs(db, w.admin, 'save_cohort_type', { p_organization_id: w.org, p_name: 'Options Mastery' }))).toMatchObject({ code: '22023', hint: 'field:name' });
    expect(await pgError(rpcAs(db, w.manager, 'save_cohort_type', { p_organization_id: w.org, p_name: 'X' }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'save_cohort_type', { p_organization_id: w.org, p_name: 'X' }))).toMatchObject({ code: 'PT404' });
    const b = (await rpcAs(db, w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: t.id, p_name: 'Batch 1', p_status: 'planned', p_start_date: '2026-12-01' })) as J;
    expect(b).toMatchObject({ name: 'Batch 1', status: 'planned', cohort_type_id: t.id });
    const b2 = (await rpcAs(db, w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: t.id, p_name: 'Batch 1', p_status: 'active', p_id: b.id })) as J;
    expect(b2).toMatchObject({ id: b.id, status: 'active' });
    expect(await pgError(rpcAs(db, w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: t.id, p_name: 'B', p_status: 'running' }))).toMatchObject({ hint: 'field:status' });
    expect(await pgError(rpcAs(db, w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: t.id, p_name: 'B', p_status: 'active', p_start_date: '2026-12-02', p_end_date: '2026-12-01' }))).toMatchObject({ hint: 'field:end_date' });
    expect(await pgError(rpcAs(db, w.admin, 'save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: w.type, p_name: 'Batch 3', p_status: 'active' }))).toMatchObject({ hint: 'field:name' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'save_cohort_batch', { p_organization_id: w.otherOrg, p_cohort_type_id: t.id, p_name: 'B', p_status: 'active' }))).toMatchObject({ hint: 'field:cohort_type_id' });
  });
});

describe('sales reads', () => {
  let r: { org: string; closer: string; closer2: string; batch: string };
  beforeAll(async () => {
    // A fresh organization so the counts are exact.
    const { createOrg, createUser, addMember } = await import('./helpers/db');
    const org = await createOrg(db, 'Reads Org', { timezone: 'Asia/Kolkata' });
    const closer = await createUser(db, 'Aarav Closer');
    const closer2 = await createUser(db, 'Bela Closer');
    await addMember(db, org, closer, 'closer');
    await addMember(db, org, closer2, 'closer');
    await addMember(db, org, w.admin, 'admin');
    const type = (await db.query(`insert into public.cohort_types (organization_id, name) values ($1, 'T') returning id`, [org])).rows[0]!.id as string;
    const batch = (await db.query(`insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'B', 'active') returning id`, [org, type])).rows[0]!.id as string;
    r = { org, closer, closer2, batch };
    const today = `(now() at time zone 'Asia/Kolkata')::date`;
    {
      for (const [d, t, s] of [[0, '15:00', 'scheduled'], [0, '09:00', 'pending'], [3, '10:00', 'scheduled'], [1, '10:00', 'reschedule'], [-1, '10:00', 'not_converted'], [-5, '10:00', 'no_show']] as const) {
        const l = (await db.query(`insert into public.leads (organization_id, full_name, email) values ($1, $2, $3) returning id`, [org, `Lead ${s} ${d}`, `${s}${d}@x.io`])).rows[0]!.id;
        await db.query(`insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status) values ($1, $2, $3, ${today} + $4::int, $5, $6)`, [org, l, closer, d, t, s]);
      }
    }
    const conv = await appointment(db, org, closer2, { scheduled_date: '2026-01-05' });
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(conv.id, batch, { p_offer_amount: 30000, p_cash_received: 30000 }));
    const conv2 = await appointment(db, org, closer, { scheduled_date: '2026-01-06' });
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(conv2.id, batch, { p_offer_amount: 40000, p_cash_received: 10000, p_pay_after_earning: true }));
    // Refunded from Sales: the 10,000 received goes back through the ledger (20261207190000).
    await rpcAs(db, w.admin, 'update_call_appointment_status', { p_appointment_id: conv2.id, p_status: 'refunded', p_remarks: 'r', p_refund_reason: 'r' });
  });

  it('closer_summary counts per closer; a closer sees only their own row', async () => {
    const all = await queryAs(db, w.admin, `select closer_name, assigned::int, converted::int, not_converted::int, rescheduled::int, cash_collected::float8 cash from public.closer_summary($1)`, [r.org]);
    expect(all).toEqual([
      { closer_name: 'Aarav Closer', assigned: 7, converted: 0, not_converted: 1, rescheduled: 1, cash: 0 },
      { closer_name: 'Bela Closer', assigned: 1, converted: 1, not_converted: 0, rescheduled: 0, cash: 30000 },
    ]);
    const own = await queryAs(db, r.closer2, `select closer_id from public.closer_summary($1)`, [r.org]);
    expect(own).toEqual([{ closer_id: r.closer2 }]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.closer_summary($1)`, [r.org])).toEqual([]);
  });

  it('list_closer_calls: today by time, then upcoming, then past descending; filters, paging and total_count', async () => {
    const rows = await queryAs(db, r.closer, `select status, bucket, total_count::int n from public.list_closer_calls($1, $2, null, null, null, null, '25', '0')`, [r.org, r.closer]);
    expect(rows.map((x) => `${x.bucket}:${x.status}`)).toEqual([
      'today:pending', 'today:scheduled', 'upcoming:reschedule', 'upcoming:scheduled', 'past:not_converted', 'past:no_show', 'past:refunded',
    ]);
    expect(rows[0]!.n).toBe(7);
    const page = await queryAs(db, r.closer, `select status, total_count::int n from public.list_closer_calls($1, $2, array['scheduled','no_show'], null, null, null, '2', '1')`, [r.org, r.closer]);
    expect(page).toEqual([{ status: 'scheduled', n: 3 }, { status: 'no_show', n: 3 }]);
    const search = await queryAs(db, r.closer, `select status from public.list_closer_calls($1, $2, null, null, null, 'NOT_CONV', '25', '0')`, [r.org, r.closer]);
    expect(search).toEqual([{ status: 'not_converted' }]);
    expect(await queryAs(db, r.closer, `select id from public.list_closer_calls($1, $2)`, [r.org, r.closer2])).toEqual([]);
  });

  it('list_batch_roster filters and batch_roster_totals add up', async () => {
    const all = await queryAs(db, w.admin, `select status, total_count::int n from public.list_batch_roster($1)`, [r.batch]);
    expect(all).toHaveLength(2);
    expect((await queryAs(db, w.admin, `select status from public.list_batch_roster($1, 'refunded')`, [r.batch])).map((x) => x.status)).toEqual(['refunded']);
    expect(await queryAs(db, w.admin, `select offer_amount::float8 o from public.list_batch_roster($1, 'fully_paid')`, [r.batch])).toEqual([{ o: 30000 }]);
    expect(await queryAs(db, w.admin, `select offer_amount::float8 o from public.list_batch_roster($1, 'pay_after_earning')`, [r.batch])).toEqual([{ o: 40000 }]);
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_batch_roster($1, 'bogus')`, [r.batch]))).toMatchObject({ code: '22023', hint: 'field:filter' });
    const t = (await rpcAs(db, w.admin, 'batch_roster_totals', { p_batch_id: r.batch })) as J;
    // The refunded student (40,000 offered, 10,000 paid then refunded) owes nothing: due counts
    // active students only, and the refund took the 10,000 out of received.
    expect(t).toMatchObject({ students: 2, offered: 70000, received: 30000, due: 0 });
    expect(t.by_closer).toHaveLength(2);
    const closerView = (await rpcAs(db, r.closer, 'batch_roster_totals', { p_batch_id: r.batch })) as J;
    expect(closerView).toMatchObject({ students: 1, offered: 40000 });
    expect(await rpcAs(db, w.otherAdmin, 'batch_roster_totals', { p_batch_id: r.batch })).toMatchObject({ students: 0 });
  });
});
