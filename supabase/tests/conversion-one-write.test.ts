// A conversion writes each row once (migration 20261207220000): the appointment once (one version
// bump, one history row), the student once with its final cash, and the ledger entry of the cash
// marked as already applied; the mark covers that one entry only, so S3 (cash received = the
// ledger's sum) holds for every entry after it, in the same transaction or later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const ledgerSum = async (student: string) =>
  Number(
    (
      await db.query(
        `select coalesce(sum(case when kind = 'refund' then -amount else amount end), 0)::float8 s from public.emi_payments where cohort_student_id = $1`,
        [student],
      )
    ).rows[0]!.s,
  );
const cash = async (table: 'cohort_students' | 'call_appointments', id: string) =>
  Number((await db.query(`select cash_received::float8 c from public.${table} where id = $1`, [id])).rows[0]!.c);

describe('conversion in one write per row', () => {
  it('bumps the appointment version once, writes one history row and one ledger entry; student, appointment and ledger agree', async () => {
    const ap = await appointment(db, w.org, w.closer);
    const before = (await db.query(`select version from public.call_appointments where id = $1`, [ap.id])).rows[0]!.version as number;
    const out = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: 50000, p_cash_received: 12500 }))) as J;
    expect(out.appointment.version).toBe(before + 1);
    expect(Number(out.appointment.cash_received)).toBe(12500);
    expect(Number(out.student.cash_received)).toBe(12500);
    const history = (await db.query(`select count(*)::int n from public.call_appointment_history where call_appointment_id = $1`, [ap.id])).rows[0]!.n;
    expect(history).toBe(2); // the booking and the conversion
    const entries = (await db.query(`select amount::float8 a from public.emi_payments where cohort_student_id = $1`, [out.student.id])).rows;
    expect(entries).toEqual([{ a: 12500 }]);
    expect(await ledgerSum(out.student.id)).toBe(12500);
    expect(await cash('cohort_students', out.student.id)).toBe(12500);
    expect(await cash('call_appointments', ap.id)).toBe(12500);

    // Raising the cash at a later conversion: one more entry of the difference, still one write.
    const again = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: 50000, p_cash_received: 20000 }))) as J;
    expect(again.appointment.version).toBe(before + 2);
    expect(Number(again.student.cash_received)).toBe(20000);
    expect(await ledgerSum(out.student.id)).toBe(20000);
    expect(await cash('call_appointments', ap.id)).toBe(20000);
  });

  it('the mark is used up by its entry: a second entry in the same transaction moves the cash', async () => {
    const ap = await appointment(db, w.org, w.closer);
    const out = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: 50000, p_cash_received: 10000 }))) as J;
    await db.transaction(async (tx) => {
      // As the conversion does, then a second entry of the same amount without a new mark.
      await tx.query(`select set_config('cohort_desk.ledger_applied', $1 || ':' || '5000', true)`, [out.student.id]);
      await tx.query(`insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on) values ($1, $2, 5000, current_date)`, [w.org, out.student.id]);
      await tx.query(`insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on) values ($1, $2, 5000, current_date)`, [w.org, out.student.id]);
    });
    // The marked entry did not move the cash (the caller had written it), the second one did.
    expect(await cash('cohort_students', out.student.id)).toBe(15000);
    // A mark naming another amount or student changes nothing: the entry moves the cash.
    await db.transaction(async (tx) => {
      await tx.query(`select set_config('cohort_desk.ledger_applied', $1 || ':' || '999', true)`, [out.student.id]);
      await tx.query(`insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on) values ($1, $2, 1000, current_date)`, [w.org, out.student.id]);
    });
    expect(await cash('cohort_students', out.student.id)).toBe(16000);
    expect(await cash('call_appointments', ap.id)).toBe(16000);
  });
});
