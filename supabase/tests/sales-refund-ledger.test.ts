// A refund from Sales Closers (update_call_appointment_status with status refunded) goes through
// the same ledger step as Cohort Management's refund_cohort_student (migration 20261207190000):
// one ledger refund with amount, date and reason; cash received drops on the call and the student;
// partial amounts; too much refused with nothing written; a retry refunds once; offered = received
// + due + written off on the roster and the closers' summary afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
const s: Record<string, { appointment: string; student: string }> = {};
let today: string;

const num = (x: unknown) => Number(x);
function reconciles(x: J, label: string) {
  const [o, r, d, wo] = [num(x.offered), num(x.received), num(x.due), num(x.written_off)];
  expect(Number.isFinite(wo), `${label}: written_off present`).toBe(true);
  expect(Math.round((r + d + wo) * 100), `${label}: offered ${o} = received ${r} + due ${d} + written off ${wo}`).toBe(Math.round(o * 100));
}
const student = (id: string) =>
  db.query(`select status, cash_received::float8 r, due_amount::float8 d, refund_reason from public.cohort_students where id = $1`, [id]).then((x) => x.rows[0]!);
const call = (id: string) =>
  db.query(`select status, cash_received::float8 r, refund_reason from public.call_appointments where id = $1`, [id]).then((x) => x.rows[0]!);
const refunds = (studentId: string) =>
  db
    .query(`select amount::float8 amount, paid_on::text paid_on, remarks, created_by from public.emi_payments where cohort_student_id = $1 and kind = 'refund' order by created_at`, [studentId])
    .then((x) => x.rows);
