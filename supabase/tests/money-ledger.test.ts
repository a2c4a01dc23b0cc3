// One ledger of payments and refunds (invariant S3; migrations 20261207140000..140300):
// refunds with an amount, a date and a reason lower cash received; written off = offered -
// received - due; every money view's data reconciles (offered = received + due + written off) on a
// batch with payments, a partial refund, a full refund and a discontinuation; the batch totals
// follow the conversion-date range; a student is added without a call through the conversion path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestDb, createUser, onServer, pgError, queryAs, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
const s: Record<string, { appointment: string; student: string; lead: string }> = {};
let today: string;

const num = (x: unknown) => Number(x);
/** offered = received + due + written off, to the paisa. */
function reconciles(x: J, label: string) {
  const [o, r, d, wo] = [num(x.offered), num(x.received), num(x.due), num(x.written_off)];
  expect(Number.isFinite(wo), `${label}: written_off present`).toBe(true);
  expect(Math.round((r + d + wo) * 100), `${label}: offered ${o} = received ${r} + due ${d} + written off ${wo}`).toBe(Math.round(o * 100));
}

const student = (id: string) => db.query(`select status, offer_amount::float8 o, cash_received::float8 r, due_amount::float8 d from public.cohort_students where id = $1`, [id]).then((x) => x.rows[0]!);
const ledgerCount = async () => (await db.query(`select count(*)::int n from public.emi_payments`)).rows[0]!.n as number;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text d`, [w.org])).rows[0]!.d);
  const conv = async (key: string, closer: string, date: string, offer: number, cash: number) => {
    const ap = await appointment(db, w.org, closer, { scheduled_date: date, conversion_date: date });
    const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: offer, p_cash_received: cash }))) as J;
    s[key] = { appointment: ap.id, student: out.student.id, lead: ap.lead };
  };
  await conv('a', w.closer, '2026-10-01', 50000, 20000); // active, owes 30,000
  await conv('b', w.closer, '2026-10-15', 40000, 30000); // partial refund of 10,000 below
  await conv('c', w.closer2, '2026-11-01', 30000, 30000); // full refund below
  await conv('d', w.closer2, '2026-11-10', 60000, 10000); // discontinued below
  await conv('e', w.closer2, '2026-11-20', 20000, 20000); // active, paid in full
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('refund_cohort_student: amount, date and reason in the ledger', () => {
  it('refuses a closer, another organization, too much, a future date and a missing reason, writing nothing', async () => {
    const before = await ledgerCount();
    const b = s.b!.student;
    expect(await pgError(rpcAs(db, w.closer, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '100' }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '100' }))).toMatchObject({ code: 'PT404' });
    const tooMuch = await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '30000.01' }));
    expect(tooMuch).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(tooMuch.message).toMatch(/at most what was received \(30000/);
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '-1' }))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '1e3' }))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '100', p_refunded_on: '2099-01-01' }))).toMatchObject({ code: '22023', hint: 'field:refunded_on' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: 'x', p_amount: '100', p_refunded_on: '2020-01-01' }))).toMatchObject({ code: '22023', hint: 'field:refunded_on' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b, p_reason: ' \u200b ', p_amount: '100' }))).toMatchObject({ code: '22023', hint: 'field:reason' });
    expect(await ledgerCount()).toBe(before);
    expect(await student(b)).toEqual({ status: 'active', o: 40000, r: 30000, d: 10000 });
  });

  it('records a partial refund: received falls by it, the student and its call are refunded and owe nothing', async () => {
    const out = (await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: s.b!.student, p_reason: 'Moved abroad', p_amount: '10000', p_refunded_on: today })) as J;
    expect(out.refund).toMatchObject({ kind: 'refund', amount: 10000, paid_on: today, remarks: 'Moved abroad', created_by: w.cohortManager });
    expect(await student(s.b!.student)).toEqual({ status: 'refunded', o: 40000, r: 20000, d: 0 });
    const ca = (await db.query(`select status, cash_received::float8 r, due_amount::float8 d, refund_reason from public.call_appointments where id = $1`, [s.b!.appointment])).rows[0];
    expect(ca).toEqual({ status: 'refunded', r: 20000, d: 0, refund_reason: 'Moved abroad' });
  });

  it('the same refund again changes nothing; a different one is a conflict', async () => {
    const before = await ledgerCount();
    const again = (await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: s.b!.student, p_reason: 'Moved abroad', p_amount: '10000' })) as J;
    expect(again.student).toMatchObject({ status: 'refunded', cash_received: 20000 });
    expect(await pgError(rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: s.b!.student, p_reason: 'Moved abroad', p_amount: '5000' }))).toMatchObject({ code: 'PT409', hint: 'already_refunded' });
    expect(await ledgerCount()).toBe(before);
  });

  it('without an amount refunds everything received (admin); a discontinued student may be refunded', async () => {
    await rpcAs(db, w.admin, 'refund_cohort_student', { p_cohort_student_id: s.c!.student, p_reason: 'Course not for them' });
    expect(await student(s.c!.student)).toEqual({ status: 'refunded', o: 30000, r: 0, d: 0 });
    await rpcAs(db, w.cohortManager, 'discontinue_cohort_student', { p_cohort_student_id: s.d!.student, p_reason: 'Stopped attending' });
    expect(await student(s.d!.student)).toMatchObject({ status: 'discontinued', r: 10000, d: 0 });
  });

  it('the history lists the refund with its kind, reason and who recorded it, to whoever reads the student', async () => {
    for (const u of [w.cohortManager, w.closer]) {
      const h = (await rpcAs(db, u, 'student_payment_history', { p_cohort_student_id: s.b!.student })) as J;
      const kinds = (h.payments as J[]).map((p) => [p.kind, p.amount]).sort();
      expect(kinds).toEqual([['payment', 30000], ['refund', 10000]]);
      expect((h.payments as J[]).find((p) => p.kind === 'refund')).toMatchObject({ remarks: 'Moved abroad', recorded_by: w.cohortManager });
      expect(h.student).toEqual({ status: 'refunded', offer_amount: 40000, cash_received: 20000, due_amount: 0, written_off: 20000 });
    }
    expect(await pgError(rpcAs(db, w.otherAdmin, 'student_payment_history', { p_cohort_student_id: s.b!.student }))).toMatchObject({ code: 'PT404' });
  });
});

describe('every money view reconciles: offered = received + due + written off', () => {
  it('roster rows (and so the CSV, which exports them)', async () => {
    const rows = await queryAs(db, w.cohortManager, `select id, offer_amount offered, cash_received received, due_amount due, written_off from public.list_batch_roster($1, p_limit => '500')`, [w.batch]);
    expect(rows).toHaveLength(5);
    for (const r of rows) reconciles(r, `roster ${r.id}`);
    const by = Object.fromEntries(rows.map((r) => [r.id, num(r.written_off)]));
    expect(by).toEqual({ [s.a!.student]: 0, [s.b!.student]: 20000, [s.c!.student]: 30000, [s.d!.student]: 50000, [s.e!.student]: 0 });
  });

  it('batch totals and by closer', async () => {
    const t = (await rpcAs(db, w.cohortManager, 'batch_roster_totals', { p_batch_id: w.batch })) as J;
    expect(t).toMatchObject({ students: 5, offered: 200000, received: 70000, due: 30000, written_off: 100000 });
    reconciles(t, 'totals');
    const per = Object.fromEntries((t.by_closer as J[]).map((x) => [x.closer_id, x]));
    expect(per[w.closer]).toMatchObject({ students: 2, offered: 90000, received: 40000, due: 30000, written_off: 20000 });
    expect(per[w.closer2]).toMatchObject({ students: 3, offered: 110000, received: 30000, due: 0, written_off: 80000 });
    for (const x of t.by_closer as J[]) reconciles(x, `by closer ${x.closer_name}`);
  });

  it('batch totals and by closer follow the conversion-date range; a bad range is refused', async () => {
    const t = (await rpcAs(db, w.cohortManager, 'batch_roster_totals', { p_batch_id: w.batch, p_from: '2026-11-01', p_to: '2026-11-30' })) as J;
    expect(t).toMatchObject({ students: 3, offered: 110000, received: 30000, due: 0, written_off: 80000 });
    expect((t.by_closer as J[]).map((x) => x.closer_id)).toEqual([w.closer2]);
    const n = (await queryAs(db, w.cohortManager, `select count(*)::int n from public.list_batch_roster($1, p_from => '2026-11-01', p_to => '2026-11-30')`, [w.batch]))[0]!.n;
    expect(n).toBe(t.students);
    expect(await pgError(rpcAs(db, w.cohortManager, 'batch_roster_totals', { p_batch_id: w.batch, p_from: '2026-12-01', p_to: '2026-11-01' }))).toMatchObject({ code: '22023', hint: 'field:to' });
  });

  it('the overview', async () => {
    const rows = await queryAs(db, w.admin, `select id, students, offered, received, due, written_off from public.list_cohort_batches($1)`, [w.org]);
    const b3 = rows.find((r) => r.id === w.batch)!;
    expect([num(b3.offered), num(b3.received), num(b3.due), num(b3.written_off)]).toEqual([200000, 70000, 30000, 100000]);
    for (const r of rows) reconciles(r, `overview ${r.id}`);
  });

  it("the closers' summary: cash collected is the received of the closer's students", async () => {
    const rows = await queryAs(db, w.manager, `select closer_id, students::int, converted::int, cash_collected, offered, received, due, written_off from public.closer_summary($1)`, [w.org]);
    const by = Object.fromEntries(rows.map((r) => [r.closer_id, r]));
    expect(by[w.closer]).toMatchObject({ students: 2, converted: 1 });
    expect(num(by[w.closer]!.cash_collected)).toBe(40000);
    expect(num(by[w.closer2]!.cash_collected)).toBe(30000);
    for (const r of rows) {
      reconciles(r, `closer summary ${r.closer_id}`);
      expect(num(r.cash_collected)).toBe(num(r.received));
    }
    // A closer: only their own row, the same figures.
    const own = await queryAs(db, w.closer, `select closer_id, received from public.closer_summary($1)`, [w.org]);
    expect(own.map((r) => [r.closer_id, num(r.received)])).toEqual([[w.closer, 40000]]);
  });

  it("the closers' KPIs: conversions and cash collected count the same students; refunds come off", async () => {
    const k = (await rpcAs(db, w.admin, 'closer_kpis', { p_organization_id: w.org, p_preset: 'custom', p_from: '2026-10-01', p_to: today })) as J;
    const by = Object.fromEntries((k.closers as J[]).map((x) => [x.closer_id, x]));
    expect(by[w.closer]).toMatchObject({ conversions: 2, offered: 90000, received: 40000, due: 30000, written_off: 20000, cash_collected: 40000, refunds: 10000 });
    expect(by[w.closer2]).toMatchObject({ conversions: 3, offered: 110000, received: 30000, due: 0, written_off: 80000, cash_collected: 30000, refunds: 30000 });
    for (const x of [...(k.closers as J[]), k.total]) reconciles(x, `kpis ${x.closer_name ?? 'total'}`);
    // Every conversion and every ledger entry is in the period: cash collected = received.
    expect(k.total).toMatchObject({ conversions: 5, cash_collected: 70000, received: 70000 });
  });

  it('the insights, for the batch and the organization', async () => {
    for (const args of [{ p_batch_id: w.batch }, {}]) {
      const r = (await rpcAs(db, w.cohortManager, 'cohort_insights', { p_organization_id: w.org, ...args })) as J;
      reconciles(r.money, 'insights');
      expect(r.money).toMatchObject({ received: 70000, written_off: 100000 });
      expect(r.collections.this_week).toMatchObject({ refunds: 40000 });
    }
  });

  it('another organization sees none of it', async () => {
    const t = (await rpcAs(db, w.otherAdmin, 'batch_roster_totals', { p_batch_id: w.batch })) as J;
    expect(t).toMatchObject({ students: 0, offered: 0, received: 0, due: 0, written_off: 0, by_closer: [] });
    expect(await queryAs(db, w.otherAdmin, `select * from public.list_cohort_batches($1)`, [w.org])).toEqual([]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.closer_summary($1)`, [w.org])).toEqual([]);
  });
});

