// The insights' stored values (20261207200000): owing_students (one row per student who owes,
// with the latest payment date) and owing_student_totals (per batch: owing, due, follow-ups)
// equal a fresh computation from cohort_students and emi_payments after every write path:
// conversion, add student without call, payments (EMI, backdated), payment edits (amount, date
// only) and deletes, partial and full refunds (Cohorts screen and the closer's status update),
// discontinuation (written off), follow-up changes, batch moves, multi-row statements and
// deletes. After each step, cohort_insights (aging, needs action: counts and the page) equals
// the same figures computed the old way, from every owing student, for the organization and for
// each batch.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, queryAs, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, lead, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
const st: Record<string, string> = {};
let today: string;

const day = async (offset: number) => String((await db.query(`select ($1::date + $2::int)::text d`, [today, offset])).rows[0]!.d);

/** Rows of owing_students / owing_student_totals that differ from a fresh computation. */
async function owingDrift() {
  const students = await db.query(`
    with fresh as (
      select cs.id, cs.organization_id, cs.cohort_batch_id, cs.due_amount, cs.next_follow_up_date, cs.conversion_date,
        (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = cs.id and p.kind = 'payment') last_paid_on
      from public.cohort_students cs where cs.status = 'active' and cs.due_amount > 0
    ), kept as (
      select student_id, organization_id, cohort_batch_id, due_amount, next_follow_up_date, conversion_date, last_paid_on
      from public.owing_students
    )
    select * from ((table fresh except table kept) union all (table kept except table fresh)) x`);
  const totals = await db.query(`
    with fresh as (
      select organization_id, cohort_batch_id, count(*)::bigint owing, sum(due_amount)::numeric due, count(next_follow_up_date)::bigint follow_up
      from public.cohort_students where status = 'active' and due_amount > 0 group by 1, 2
    ), kept as (
      select organization_id, cohort_batch_id, owing, due, follow_up from public.owing_student_totals
      where owing <> 0 or due <> 0 or follow_up <> 0
    )
    select * from ((table fresh except table kept) union all (table kept except table fresh)) x`);
  const followUps = await db.query(`
    with fresh as (
      select organization_id, next_follow_up_date, count(*)::bigint owing, sum(due_amount)::numeric due
      from public.cohort_students where status = 'active' and due_amount > 0 and next_follow_up_date is not null group by 1, 2
    ), kept as (
      select organization_id, next_follow_up_date, owing, due from public.owing_follow_ups where owing <> 0 or due <> 0
    )
    select * from ((table fresh except table kept) union all (table kept except table fresh)) x`);
  return { students: students.rows, totals: totals.rows, followUps: followUps.rows };
}

/** Aging and needs action the old way: every owing student of the scope, read one by one. */
async function reference(batch: string | null) {
  const r = await db.query(
    `with s as (
       select cs.id, cs.due_amount due, cs.next_follow_up_date fu, cs.conversion_date conv,
         (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = cs.id and p.kind = 'payment') lp
       from public.cohort_students cs
       where cs.organization_id = $1 and ($2::uuid is null or cs.cohort_batch_id = $2) and cs.status = 'active' and cs.due_amount > 0
     ), n as (
       select s.*, coalesce(s.lp, s.conv) act,
         case when s.conv is null then 'unknown' when $3::date - s.conv <= 30 then '0_30' when $3::date - s.conv <= 60 then '31_60'
              when $3::date - s.conv <= 90 then '61_90' else '90_plus' end bucket
       from s
     )
     select
       (select coalesce(jsonb_agg(jsonb_build_object('bucket', k.b, 'students', (select count(*) from n where n.bucket = k.b),
          'amount', (select coalesce(sum(n.due), 0) from n where n.bucket = k.b)) order by k.o), '[]')
        from (values ('0_30', 1), ('31_60', 2), ('61_90', 3), ('90_plus', 4), ('unknown', 5)) k (b, o)) aging,
       jsonb_build_object(
         'students', (select count(*) from n where n.act < $3::date - 30 or n.fu <= $3::date),
         'no_payment', (select count(*) from n where n.act < $3::date - 30),
         'follow_up_today', (select count(*) from n where n.fu = $3::date),
         'follow_up_overdue', (select count(*) from n where n.fu < $3::date),
         'amount', (select coalesce(sum(n.due), 0) from n where n.act < $3::date - 30 or n.fu <= $3::date)) counts,
       (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'last_paid_on', x.lp) order by x.fu nulls last, x.act nulls first, x.id), '[]')
        from n x where x.act < $3::date - 30 or x.fu <= $3::date) page,
       (select jsonb_build_object('students', count(*), 'amount', coalesce(sum(x.due), 0), 'ids', coalesce(jsonb_agg(x.id order by x.fu, x.id), '[]'))
        from n x where x.fu >= $3::date and x.fu < $3::date + 14) due_soon,
       (select coalesce(jsonb_agg(jsonb_build_object('date', g.fu, 'students', g.k, 'amount', g.a) order by g.fu), '[]')
        from (select x.fu, count(*) k, sum(x.due) a from n x where x.fu >= $3::date and x.fu < $3::date + 14 group by x.fu) g) due_days`,
    [w.org, batch, today],
  );
  return r.rows[0] as { aging: J[]; counts: J; page: J[]; due_soon: J; due_days: J[] };
}