const ledgerCount = async () => (await db.query(`select count(*)::int n from public.emi_payments`)).rows[0]!.n as number;
const refund = (key: string, extra: Record<string, unknown> = {}, user = w.closer, headers?: Record<string, string>) =>
  rpcAs(
    db,
    user,
    'update_call_appointment_status',
    { p_appointment_id: s[key]!.appointment, p_status: 'refunded', p_remarks: 'Asked for the money back', p_refund_reason: 'Changed plans', ...extra },
    headers ? { headers } : {},
  ) as Promise<J>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text d`, [w.org])).rows[0]!.d);
  const conv = async (key: string, offer: number, cash: number) => {
    const ap = await appointment(db, w.org, w.closer, { scheduled_date: '2026-10-01', conversion_date: '2026-10-01' });
    const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: offer, p_cash_received: cash }))) as J;
    s[key] = { appointment: ap.id, student: out.student.id };
  };
  await conv('full', 50000, 20000);
  await conv('partial', 40000, 30000);
  await conv('retry', 30000, 12000);
  await conv('zero', 10000, 0);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('refunding from Sales Closers records the refund in the ledger', () => {
  it('without an amount refunds everything received, dated today, with the dialog reason', async () => {
    const out = await refund('full');
    expect(out).toMatchObject({ status: 'refunded', cash_received: 0, refund_reason: 'Changed plans' });
    expect(await refunds(s.full!.student)).toEqual([{ amount: 20000, paid_on: today, remarks: 'Changed plans', created_by: w.closer }]);
    expect(await student(s.full!.student)).toEqual({ status: 'refunded', r: 0, d: 0, refund_reason: 'Changed plans' });
    expect(await call(s.full!.appointment)).toEqual({ status: 'refunded', r: 0, refund_reason: 'Changed plans' });
  });

  it('refuses more than was received (and a future date), writing nothing', async () => {
    const before = await ledgerCount();
    const tooMuch = await pgError(refund('partial', { p_refund_amount: '30000.01' }));
    expect(tooMuch).toMatchObject({ code: '22023', hint: 'field:refund_amount' });
    expect(tooMuch.message).toMatch(/at most what was received \(30000/);
    expect(await pgError(refund('partial', { p_refund_amount: '-5' }))).toMatchObject({ code: '22023', hint: 'field:refund_amount' });
    expect(await pgError(refund('partial', { p_refund_amount: 'abc' }))).toMatchObject({ code: '22023', hint: 'field:refund_amount' });
    expect(await pgError(refund('partial', { p_refund_amount: '100', p_refunded_on: '2099-01-01' }))).toMatchObject({ code: '22023', hint: 'field:refunded_on' });
    expect(await ledgerCount()).toBe(before);
    expect(await student(s.partial!.student)).toMatchObject({ status: 'active', r: 30000, d: 10000 });
    expect(await call(s.partial!.appointment)).toMatchObject({ status: 'converted', r: 30000 });
  });

  it('a partial amount lowers received by exactly that, on the call and the student', async () => {
    await refund('partial', { p_refund_amount: '7500.50', p_refunded_on: today }, w.manager);
    expect(await refunds(s.partial!.student)).toEqual([{ amount: 7500.5, paid_on: today, remarks: 'Changed plans', created_by: w.manager }]);
    expect(await student(s.partial!.student)).toMatchObject({ status: 'refunded', r: 22499.5, d: 0 });
    expect(await call(s.partial!.appointment)).toMatchObject({ status: 'refunded', r: 22499.5 });
  });

  it('a retry (same idempotency key, or the same update sent again) refunds once', async () => {
    const headers = { 'x-idempotency-key': 'refund-retry-1', 'content-type': 'application/json' };
    const first = await refund('retry', { p_refund_amount: '5000' }, w.closer, headers);
    const again = await refund('retry', { p_refund_amount: '5000' }, w.closer, headers);
    expect(again).toEqual(first);
    const resent = await refund('retry', { p_refund_amount: '5000' });
    expect(resent).toMatchObject({ status: 'refunded', cash_received: 7000 });
    const noAmount = await refund('retry');
    expect(noAmount).toMatchObject({ status: 'refunded', cash_received: 7000 });
    expect(await refunds(s.retry!.student)).toHaveLength(1);
    expect(await student(s.retry!.student)).toMatchObject({ r: 7000 });
    // Another amount on a refunded student is a conflict, not a second refund.
    expect(await pgError(refund('retry', { p_refund_amount: '1000' }))).toMatchObject({ code: 'PT409', hint: 'already_refunded' });
    // Cohort Management sees the same refund: sending it there again changes nothing.
    const cm = (await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: s.retry!.student, p_reason: 'Changed plans', p_amount: '5000' })) as J;
    expect(cm.refund).toBeNull();
    expect(await refunds(s.retry!.student)).toHaveLength(1);
  });

  it('nothing received: refunded with no ledger entry', async () => {
    await refund('zero');
    expect(await refunds(s.zero!.student)).toEqual([]);
    expect(await student(s.zero!.student)).toMatchObject({ status: 'refunded', r: 0, d: 0 });
  });

  it('a call without a student still just changes status', async () => {
    const ap = await appointment(db, w.org, w.closer, { scheduled_date: today });
    const before = await ledgerCount();
    const out = (await rpcAs(db, w.closer, 'update_call_appointment_status', {
      p_appointment_id: ap.id, p_status: 'refunded', p_remarks: 'r', p_refund_reason: 'Chargeback', p_refund_amount: '100',
    })) as J;
    expect(out).toMatchObject({ status: 'refunded', refund_reason: 'Chargeback' });
    expect(await ledgerCount()).toBe(before);
  });

  it('offered = received + due + written off on the roster and the closers\' summary', async () => {
    const rows = await queryAs(db, w.cohortManager, `select id, offer_amount offered, cash_received received, due_amount due, written_off from public.list_batch_roster($1, p_limit => '500')`, [w.batch]);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) reconciles(r, `roster ${r.id}`);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(num(byId[s.full!.student]!.received)).toBe(0);
    expect(num(byId[s.full!.student]!.written_off)).toBe(50000);
    expect(num(byId[s.partial!.student]!.received)).toBe(22499.5);
    const sum = await queryAs(db, w.manager, `select closer_id, offered, received, due, written_off, cash_collected from public.closer_summary($1)`, [w.org]);
    for (const r of sum) reconciles(r, `closer summary ${r.closer_id}`);
    const mine = sum.find((r) => r.closer_id === w.closer)!;
    expect(num(mine.received)).toBe(0 + 22499.5 + 7000 + 0);
    expect(num(mine.cash_collected)).toBe(num(mine.received));
  });
});