describe('editing the ledger keeps received = payments - refunds', () => {
  it('a refund entry can be lowered (reason kept) but not above what was received; a payment the refunds need cannot be deleted', async () => {
    const refund = (await db.query(`select id from public.emi_payments where cohort_student_id = $1 and kind = 'refund'`, [s.b!.student])).rows[0]!.id as string;
    const payment = (await db.query(`select id from public.emi_payments where cohort_student_id = $1 and kind = 'payment'`, [s.b!.student])).rows[0]!.id as string;
    expect(await pgError(rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: refund, p_amount: '8000', p_paid_on: today }))).toMatchObject({ code: '22023', hint: 'field:remarks' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: refund, p_amount: '30001', p_paid_on: today, p_remarks: 'Moved abroad' }))).toMatchObject({ code: '22023', hint: 'field:amount' });
    await rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: refund, p_amount: '8000', p_paid_on: today, p_remarks: 'Moved abroad' });
    expect(await student(s.b!.student)).toMatchObject({ r: 22000, d: 0 });
    // The 30,000 payment cannot go below the 8,000 refunded, nor be deleted while the refund stands.
    expect(await pgError(rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: payment, p_amount: '7000', p_paid_on: today }))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await pgError(rpcAs(db, w.cohortManager, 'delete_payment', { p_payment_id: payment }))).toMatchObject({ code: 'PT409', hint: 'refunds_exceed_payments' });
    expect(await student(s.b!.student)).toMatchObject({ r: 22000 });
    // Deleting the refund gives the cash back; the payment may then go.
    await rpcAs(db, w.cohortManager, 'delete_payment', { p_payment_id: refund });
    expect(await student(s.b!.student)).toMatchObject({ r: 30000, status: 'refunded' });
    await rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: payment, p_amount: '30000', p_paid_on: today });
  });

  it('the database refuses a refund without a reason and an unknown kind, whoever writes', async () => {
    const e1 = await pgError(db.query(`insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on) values ($1, $2, 'refund', 1, current_date)`, [w.org, s.a!.student]));
    expect(e1.code).toBe('23514');
    const e2 = await pgError(db.query(`insert into public.emi_payments (organization_id, cohort_student_id, kind, amount, paid_on) values ($1, $2, 'gift', 1, current_date)`, [w.org, s.a!.student]));
    expect(e2.code).toBe('23514');
  });
});

