// Running totals (migrations 20261207180000..180100): student_money_totals (per batch and closer)
// and closer_call_counts (per organization, closer and status) equal a fresh aggregate of
// cohort_students and call_appointments after every write path: conversions, payments, payment
// edits and deletes, partial and full refunds, discontinuation, batch moves, closer changes, call
// status changes, multi-row updates and deletes. The reads built on them (batch overview, closers
// summary all-time and over a period, insights' money) equal the same figures computed from the
// rows, and each role sees what the rows' RLS lets it see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, queryAs, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
const st: Record<string, string> = {};
let today: string;

/** Rows of the totals that differ from a fresh aggregate (empty when consistent). */
async function moneyDrift() {
  const r = await db.query(`
    with fresh as (
      select organization_id, cohort_batch_id, closer_id, count(*)::bigint students, sum(offer_amount) offered,
        sum(cash_received) received, sum(due_amount) due
      from public.cohort_students group by 1, 2, 3
    ), kept as (
      select organization_id, cohort_batch_id, closer_id, students, offered, received, due
      from public.student_money_totals where students <> 0 or offered <> 0 or received <> 0 or due <> 0
    )
    select * from ((table fresh except table kept) union all (table kept except table fresh)) x`);
  return r.rows;
}
async function countDrift() {
  const r = await db.query(`
    with fresh as (
      select organization_id, closer_id, status, count(*)::bigint calls from public.call_appointments group by 1, 2, 3
    ), kept as (
      select organization_id, closer_id, status, calls from public.closer_call_counts where calls <> 0
    )
    select * from ((table fresh except table kept) union all (table kept except table fresh)) x`);
  return r.rows;
}
async function consistent(label: string) {
  expect(await moneyDrift(), `${label}: student_money_totals`).toEqual([]);
  expect(await countDrift(), `${label}: closer_call_counts`).toEqual([]);
}
/** A set-returning read as the user (RLS on). */
async function rowsAs(user: string, fn: string, args: Record<string, unknown>): Promise<J[]> {
  const names = Object.keys(args);
  return (await queryAs(db, user, `select * from public.${fn}(${names.map((k, i) => `${k} => $${i + 1}`).join(', ')})`, names.map((k) => args[k]))) as J[];
}
const paymentsOf = async (student: string) =>
  (await db.query(`select id from public.emi_payments where cohort_student_id = $1 and kind = 'payment' order by created_at, id`, [student])).rows.map((x) => String(x.id));

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text d`, [w.org])).rows[0]!.d);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('running totals follow every write path', () => {
  it('start consistent (backfill) and follow conversions, including re-saving a conversion', async () => {
    await consistent('empty');
    const conv = async (key: string, closer: string, batch: string, date: string, offer: number, cash: number) => {
      const ap = await appointment(db, w.org, closer, { scheduled_date: date, conversion_date: date });
      const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, batch, { p_offer_amount: offer, p_cash_received: cash }))) as J;
      st[key] = out.student.id;
      st[`${key}_call`] = ap.id;
    };
    await conv('a', w.closer, w.batch, '2026-10-01', 50000, 20000);
    await conv('b', w.closer, w.batch, '2026-10-15', 40000, 30000);
    await conv('c', w.closer2, w.batch, '2026-11-01', 30000, 30000);
    await conv('d', w.closer2, w.batch2, '2026-11-10', 60000, 10000);
    await conv('e', w.closer2, w.batch2, '2026-11-20', 20000, 0);
    await consistent('after conversions');
    // A re-saved conversion with a higher cash figure (an edit through the same path).
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(st.a_call!, w.batch, { p_offer_amount: 50000, p_cash_received: 25000 }));
    await consistent('after re-saving a conversion');
    // Calls in other statuses, and one of another organization.
    await appointment(db, w.org, w.closer, { status: 'not_converted' });
    await appointment(db, w.org, w.closer2, { status: 'reschedule' });
    await appointment(db, w.org, null, { status: 'scheduled' });
    await appointment(db, w.otherOrg, w.otherAdmin, { status: 'scheduled' });
    await consistent('after calls');
  });

  it('follow payments, their edits and deletes, refunds and discontinuation', async () => {
    await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: st.a, p_amount: '5000', p_paid_on: today });
    await consistent('after a payment');
    const [first] = await paymentsOf(st.a!).then((x) => x.slice(-1));
    await rpcAs(db, w.admin, 'update_payment', { p_payment_id: first, p_amount: '6000', p_paid_on: today });
    await consistent('after a payment edit');
    await rpcAs(db, w.cohortManager, 'delete_payment', { p_payment_id: first });
    await consistent('after a payment delete');
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: st.b, p_reason: 'Partly', p_amount: '10000' });
    await consistent('after a partial refund');
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: st.c, p_reason: 'Course not for them' });
    await consistent('after a full refund');
    await rpcAs(db, w.cohortManager, 'discontinue_cohort_student', { p_cohort_student_id: st.d, p_reason: 'Stopped attending' });
    await consistent('after a discontinuation');
  });

  it('follow batch moves, closer changes, call status changes, multi-row statements and deletes', async () => {
    await rpcAs(db, w.cohortManager, 'move_cohort_student', { p_cohort_student_id: st.a, p_to_batch_id: w.batch2 });
    await consistent('after a batch move');
    await db.query(`update public.cohort_students set closer_id = $1 where id = $2`, [w.closer2, st.e]);
    await consistent('after a closer change');
    await db.query(`update public.cohort_students set closer_id = null where id = $1`, [st.e]);
    await consistent('after a closer removed');
    // One statement moving every student of both batches (crossing keys in both directions).
    await db.query(`update public.cohort_students set cohort_batch_id = case when cohort_batch_id = $1 then $2::uuid else $1::uuid end where organization_id = $3`, [w.batch, w.batch2, w.org]);
    await consistent('after a multi-row swap of batches');
    await db.query(`update public.call_appointments set status = 'not_converted' where organization_id = $1 and status = 'reschedule'`, [w.org]);
    await db.query(`update public.call_appointments set closer_id = $1 where organization_id = $2 and closer_id is null`, [w.closer, w.org]);
    await consistent('after call status and closer changes');
    const victim = await appointment(db, w.org, w.closer2, { status: 'not_converted' });
    await db.query(`delete from public.call_appointments where id = $1`, [victim.id]);
    await consistent('after a call delete');
    await db.query(`delete from public.emi_payments where cohort_student_id = $1`, [st.e]);
    await db.query(`delete from public.cohort_students where id = $1`, [st.e]);
    await consistent('after a student delete');
  });
});

describe('the reads built on the totals', () => {
  const n = (x: unknown) => Number(x);

  it('batch overview: per batch the figures of the rows, and a closer sees only their own students', async () => {
    for (const user of [w.admin, w.cohortManager, w.closer, w.closer2]) {
      const rows = await rowsAs(user, 'list_cohort_batches', { p_organization_id: w.org });
      const fresh = await queryAs(db, user, `select cohort_batch_id id, count(*)::int students, sum(offer_amount)::float8 offered, sum(cash_received)::float8 received, sum(due_amount)::float8 due from public.cohort_students group by 1`);
      for (const r of rows) {
        const f = fresh.find((x) => x.id === r.id) ?? { students: 0, offered: 0, received: 0, due: 0 };
        expect([n(r.students), n(r.offered), n(r.received), n(r.due)], `${user} ${r.name}`).toEqual([n(f.students), n(f.offered), n(f.received), n(f.due)]);
        expect(Math.round(n(r.offered) * 100)).toBe(Math.round((n(r.received) + n(r.due) + n(r.written_off)) * 100));
      }
    }
    const closerRows = await rowsAs(w.closer, 'list_cohort_batches', { p_organization_id: w.org });
    const adminRows = await rowsAs(w.admin, 'list_cohort_batches', { p_organization_id: w.org });
    expect(closerRows.reduce((a, r) => a + n(r.students), 0)).toBeLessThan(adminRows.reduce((a, r) => a + n(r.students), 0));
    expect(await rowsAs(w.otherAdmin, 'list_cohort_batches', { p_organization_id: w.org })).toEqual([]);
  });

  it('closers summary: all time from the totals equals the rows; a period counts calls by scheduled date and students by conversion date', async () => {
    const all = await rowsAs(w.admin, 'closer_summary', { p_organization_id: w.org });
    for (const r of all) {
      const calls = (await db.query(`select count(*)::int n, count(*) filter (where status = 'not_converted')::int nc from public.call_appointments where organization_id = $1 and closer_id = $2`, [w.org, r.closer_id])).rows[0]!;
      const money = (await db.query(`select count(*)::int s, coalesce(sum(offer_amount), 0)::float8 o, coalesce(sum(cash_received), 0)::float8 r, coalesce(sum(due_amount), 0)::float8 d from public.cohort_students where organization_id = $1 and closer_id = $2`, [w.org, r.closer_id])).rows[0]!;
      expect([n(r.assigned), n(r.not_converted), n(r.students), n(r.offered), n(r.received), n(r.due)], r.closer_name).toEqual([calls.n, calls.nc, money.s, money.o, money.r, money.d]);
      expect(Math.round(n(r.offered) * 100)).toBe(Math.round((n(r.received) + n(r.due) + n(r.written_off)) * 100));
    }
    const nov = await rowsAs(w.admin, 'closer_summary', { p_organization_id: w.org, p_from: '2026-11-01', p_to: '2026-11-30' });
    const c2 = nov.find((r) => r.closer_id === w.closer2)!;
    const c1 = nov.find((r) => r.closer_id === w.closer)!;
    // closer2 converted c (Nov 1) and d (Nov 10) in November (e's student was deleted, its call
    // of Nov 20 stays); closer none.
    expect([n(c2.students), n(c2.offered)]).toEqual([2, 90000]);
    expect(n(c2.assigned)).toBe(3);
    expect([n(c1.students), n(c1.assigned)]).toEqual([0, 0]);
    // A closer sees only their own row, all time and in a period.
    const own = await rowsAs(w.closer, 'closer_summary', { p_organization_id: w.org });
    expect(own.map((r) => r.closer_id)).toEqual([w.closer]);
    expect(n(own[0]!.students)).toBe(n(all.find((r) => r.closer_id === w.closer)!.students));
    expect(await rowsAs(w.cohortManager, 'closer_summary', { p_organization_id: w.org })).toEqual([]);
  });

  it('insights money: the organization and one batch equal the rows', async () => {
    for (const batch of [null, w.batch, w.batch2]) {
      const out = (await rpcAs(db, w.cohortManager, 'cohort_insights', { p_organization_id: w.org, p_batch_id: batch })) as J;
      const f = (await db.query(`select count(*)::int s, coalesce(sum(offer_amount), 0)::float8 o, coalesce(sum(cash_received), 0)::float8 r, coalesce(sum(due_amount), 0)::float8 d from public.cohort_students where organization_id = $1 and ($2::uuid is null or cohort_batch_id = $2)`, [w.org, batch])).rows[0]!;
      expect([n(out.money.students), n(out.money.offered), n(out.money.received), n(out.money.due)], String(batch)).toEqual([f.s, f.o, f.r, f.d]);
      expect(Math.round(n(out.money.offered) * 100)).toBe(Math.round((n(out.money.received) + n(out.money.due) + n(out.money.written_off)) * 100));
    }
  });

  it('clients cannot write the totals', async () => {
    await expect(queryAs(db, w.admin, `update public.student_money_totals set offered = 0`)).rejects.toThrow();
    await expect(queryAs(db, w.admin, `insert into public.closer_call_counts (organization_id, closer_id, status, calls) values ($1, null, 'scheduled', 1)`, [w.org])).rejects.toThrow();
    const seen = await queryAs(db, w.closer, `select distinct closer_id from public.student_money_totals`);
    expect(seen.map((r) => r.closer_id)).toEqual([w.closer]);
  });
});
