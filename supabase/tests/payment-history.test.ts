// student_payment_history: the roster's payment history of one student, by role (RLS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, rpcAs, pgError, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
let student: string;
let today: string;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text as d`, [w.org])).rows[0]!.d);
  const a = await appointment(db, w.org, w.closer);
  student = ((await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(a.id, w.batch, { p_offer_amount: 50000, p_cash_received: 10000 }))) as J).student.id;
  await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: student, p_amount: 5000, p_paid_on: today, p_payment_platform: 'UPI', p_remarks: 'March EMI' });
  await rpcAs(db, w.admin, 'change_offer_amount', { p_cohort_student_id: student, p_new_amount: 45000, p_reason: 'Scholarship' });
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('student_payment_history', () => {
  it('lists every ledger entry newest first with date, amount, platform and who recorded it, and offer changes with who and why', async () => {
    const h = (await rpcAs(db, w.cohortManager, 'student_payment_history', { p_cohort_student_id: student })) as J;
    expect(h.payments).toHaveLength(2);
    expect(h.payments[0]).toMatchObject({ amount: 5000, paid_on: today, payment_platform: 'UPI', remarks: 'March EMI', recorded_by: w.cohortManager, recorded_by_name: 'Sneha Cohorts' });
    expect(h.payments[1]).toMatchObject({ amount: 10000, remarks: 'Recorded at conversion', recorded_by: w.closer, recorded_by_name: 'Dipanshu' });
    expect(h.offer_changes).toEqual([expect.objectContaining({ old_amount: 50000, new_amount: 45000, reason: 'Scholarship', changed_by: w.admin, changed_by_name: 'Rohan Admin' })]);
  });

  it('follows edits and deletes made through the payment functions', async () => {
    const before = (await rpcAs(db, w.admin, 'student_payment_history', { p_cohort_student_id: student })) as J;
    const p = before.payments[0];
    await rpcAs(db, w.admin, 'update_payment', { p_payment_id: p.id, p_amount: 6000, p_paid_on: today, p_payment_platform: 'Razorpay' });
    let h = (await rpcAs(db, w.admin, 'student_payment_history', { p_cohort_student_id: student })) as J;
    expect(h.payments.find((x: J) => x.id === p.id)).toMatchObject({ amount: 6000, paid_on: today, payment_platform: 'Razorpay' });
    await rpcAs(db, w.cohortManager, 'delete_payment', { p_payment_id: p.id });
    h = (await rpcAs(db, w.admin, 'student_payment_history', { p_cohort_student_id: student })) as J;
    expect(h.payments.map((x: J) => x.id)).not.toContain(p.id);
    expect(h.payments).toHaveLength(1);
  });

  it('shows the closer their own student; another closer, a specialist and another organization get not found', async () => {
    expect(((await rpcAs(db, w.closer, 'student_payment_history', { p_cohort_student_id: student })) as J).payments).toHaveLength(1);
    for (const u of [w.closer2, w.specialist, w.member, w.otherAdmin]) {
      expect(await pgError(rpcAs(db, u, 'student_payment_history', { p_cohort_student_id: student }))).toMatchObject({ code: 'PT404', hint: 'not_found' });
    }
    expect((await pgError(rpcAs(db, null, 'student_payment_history', { p_cohort_student_id: student }))).code).toBe('42501');
  });

  it('refuses a bad id with the field', async () => {
    expect(await pgError(rpcAs(db, w.admin, 'student_payment_history', { p_cohort_student_id: 'abc' }))).toMatchObject({ code: '22023', hint: 'field:cohort_student_id' });
  });
});