describe('add_cohort_student: a student without a call, through the conversion path', () => {
  const args = (extra: Record<string, unknown> = {}) => ({
    p_batch_id: w.batch, p_full_name: 'Offline Payer', p_email: 'Offline.Payer@Example.com', p_phone: '+91 98765 43210',
    p_offer_amount: '45000', p_cash_received: '15000', p_paid_on: today, p_classes_access: '15', p_closer_id: w.closer2,
    ...extra,
  });
  const counts = async () => (await db.query(`select (select count(*) from public.leads)::int l, (select count(*) from public.call_appointments)::int a, (select count(*) from public.cohort_students)::int s, (select count(*) from public.emi_payments)::int p`)).rows[0] as { l: number; a: number; s: number; p: number };

  it('refuses a closer, a member, another organization and bad input, writing nothing', async () => {
    const before = await counts();
    expect(await pgError(rpcAs(db, w.closer, 'add_cohort_student', args()))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.member, 'add_cohort_student', args()))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'add_cohort_student', args()))).toMatchObject({ code: 'PT404' });
    const bad: [Record<string, unknown>, string][] = [
      [{ p_full_name: '  ' }, 'full_name'],
      [{ p_email: 'not-an-email' }, 'email'],
      [{ p_email: null, p_phone: null }, 'email'],
      [{ p_phone: '12ab' }, 'phone'],
      [{ p_offer_amount: '-1' }, 'offer_amount'],
      [{ p_cash_received: '45000.01' }, 'cash_received'],
      [{ p_paid_on: '2099-01-01' }, 'paid_on'],
      [{ p_classes_access: '16' }, 'classes_access'],
      [{ p_closer_id: w.cohortManager }, 'closer_id'],
      [{ p_batch_id: w.plannedBatch }, 'batch_id'],
      [{ p_batch_id: 'zzz' }, 'batch_id'],
    ];
    for (const [extra, field] of bad) {
      expect(await pgError(rpcAs(db, w.cohortManager, 'add_cohort_student', args(extra))), field).toMatchObject({ code: '22023', hint: `field:${field}` });
    }
    expect(await counts()).toEqual(before);
  });

  it('creates the lead, a converted call and its student (S1) with the cash as one ledger payment', async () => {
    const before = await counts();
    const out = (await rpcAs(db, w.cohortManager, 'add_cohort_student', args())) as J;
    expect(out.created).toBe(true);
    expect(out.lead).toMatchObject({ full_name: 'Offline Payer', email: 'offline.payer@example.com', phone: '+919876543210' });
    expect(out.appointment).toMatchObject({ status: 'converted', batch_id: w.batch, closer_id: w.closer2, offer_amount: 45000, cash_received: 15000, conversion_date: today, created_by: w.cohortManager });
    expect(out.student).toMatchObject({ call_appointment_id: out.appointment.id, lead_id: out.lead.id, status: 'active', offer_amount: 45000, cash_received: 15000, due_amount: 30000, closer_id: w.closer2 });
    expect(await counts()).toEqual({ l: before.l + 1, a: before.a + 1, s: before.s + 1, p: before.p + 1 });
    const pay = (await db.query(`select kind, amount::float8 a, paid_on::text d, created_by from public.emi_payments where cohort_student_id = $1`, [out.student.id])).rows;
    expect(pay).toEqual([{ kind: 'payment', a: 15000, d: today, created_by: w.cohortManager }]);
    // The cohort manager sees the student in the roster; the credited closer sees the sale.
    const r = await queryAs(db, w.cohortManager, `select lead_name from public.list_batch_roster($1, p_search => 'offline')`, [w.batch]);
    expect(r).toEqual([{ lead_name: 'Offline Payer' }]);
    const k = await queryAs(db, w.closer2, `select students::int from public.closer_summary($1)`, [w.org]);
    expect(k).toEqual([{ students: 4 }]);
  });

  it('is idempotent: the same student again writes nothing; other figures for the same person are a conflict', async () => {
    const before = await counts();
    const again = (await rpcAs(db, w.admin, 'add_cohort_student', args({ p_email: 'offline.payer@example.com', p_phone: null }))) as J;
    expect(again.created).toBe(false);
    expect(await pgError(rpcAs(db, w.admin, 'add_cohort_student', args({ p_offer_amount: '50000' })))).toMatchObject({ code: 'PT409', hint: 'already_in_batch' });
    expect(await counts()).toEqual(before);
  });

  it('finds an existing lead by phone and adds them to another batch; S1 holds for every converted call', async () => {
    const out = (await rpcAs(db, w.manager, 'add_cohort_student', args({ p_batch_id: w.batch2, p_email: null, p_phone: '+91-98765-43210', p_cash_received: '0', p_closer_id: null }))) as J;
    const first = (await db.query(`select id from public.leads where email = 'offline.payer@example.com'`)).rows[0]!.id;
    expect(out.lead.id).toBe(first);
    expect(out.student).toMatchObject({ cohort_batch_id: w.batch2, cash_received: 0, closer_id: null });
    const broken = await db.query(`
      select ca.id from public.call_appointments ca
      where ca.status = any (private.sales_sync_statuses()) and ca.batch_id is not null
        and (select count(*) from public.cohort_students cs where cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id) <> 1`);
    expect(broken.rows).toEqual([]);
  });

  it('nobody outside the organization can read what was added', async () => {
    expect(await queryAs(db, w.otherAdmin, `select id from public.leads where email = 'offline.payer@example.com'`)).toEqual([]);
  });
});