async function consistent(label: string) {
  expect(await owingDrift(), `${label}: owing_students / owing_student_totals`).toEqual({ students: [], totals: [], followUps: [] });
  for (const batch of [null, w.batch, w.batch2]) {
    const got = (await rpcAs(db, w.cohortManager, 'cohort_insights', { p_organization_id: w.org, p_batch_id: batch, p_limit: '50' })) as J;
    const want = await reference(batch);
    const scope = `${label} (${batch ?? 'organization'})`;
    expect(got.aging.map((a: J) => ({ ...a, amount: Number(a.amount) })), `${scope}: aging`).toEqual(want.aging.map((a) => ({ ...a, amount: Number(a.amount) })));
    const { rows, ...counts } = got.needs_action;
    expect({ ...counts, amount: Number(counts.amount) }, `${scope}: needs action`).toEqual({ ...want.counts, amount: Number(want.counts.amount) });
    expect(rows.map((x: J) => ({ id: x.student_id, last_paid_on: x.last_paid_on })), `${scope}: needs action page`).toEqual(want.page);
    expect({ students: got.due_soon.students, amount: Number(got.due_soon.amount), ids: got.due_soon.rows.map((x: J) => x.student_id) }, `${scope}: due soon`)
      .toEqual({ ...want.due_soon, amount: Number(want.due_soon.amount) });
    const num = (xs: J[]) => xs.map((x) => ({ ...x, amount: Number(x.amount) }));
    expect(num(got.due_soon.by_day), `${scope}: due soon by day`).toEqual(num(want.due_days));
  }
}

