// The due rule (docs/api.md "Money"): a refunded or discontinued student owes nothing. Due is 0
// for them on the student and on the converting call; their offer and cash received stay; batch,
// closer and overview totals sum active students' dues only. Also the text arguments, the
// conversion-date range and the chip counts of the roster reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, createOrg, createUser, addMember, rpcAs, queryAs, pgError, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
let f: { org: string; c1: string; c2: string; batch: string; a: J; b: J; c: J; d: J };

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  const org = await createOrg(db, 'Due Org', { timezone: 'Asia/Kolkata' });
  const c1 = await createUser(db, 'Aarav Closer');
  const c2 = await createUser(db, 'Bela Closer');
  await addMember(db, org, c1, 'closer');
  await addMember(db, org, c2, 'closer');
  await addMember(db, org, w.admin, 'admin');
  await addMember(db, org, w.cohortManager, 'cohort_manager');
  const type = (await db.query(`insert into public.cohort_types (organization_id, name) values ($1, 'T') returning id`, [org])).rows[0]!.id as string;
  const batch = (await db.query(`insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'B', 'active') returning id`, [org, type])).rows[0]!.id as string;
  const conv = async (closer: string, date: string, offer: number, cash: number) => {
    const ap = await appointment(db, org, closer, { scheduled_date: date, conversion_date: date });
    const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, batch, { p_offer_amount: offer, p_cash_received: cash }))) as J;
    return { appointment: ap.id, student: out.student.id as string, lead: ap.lead };
  };
  const a = await conv(c1, '2026-01-10', 50000, 20000); // active, owes 30,000
  const b = await conv(c1, '2026-02-10', 40000, 10000); // refunded below
  const c = await conv(c2, '2026-03-10', 30000, 5000); // discontinued below
  const d = await conv(c2, '2026-04-10', 20000, 20000); // active, paid in full
  // A refund that gives nothing back (amount 0): the student keeps the 10,000 received, owes nothing.
  await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: b.student, p_reason: 'Medical', p_amount: '0' });
  await rpcAs(db, w.cohortManager, 'discontinue_cohort_student', { p_cohort_student_id: c.student, p_reason: 'Stopped attending' });
  f = { org, c1, c2, batch, a, b, c, d };
}, 90_000);
afterAll(async () => {
  await db?.close();
});

const roster = (user: string, args: unknown[] = [], extra = '') =>
  queryAs(db, user, `select id, status, offer_amount::float8 offer, cash_received::float8 cash, due_amount::float8 due, total_count::int n from public.list_batch_roster($1${extra})`, [f.batch, ...args]);

describe('a refunded or discontinued student owes nothing', () => {
  it('shows due 0 for refunded and discontinued students, with their offer and cash received kept', async () => {
    const rows = await roster(w.cohortManager);
    const by = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(by[f.a.student]).toMatchObject({ status: 'active', offer: 50000, cash: 20000, due: 30000 });
    expect(by[f.b.student]).toMatchObject({ status: 'refunded', offer: 40000, cash: 10000, due: 0 });
    expect(by[f.c.student]).toMatchObject({ status: 'discontinued', offer: 30000, cash: 5000, due: 0 });
    expect(by[f.d.student]).toMatchObject({ status: 'active', offer: 20000, cash: 20000, due: 0 });
  });

  it('gives the converting call the same due as its student', async () => {
    const r = await db.query(`select id, status, due_amount::float8 due, cash_received::float8 cash from public.call_appointments where id = any ($1)`, [[f.b.appointment, f.c.appointment, f.a.appointment]]);
    const by = Object.fromEntries(r.rows.map((x) => [x.id, x]));
    expect(by[f.b.appointment]).toMatchObject({ status: 'refunded', due: 0, cash: 10000 });
    expect(by[f.c.appointment]).toMatchObject({ status: 'discontinued', due: 0, cash: 5000 });
    expect(by[f.a.appointment]).toMatchObject({ due: 30000 });
    const calls = await queryAs(db, f.c1, `select id, due_amount::float8 due from public.list_closer_calls($1, $2)`, [f.org, f.c1]);
    expect(calls.find((x) => x.id === f.b.appointment)).toMatchObject({ due: 0 });
  });

  it('roster totals count every student and their money, but due only of active students, also per closer', async () => {
    const t = (await rpcAs(db, w.cohortManager, 'batch_roster_totals', { p_batch_id: f.batch })) as J;
    expect(t).toMatchObject({ students: 4, offered: 140000, received: 55000, due: 30000 });
    const per = Object.fromEntries((t.by_closer as J[]).map((x) => [x.closer_id, x]));
    expect(per[f.c1]).toMatchObject({ students: 2, offered: 90000, received: 30000, due: 30000 });
    expect(per[f.c2]).toMatchObject({ students: 2, offered: 50000, received: 25000, due: 0 });
    // A closer's own view: only their students, same rule.
    expect(await rpcAs(db, f.c2, 'batch_roster_totals', { p_batch_id: f.batch })).toMatchObject({ students: 2, received: 25000, due: 0 });
  });

  it('the overview sums the same due as the roster totals', async () => {
    const rows = await queryAs(db, w.admin, `select id, students::int, offered::float8, received::float8, due::float8 from public.list_cohort_batches($1)`, [f.org]);
    expect(rows).toEqual([{ id: f.batch, students: 4, offered: 140000, received: 55000, due: 30000 }]);
  });

  it('a refund of a student with money due drops the batch due at once; a payment on an active one lowers it', async () => {
    const t0 = (await rpcAs(db, w.admin, 'batch_roster_totals', { p_batch_id: f.batch })) as J;
    await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: f.a.student, p_amount: 5000, p_paid_on: '2026-05-01' });
    const t1 = (await rpcAs(db, w.admin, 'batch_roster_totals', { p_batch_id: f.batch })) as J;
    expect(t1.due).toBe(t0.due - 5000);
    expect(t1.received).toBe(t0.received + 5000);
  });
});

