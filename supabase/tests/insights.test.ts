// cohort_insights: figures on a small fixture with known answers (dates relative to the
// organization's today), per batch and per organization, and who may read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, createOrg, createUser, addMember, rpcAs, pgError, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
let f: { org: string; b1: string; b2: string; s: Record<string, string>; T: string; W: string; manager: string; closer: string };

const day = async (sql: string, params: unknown[] = []) => String((await db.query(`select (${sql})::text as d`, params)).rows[0]!.d);

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  const org = await createOrg(db, 'Insights Org', { timezone: 'Asia/Kolkata' });
  const manager = await createUser(db, 'Insights Manager');
  const closer = await createUser(db, 'Insights Closer');
  await addMember(db, org, w.admin, 'admin');
  await addMember(db, org, w.cohortManager, 'cohort_manager');
  await addMember(db, org, manager, 'manager');
  await addMember(db, org, closer, 'closer');
  await addMember(db, org, w.specialist, 'specialist');
  const type = (await db.query(`insert into public.cohort_types (organization_id, name) values ($1, 'T') returning id`, [org])).rows[0]!.id as string;
  const mk = async (name: string) => (await db.query(`insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, $3, 'active') returning id`, [org, type, name])).rows[0]!.id as string;
  const b1 = await mk('B1');
  const b2 = await mk('B2');
  const T = await day(`private.org_today($1)`, [org]);
  const W = await day(`date_trunc('week', $1::date)::date`, [T]);
  const rel = (base: string, n: number) => day(`$1::date + $2::int`, [base, n]);
  const s: Record<string, string> = {};
  const student = async (key: string, batch: string, conv: number, followUp: number, payments: [string, number, number][], status?: 'refunded') => {
    const ap = await appointment(db, org, closer, { conversion_date: await rel(T, conv), scheduled_date: await rel(T, conv) });
    await db.query(`update public.leads set full_name = $2 where id = $1`, [ap.lead, `Student ${key}`]);
    const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, batch, { p_offer_amount: 10000, p_cash_received: 0 }))) as J;
    s[key] = out.student.id;
    // Set as the owner: the app refuses a follow-up in the past, but an overdue one is what it becomes.
    await db.query(`update public.call_appointments set next_follow_up_date = $2 where id = $1`, [ap.id, await rel(T, followUp)]);
    for (const [base, n, amount] of payments) {
      await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: s[key], p_amount: amount, p_paid_on: await rel(base === 'W' ? W : T, n) });
    }
    if (status === 'refunded') await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: s[key], p_reason: 'r' });
  };
  await student('s1', b1, -10, 3, [['T', 0, 2000]]);
  await student('s2', b1, -45, 0, [['T', -40, 1000]]);
  await student('s3', b1, -75, -2, []);
  await student('s4', b1, -120, 20, [['W', -3, 3000]]);
  await student('s5', b1, -10, 1, [['T', 0, 500]], 'refunded');
  await student('s6', b2, -5, 13, [['W', -7, 4000]]);
  await student('s7', b2, -5, 14, []);
  f = { org, b1, b2, s, T, W, manager, closer };
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const insights = (user: string, args: Record<string, unknown>) => rpcAs(db, user, 'cohort_insights', { p_organization_id: f.org, ...args }) as Promise<J>;