describe('who may add', () => {
  it('an admin who holds no other role may add; the new closer of another organization may not credit themself', async () => {
    const admin2 = await createUser(db, 'Second Admin');
    await addMember(db, w.org, admin2, 'admin');
    const out = (await rpcAs(db, admin2, 'add_cohort_student', { p_batch_id: w.batch, p_full_name: 'Walk In', p_phone: '9000012345', p_offer_amount: '1000' })) as J;
    expect(out.student).toMatchObject({ status: 'active', offer_amount: 1000, cash_received: 0, classes_access: 15 });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'add_cohort_student', { p_batch_id: w.otherBatch, p_full_name: 'X', p_phone: '9000012345', p_offer_amount: '1', p_closer_id: w.closer }))).toMatchObject({ code: '22023', hint: 'field:closer_id' });
  });
});

describe.skipIf(!onServer)('simultaneous adds and refunds (server only)', () => {
  it('8 simultaneous adds of the same new person make one lead, one call, one student and one payment', async () => {
    const args = { p_batch_id: w.batch, p_full_name: 'Twin Click', p_email: 'twin.click@example.com', p_offer_amount: '9000', p_cash_received: '3000', p_paid_on: today };
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => rpcAs(db, i % 2 ? w.cohortManager : w.admin, 'add_cohort_student', args)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const created = results.filter((r) => r.status === 'fulfilled' && (r.value as J).created).length;
    expect(created).toBe(1);
    const n = (await db.query(`
      select (select count(*) from public.leads where email = 'twin.click@example.com')::int leads,
             (select count(*) from public.call_appointments ca join public.leads l on l.id = ca.lead_id where l.email = 'twin.click@example.com')::int calls,
             (select count(*) from public.cohort_students cs join public.leads l on l.id = cs.lead_id where l.email = 'twin.click@example.com')::int students,
             (select count(*) from public.emi_payments p join public.cohort_students cs on cs.id = p.cohort_student_id join public.leads l on l.id = cs.lead_id where l.email = 'twin.click@example.com')::int payments`)).rows[0];
    expect(n).toEqual({ leads: 1, calls: 1, students: 1, payments: 1 });
  });

  it('8 simultaneous refunds of one student record one refund', async () => {
    const student = (await db.query(`select cs.id from public.cohort_students cs join public.leads l on l.id = cs.lead_id where l.email = 'twin.click@example.com'`)).rows[0]!.id as string;
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: student, p_reason: 'Double click', p_amount: '1000' })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const r = (await db.query(`select count(*)::int n from public.emi_payments where cohort_student_id = $1 and kind = 'refund'`, [student])).rows[0]!.n;
    expect(r).toBe(1);
    expect((await db.query(`select cash_received::float8 c, status from public.cohort_students where id = $1`, [student])).rows[0]).toEqual({ c: 2000, status: 'refunded' });
  });
});