describe('payments follow the rule', () => {
  it('refuses a new payment for a refunded or discontinued student and writes nothing; their history stays editable', async () => {
    const count = async () => (await db.query(`select count(*)::int n from public.emi_payments where cohort_student_id = any ($1)`, [[f.b.student, f.c.student]])).rows[0]!.n as number;
    const before = await count();
    for (const s of [f.b.student, f.c.student]) {
      const e = await pgError(rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: s, p_amount: 100, p_paid_on: '2026-05-01' }));
      expect(e).toMatchObject({ code: 'PT409', hint: 'student_not_active' });
      expect(e.message).toMatch(/owe nothing/);
    }
    expect(await count()).toBe(before);
    const cash = (await db.query(`select cash_received::float8 c from public.cohort_students where id = $1`, [f.b.student])).rows[0]!.c;
    expect(cash).toBe(10000);
    // The conversion's cash is a ledger entry of the refunded student: still editable.
    const pay = (await db.query(`select id from public.emi_payments where cohort_student_id = $1`, [f.b.student])).rows;
    expect(pay).toHaveLength(1);
    await rpcAs(db, w.cohortManager, 'update_payment', { p_payment_id: pay[0]!.id, p_amount: 9000, p_paid_on: '2026-02-10' });
    expect((await db.query(`select cash_received::float8 c, due_amount::float8 d from public.cohort_students where id = $1`, [f.b.student])).rows[0]).toEqual({ c: 9000, d: 0 });
  });

  it('caps a payment for an active student at the due amount the roster shows', async () => {
    const due = (await db.query(`select due_amount::float8 d from public.cohort_students where id = $1`, [f.a.student])).rows[0]!.d as number;
    expect(await pgError(rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: f.a.student, p_amount: due + 1, p_paid_on: '2026-05-01' }))).toMatchObject({ code: '22023', hint: 'field:amount' });
  });
});

describe('roster reads: text arguments, chips and the conversion-date range', () => {
  it('fully_paid lists active students paid in full, not refunded or discontinued ones', async () => {
    expect((await roster(w.admin, ['fully_paid'], ', $2')).map((r) => r.id)).toEqual([f.d.student]);
  });

  it('counts each chip with the same search and date range as the list', async () => {
    expect(await rpcAs(db, w.admin, 'batch_roster_counts', { p_batch_id: f.batch })).toEqual({
      all: 4, refunded: 1, discontinued: 1, fully_paid: 1, follow_up_today: 0, pay_after_earning: 0,
    });
    expect(await rpcAs(db, w.admin, 'batch_roster_counts', { p_batch_id: f.batch, p_from: '2026-02-01', p_to: '2026-03-31' })).toMatchObject({ all: 2, refunded: 1, discontinued: 1, fully_paid: 0 });
    expect(await rpcAs(db, f.c1, 'batch_roster_counts', { p_batch_id: f.batch })).toMatchObject({ all: 2 });
    expect(await rpcAs(db, w.otherAdmin, 'batch_roster_counts', { p_batch_id: f.batch })).toMatchObject({ all: 0 });
  });

  it('filters by conversion date, both ends included', async () => {
    const rows = await roster(w.admin, ['2026-02-10', '2026-03-10'], ', p_from => $2, p_to => $3');
    expect(rows.map((r) => r.id).sort()).toEqual([f.b.student, f.c.student].sort());
    expect(rows[0]!.n).toBe(2);
    expect((await roster(w.admin, ['2026-04-01'], ', p_from => $2')).map((r) => r.id)).toEqual([f.d.student]);
    expect((await roster(w.admin, ['2026-01-10'], ', p_to => $2')).map((r) => r.id)).toEqual([f.a.student]);
  });

  it('refuses a range that ends before it starts, impossible dates and years out of range, bad ids and numbers', async () => {
    expect(await pgError(roster(w.admin, ['2026-03-01', '2026-02-01'], ', p_from => $2, p_to => $3'))).toMatchObject({ code: '22023', hint: 'field:to' });
    expect(await pgError(roster(w.admin, ['1800-01-01'], ', p_from => $2'))).toMatchObject({ code: '22023', hint: 'field:from' });
    expect(await pgError(roster(w.admin, ['2026-02-30'], ', p_to => $2'))).toMatchObject({ code: '22023', hint: 'field:to' });
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_batch_roster('nope')`))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(roster(w.admin, ['ten'], ', p_limit => $2'))).toMatchObject({ code: '22023', hint: 'field:limit' });
    expect(await pgError(rpcAs(db, w.admin, 'batch_roster_totals', { p_batch_id: '12' }))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_cohort_batches('x')`))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
    expect(await pgError(rpcAs(db, w.admin, 'batch_roster_counts', { p_batch_id: f.batch, p_from: '2026-05-01', p_to: '2026-04-01' }))).toMatchObject({ code: '22023', hint: 'field:to' });
  });
});