describe('cohort_insights of a batch', () => {
  it('due in the next 14 days: active students with money due and a follow-up in [today, today + 14), soonest first', async () => {
    const r = await insights(w.cohortManager, { p_batch_id: f.b1 });
    expect(r.today).toBe(f.T);
    expect(r.due_soon).toMatchObject({ students: 2, amount: 17000 });
    expect(r.due_soon.rows.map((x: J) => [x.student_id, x.due_amount])).toEqual([[f.s.s2, 9000], [f.s.s1, 8000]]);
    expect(r.due_soon.by_day).toEqual([
      { date: f.T, students: 1, amount: 9000 },
      { date: await day(`$1::date + 3`, [f.T]), students: 1, amount: 8000 },
    ]);
  });

  it('receivables aging: money still due by days since conversion, refunded students owing nothing', async () => {
    const r = await insights(w.cohortManager, { p_batch_id: f.b1 });
    expect(r.aging).toEqual([
      { bucket: '0_30', students: 1, amount: 8000 },
      { bucket: '31_60', students: 1, amount: 9000 },
      { bucket: '61_90', students: 1, amount: 10000 },
      { bucket: '90_plus', students: 1, amount: 7000 },
      { bucket: 'unknown', students: 0, amount: 0 },
    ]);
  });

  it("this week's collections vs last week, by date paid in the organization's weeks", async () => {
    const r = await insights(w.admin, { p_batch_id: f.b1 });
    // s5's 500 was refunded today (a refund gives back everything received unless told otherwise):
    // collections count payments in and refunds out apart.
    expect(r.collections.this_week).toEqual({ from: f.W, to: f.T, payments: 2, amount: 2500, refunds: 500 });
    expect(r.collections.last_week).toMatchObject({ from: await day(`$1::date - 7`, [f.W]), to: await day(`$1::date - 1`, [f.W]), payments: 1, amount: 3000 });
    const byDay = Object.fromEntries((r.collections.by_day as J[]).map((d) => [d.date, d.amount]));
    expect(byDay[f.T]).toBe(2500);
  });

  it('students needing action: no payment in 30 days, follow-up today or overdue; overdue first', async () => {
    const r = await insights(f.manager, { p_batch_id: f.b1 });
    expect(r.needs_action).toMatchObject({ students: 2, no_payment: 2, follow_up_today: 1, follow_up_overdue: 1, amount: 19000 });
    expect(r.needs_action.rows.map((x: J) => x.student_id)).toEqual([f.s.s3, f.s.s2]);
    expect(r.needs_action.rows[0]).toMatchObject({ no_payment: true, follow_up_overdue: true, follow_up_today: false, last_paid_on: null });
    expect(r.needs_action.rows[1]).toMatchObject({ no_payment: true, follow_up_today: true, last_paid_on: await day(`$1::date - 40`, [f.T]) });
  });
});

describe('cohort_insights of the organization', () => {
  it('adds every batch: the 14th day is out, the 13th in', async () => {
    const r = await insights(w.cohortManager, {});
    expect(r.due_soon).toMatchObject({ students: 3, amount: 23000 });
    expect(r.aging[0]).toEqual({ bucket: '0_30', students: 3, amount: 24000 });
    expect(r.collections.last_week).toMatchObject({ payments: 2, amount: 7000 });
    expect(r.needs_action).toMatchObject({ students: 2 });
  });

  it('returns one page of each list, with the totals of all', async () => {
    const r = await insights(w.cohortManager, { p_limit: '1', p_due_soon_offset: '1', p_action_offset: '1' });
    expect(r.due_soon.students).toBe(3);
    expect(r.due_soon.rows.map((x: J) => x.student_id)).toEqual([f.s.s1]);
    expect(r.needs_action.rows.map((x: J) => x.student_id)).toEqual([f.s.s2]);
  });
});

describe('who may read insights', () => {
  it('refuses closers and specialists of the organization, and everyone outside it', async () => {
    expect(await pgError(insights(f.closer, {}))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    expect(await pgError(insights(w.specialist, {}))).toMatchObject({ code: 'PT403' });
    expect(await pgError(insights(w.otherAdmin, {}))).toMatchObject({ code: 'PT404', hint: 'not_found' });
    expect(await pgError(insights(w.otherAdmin, { p_batch_id: f.b1 }))).toMatchObject({ code: 'PT404' });
    expect((await pgError(insights(null as unknown as string, {}))).code).toBe('42501');
  });

  it("refuses another organization's batch and bad arguments", async () => {
    expect(await pgError(insights(w.admin, { p_batch_id: w.batch }))).toMatchObject({ code: 'PT404', hint: 'not_found' });
    expect(await pgError(insights(w.admin, { p_batch_id: 'b1' }))).toMatchObject({ code: '22023', hint: 'field:batch_id' });
    expect(await pgError(insights(w.admin, { p_limit: 'many' }))).toMatchObject({ code: '22023', hint: 'field:limit' });
    expect(await pgError(rpcAs(db, w.admin, 'cohort_insights', { p_organization_id: 'x' }))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
  });
});
