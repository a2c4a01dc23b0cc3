// Concurrent conversions and payments on real server connections (skipped on PGlite, which has
// one connection): exactly one student, cash never double counted, no lost update, no deadlock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, as, onServer, type TestDb } from './helpers/db';
import { salesWorld, appointment, lead, convertArgs, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;

const rpc = (user: string, fn: string, args: Record<string, unknown>) =>
  as(db, user, async (tx) => {
    const names = Object.keys(args);
    const r = await tx.query(`select public.${fn}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')}) as result`, names.map((n) => args[n]));
    return r.rows[0]!.result as Record<string, any>;
  });

async function state(leadId: string) {
  const s = await db.query(`select id, cash_received::float8 cash from public.cohort_students where lead_id = $1`, [leadId]);
  const p = await db.query(
    `select count(*)::int n, coalesce(sum(p.amount), 0)::float8 total from public.emi_payments p join public.cohort_students cs on cs.id = p.cohort_student_id where cs.lead_id = $1`,
    [leadId],
  );
  const a = await db.query(`select cash_received::float8 cash, status from public.call_appointments where lead_id = $1 order by id`, [leadId]);
  return { students: s.rows, payments: p.rows[0]!, appointments: a.rows };
}

describe.skipIf(!onServer)('sales concurrency (server only)', () => {
  beforeAll(async () => {
    db = await createTestDb({ max: 24 });
    w = await salesWorld(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('24 simultaneous conversions of one appointment make one student and one ledger row', async () => {
    const a = await appointment(db, w.org, w.closer);
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => rpc(i % 2 ? w.closer : w.manager, 'convert_call_appointment', convertArgs(a.id, w.batch))));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const s = await state(a.lead);
    expect(s.students).toHaveLength(1);
    expect(s.students[0]!.cash).toBe(20000);
    expect(s.payments).toEqual({ n: 1, total: 20000 });
    expect(s.appointments).toEqual([{ cash: 20000, status: 'converted' }]);
  });

  it('simultaneous conversions of 22 different appointments of one lead into one batch make one student, cash not double counted', async () => {
    const l = await lead(db, w.org);
    const appts = [];
    for (let i = 0; i < 22; i++) appts.push((await appointment(db, w.org, w.closer, { lead_id: l })).id);
    const results = await Promise.allSettled(appts.map((id) => rpc(w.closer, 'convert_call_appointment', convertArgs(id, w.batch))));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const s = await state(l);
    expect(s.students).toHaveLength(1);
    expect(s.students[0]!.cash).toBe(20000);
    expect(s.payments).toEqual({ n: 1, total: 20000 });
  });

  it('22 simultaneous payments on one student all count: cash = sum of the ledger on both sides', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await rpc(w.closer, 'convert_call_appointment', convertArgs(a.id, w.batch));
    const results = await Promise.allSettled(
      Array.from({ length: 22 }, (_, i) => rpc(i % 2 ? w.cohortManager : w.closer, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1000, p_paid_on: '2026-03-01' })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const s = await state(a.lead);
    expect(s.payments).toEqual({ n: 23, total: 42000 });
    expect(s.students[0]!.cash).toBe(42000);
    expect(s.appointments[0]!.cash).toBe(42000);
  });

  it('payments racing past the due: the ones that fit succeed, the rest are refused, never overpaid', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await rpc(w.closer, 'convert_call_appointment', convertArgs(a.id, w.batch)); // due 30000
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => rpc(w.cohortManager, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 2000, p_paid_on: '2026-03-01' })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBe(15);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: '22023', hint: 'field:amount' });
    const s = await state(a.lead);
    expect(s.students[0]!.cash).toBe(50000);
    expect(s.payments.total).toBe(50000);
  });

  it('payments, offer changes and moves racing on one student never deadlock', async () => {
    const a = await appointment(db, w.org, w.closer);
    const c = await rpc(w.closer, 'convert_call_appointment', convertArgs(a.id, w.batch));
    const ops = Array.from({ length: 20 }, (_, i) => {
      if (i % 4 === 0) return rpc(w.cohortManager, 'change_offer_amount', { p_cohort_student_id: c.student.id, p_new_amount: 60000 + i });
      if (i % 4 === 1) return rpc(w.cohortManager, 'move_cohort_student', { p_cohort_student_id: c.student.id, p_to_batch_id: i % 8 === 1 ? w.batch2 : w.batch });
      if (i % 4 === 2) return rpc(w.closer, 'convert_call_appointment', convertArgs(a.id, w.batch, { p_offer_amount: 70000, p_cash_received: 20000 }));
      return rpc(w.closer, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 500, p_paid_on: '2026-03-01' });
    });
    const results = await Promise.allSettled(ops);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code?: string }).code).not.toBe('40P01');
    const s = await state(a.lead);
    expect(s.students).toHaveLength(1);
    expect(s.students[0]!.cash).toBe(s.payments.total);
    expect(s.appointments[0]!.cash).toBe(s.payments.total);
  });
});