const paymentsOf = async (student: string) =>
  (await db.query(`select id from public.emi_payments where cohort_student_id = $1 and kind = 'payment' order by paid_on, id`, [student])).rows.map((x) => String(x.id));

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text d`, [w.org])).rows[0]!.d);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('owing students and their totals follow every write path; insights equal the old computation', () => {
  it('start consistent (backfill) and follow conversions across the aging buckets', async () => {
    await consistent('empty');
    const conv = async (key: string, closer: string, batch: string, convOffset: number, offer: number, cash: number, followUp?: number) => {
      const date = await day(convOffset);
      const ap = await appointment(db, w.org, closer, { scheduled_date: date, conversion_date: date });
      const out = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, batch, {
        p_offer_amount: offer, p_cash_received: cash, p_next_follow_up_date: followUp === undefined ? undefined : await day(followUp),
      }))) as J;
      st[key] = out.student.id;
      st[`${key}_call`] = ap.id;
    };
    await conv('a', w.closer, w.batch, -10, 50000, 20000, 3);
    await conv('b', w.closer, w.batch, -45, 40000, 0, 5);
    await conv('c', w.closer2, w.batch, -75, 30000, 10000);
    await conv('d', w.closer2, w.batch2, -120, 60000, 10000, 1);
    await conv('e', w.closer2, w.batch2, -5, 20000, 20000);
    await conv('f', w.closer, w.batch2, -200, 25000, 0, 2);
    await consistent('after conversions');
    // A student without a conversion date (kept from before conversion dates were required).
    const l = await lead(db, w.org, 'Undated Student');
    st.g = String((await db.query(
      `insert into public.cohort_students (organization_id, cohort_batch_id, lead_id, offer_amount, cash_received, status) values ($1, $2, $3, 9000, 0, 'active') returning id`,
      [w.org, w.batch, l])).rows[0]!.id);
    await consistent('after an undated student');
    // Another organization's owing student stays out of this one's figures.
    const other = await appointment(db, w.otherOrg, w.otherAdmin, { scheduled_date: today, conversion_date: today });
    await rpcAs(db, w.otherAdmin, 'convert_call_appointment', convertArgs(other.id, w.otherBatch, { p_offer_amount: 1000, p_cash_received: 0 }));
    await consistent('after another organization');
  });

  it('follows add student without call, follow-up changes and the closer\'s status update', async () => {
    const added = (await rpcAs(db, w.cohortManager, 'add_cohort_student', {
      p_batch_id: w.batch2, p_full_name: 'Offline Payer', p_email: 'offline.payer@example.com', p_offer_amount: '30000', p_cash_received: '5000', p_paid_on: await day(-3),
      p_next_follow_up_date: await day(7),
    })) as J;
    st.h = added.student.id;
    await consistent('after add student without call');
    // Overdue and today's follow-ups (set as the owner: the app refuses a follow-up in the past).
    await db.query(`update public.call_appointments set next_follow_up_date = $2 where id = $1`, [st.b_call, await day(-2)]);
    await db.query(`update public.call_appointments set next_follow_up_date = $2 where id = $1`, [st.c_call, today]);
    await consistent('after follow-ups moved to the past and today');
    await db.query(`update public.cohort_students set next_follow_up_date = null where id = $1`, [st.a]);
    await consistent('after a follow-up cleared');
  });

  it('follows payments (EMI, backdated), payment edits of amount or date only, deletes, refunds and write-offs', async () => {
    await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: st.b, p_amount: '5000', p_paid_on: today });
    await consistent('after an EMI payment');
    await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: st.b, p_amount: '1000', p_paid_on: await day(-40) });
    await consistent('after a backdated payment (the latest date stays)');
    const [older, latest] = await paymentsOf(st.b!);
    await rpcAs(db, w.admin, 'update_payment', { p_payment_id: latest, p_amount: '5000', p_paid_on: await day(-35) });
    await consistent('after a payment edit of its date only');
    await rpcAs(db, w.admin, 'update_payment', { p_payment_id: older, p_amount: '2000', p_paid_on: await day(-40) });
    await consistent('after a payment edit of its amount');
    await rpcAs(db, w.cohortManager, 'delete_payment', { p_payment_id: latest });
    await consistent('after a payment delete');
    await rpcAs(db, w.cohortManager, 'record_payment', { p_cohort_student_id: st.f, p_amount: '25000', p_paid_on: today });
    await consistent('after paying in full (no longer owing)');
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: st.e, p_reason: 'Partly', p_amount: '5000' });
    await consistent('after a partial refund of a paid-up student (owing again)');
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: st.c, p_reason: 'Course not for them' });
    await consistent('after a full refund');
    await rpcAs(db, w.cohortManager, 'discontinue_cohort_student', { p_cohort_student_id: st.d, p_reason: 'Stopped attending' });
    await consistent('after a discontinuation (written off)');
    await rpcAs(db, w.closer, 'update_call_appointment_status', {
      p_appointment_id: st.a_call, p_status: 'refunded', p_remarks: 'Asked for the money back', p_refund_reason: 'Asked for the money back', p_refund_amount: '1000',
    });
    await consistent("after the closer's refund");
  });

  it('follows batch moves, multi-row statements and deletes', async () => {
    await rpcAs(db, w.cohortManager, 'move_cohort_student', { p_cohort_student_id: st.b, p_to_batch_id: w.batch2 });
    await consistent('after a batch move');
    await db.query(`update public.cohort_students set cohort_batch_id = case when cohort_batch_id = $1 then $2::uuid else $1::uuid end where organization_id = $3`, [w.batch, w.batch2, w.org]);
    await consistent('after a multi-row swap of batches');
    await db.query(`update public.cohort_students set notes = 'touched' where organization_id = $1`, [w.org]);
    await consistent('after a multi-row edit that changes no figure');
    await db.query(`delete from public.cohort_students where id = $1`, [st.h]);
    await consistent('after a student delete (with its payments)');
  });

  it('pages the needs-action list in the order of the whole list', async () => {
    // Five more who need action: converted 50-54 days ago, nothing paid, follow-ups spread.
    for (let i = 0; i < 5; i++) {
      const date = await day(-50 - i);
      const ap = await appointment(db, w.org, w.closer, { scheduled_date: date, conversion_date: date });
      await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, i % 2 ? w.batch : w.batch2, { p_offer_amount: 10000, p_cash_received: 0, p_next_follow_up_date: i < 3 ? await day(i) : undefined }));
    }
    await consistent('after five more who need action');
    const all = await reference(null);
    const paged: string[] = [];
    for (let off = 0; off < all.page.length; off += 2) {
      const got = (await rpcAs(db, w.cohortManager, 'cohort_insights', { p_organization_id: w.org, p_limit: '2', p_action_offset: String(off) })) as J;
      paged.push(...got.needs_action.rows.map((x: J) => x.student_id));
    }
    expect(paged).toEqual(all.page.map((x) => x.id));
    expect(all.page.length).toBeGreaterThan(2);
  });

  it("the migration's backfill rebuilds the same rows from existing data", async () => {
    const file = readFileSync(new URL('../migrations/20261207200000_insights_owing_students.sql', import.meta.url), 'utf8');
    const backfill = file.slice(file.lastIndexOf('do $$'), file.lastIndexOf('$$;') + 3);
    await db.query(`delete from public.owing_students`);
    await db.query(`update public.owing_student_totals set owing = owing + 5`);
    await db.query(`delete from public.owing_follow_ups`);
    expect((await owingDrift()).totals.length).toBeGreaterThan(0);
    await db.query(backfill);
    await consistent('after the backfill');
  });

  it('clients cannot write them; a closer reads nothing', async () => {
    await expect(queryAs(db, w.admin, `update public.owing_students set due_amount = 1`)).rejects.toThrow();
    await expect(queryAs(db, w.admin, `delete from public.owing_student_totals`)).rejects.toThrow();
    expect(await queryAs(db, w.closer, `select * from public.owing_students`)).toEqual([]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.owing_student_totals where organization_id = $1`, [w.org])).toEqual([]);
    expect((await queryAs(db, w.cohortManager, `select count(*)::int n from public.owing_students`))[0]!.n).toBeGreaterThan(0);
  });
});
