// The batch overview as a page (20261207200300): list_cohort_batches returns one page of the
// organization's batches in its order (start date newest first, undated first, then name, id),
// filtered by type, status and a literal name search, with a count capped at offset + 1000; the
// money of each row equals its students' rows. cohort_type_totals sums every batch of a type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
let type2: string;

async function page(user: string, args: Record<string, unknown>): Promise<J[]> {
  const names = Object.keys(args);
  return (await queryAs(db, user, `select * from public.list_cohort_batches(${names.map((k, i) => `${k} => $${i + 1}`).join(', ')})`, names.map((k) => args[k]))) as J[];
}

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  type2 = String((await db.query(`insert into public.cohort_types (organization_id, name) values ($1, 'Second Course') returning id`, [w.org])).rows[0]!.id);
  // 30 dated batches of the second type, one every 10 days; names with % and _ for the search.
  await db.query(
    `insert into public.cohort_batches (organization_id, cohort_type_id, name, status, start_date)
     select $1, $2, 'Wave ' || lpad(k::text, 2, '0') || case when k = 7 then ' 100%_off' else '' end,
       case when k < 3 then 'planned' when k < 10 then 'active' else 'completed' end, date '2026-12-01' - k * 10
     from generate_series(0, 29) k`,
    [w.org, type2],
  );
  for (const [batch, offer, cash] of [[w.batch, 50000, 20000], [w.batch, 40000, 40000], [w.batch2, 30000, 0]] as const) {
    const ap = await appointment(db, w.org, w.closer, { scheduled_date: '2026-11-01', conversion_date: '2026-11-01' });
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(ap.id, batch, { p_offer_amount: offer, p_cash_received: cash }));
  }
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('list_cohort_batches', () => {
  it('returns one page in order (undated first, then newest start), with the count of all', async () => {
    const all = await page(w.cohortManager, { p_organization_id: w.org, p_limit: '200' });
    expect(all).toHaveLength(33);
    const fresh = await db.query(`select id from public.cohort_batches where organization_id = $1 order by start_date desc nulls first, name, id`, [w.org]);
    expect(all.map((r) => r.id)).toEqual(fresh.rows.map((r) => r.id));
    expect(all.slice(0, 3).map((r) => r.name)).toEqual(['Batch 3', 'Batch 4', 'Batch 5']);
    const first = await page(w.cohortManager, { p_organization_id: w.org, p_limit: '10' });
    const second = await page(w.cohortManager, { p_organization_id: w.org, p_limit: '10', p_offset: '10' });
    expect([...first, ...second].map((r) => r.id)).toEqual(all.slice(0, 20).map((r) => r.id));
    expect(first.every((r) => Number(r.total_count) === 33 && r.total_capped === false)).toBe(true);
    expect(first[3]).toMatchObject({ cohort_type_id: type2, cohort_type_name: 'Second Course', name: 'Wave 00', status: 'planned' });
    expect(String((await db.query(`select start_date::text d from public.cohort_batches where id = $1`, [first[3]!.id])).rows[0]!.d)).toBe('2026-12-01');
    // The default page is 25.
    expect(await page(w.cohortManager, { p_organization_id: w.org })).toHaveLength(25);
  });

  it('filters by type, status and a literal name search', async () => {
    const ofType = await page(w.cohortManager, { p_organization_id: w.org, p_cohort_type_id: w.type, p_limit: '50' });
    expect(ofType.map((r) => r.name)).toEqual(['Batch 3', 'Batch 4', 'Batch 5']);
    const active = await page(w.cohortManager, { p_organization_id: w.org, p_cohort_type_id: type2, p_status: 'active', p_limit: '50' });
    expect(active.map((r) => r.name)).toEqual(['Wave 03', 'Wave 04', 'Wave 05', 'Wave 06', 'Wave 07 100%_off', 'Wave 08', 'Wave 09']);
    expect(Number(active[0]!.total_count)).toBe(7);
    expect((await page(w.cohortManager, { p_organization_id: w.org, p_search: '100%_' })).map((r) => r.name)).toEqual(['Wave 07 100%_off']);
    expect(await page(w.cohortManager, { p_organization_id: w.org, p_search: '%' })).toHaveLength(1);
    expect((await page(w.cohortManager, { p_organization_id: w.org, p_search: 'wave 1' })).map((r) => r.name)).toEqual(
      ['Wave 10', 'Wave 11', 'Wave 12', 'Wave 13', 'Wave 14', 'Wave 15', 'Wave 16', 'Wave 17', 'Wave 18', 'Wave 19']);
    expect(await page(w.cohortManager, { p_organization_id: w.org, p_status: 'archived' })).toEqual([]);
  });

  it('gives each batch the money of its students, a closer only their own students', async () => {
    for (const user of [w.admin, w.closer, w.closer2]) {
      const rows = await page(user, { p_organization_id: w.org, p_cohort_type_id: w.type });
      const fresh = await queryAs(db, user, `select cohort_batch_id id, count(*)::int students, sum(offer_amount)::float8 offered, sum(cash_received)::float8 received, sum(due_amount)::float8 due from public.cohort_students group by 1`);
      for (const r of rows) {
        const f = fresh.find((x) => x.id === r.id) ?? { students: 0, offered: 0, received: 0, due: 0 };
        expect([Number(r.students), Number(r.offered), Number(r.received), Number(r.due)], `${user} ${r.name}`).toEqual([f.students, f.offered, f.received, f.due]);
        expect(Number(r.offered)).toBe(Number(r.received) + Number(r.due) + Number(r.written_off));
      }
    }
    const b3 = (await page(w.admin, { p_organization_id: w.org, p_search: 'Batch 3' }))[0]!;
    expect([Number(b3.students), Number(b3.offered), Number(b3.received), Number(b3.due)]).toEqual([2, 90000, 60000, 30000]);
    expect(await page(w.otherAdmin, { p_organization_id: w.org })).toEqual([]);
    expect(await page(w.specialist, { p_organization_id: w.org })).toEqual([]);
  });

  it('caps the count at offset + 1000', async () => {
    await db.query(
      `insert into public.cohort_batches (organization_id, cohort_type_id, name, status)
       select $1, $2, 'Bulk ' || k, 'completed' from generate_series(1, 1005) k`,
      [w.otherOrg, (await db.query(`select cohort_type_id from public.cohort_batches where id = $1`, [w.otherBatch])).rows[0]!.cohort_type_id],
    );
    const first = await page(w.otherAdmin, { p_organization_id: w.otherOrg });
    expect([Number(first[0]!.total_count), first[0]!.total_capped]).toEqual([1000, true]);
    const far = await page(w.otherAdmin, { p_organization_id: w.otherOrg, p_offset: '25' });
    expect([Number(far[0]!.total_count), far[0]!.total_capped]).toEqual([1006, false]);
  });

  it('refuses bad arguments', async () => {
    expect(await pgError(page(w.admin, { p_organization_id: 'x' }))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
    expect(await pgError(page(w.admin, { p_organization_id: w.org, p_cohort_type_id: 'x' }))).toMatchObject({ code: '22023', hint: 'field:cohort_type_id' });
    expect(await pgError(page(w.admin, { p_organization_id: w.org, p_limit: 'ten' }))).toMatchObject({ code: '22023', hint: 'field:limit' });
    expect(await pgError(page(w.admin, { p_organization_id: w.org, p_search: 'x'.repeat(101) }))).toMatchObject({ code: '22023', hint: 'field:search' });
  });
});

describe('cohort_type_totals', () => {
  it('sums every batch of each type, as the caller may read', async () => {
    const rows = (await queryAs(db, w.cohortManager, `select * from public.cohort_type_totals($1)`, [w.org])) as J[];
    const t1 = rows.find((r) => r.cohort_type_id === w.type)!;
    const t2 = rows.find((r) => r.cohort_type_id === type2)!;
    expect([Number(t1.batches), Number(t1.students), Number(t1.offered), Number(t1.received), Number(t1.due), Number(t1.written_off)]).toEqual([3, 3, 120000, 60000, 60000, 0]);
    expect([Number(t2.batches), Number(t2.students), Number(t2.offered)]).toEqual([30, 0, 0]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.cohort_type_totals($1)`, [w.org])).toEqual([]);
    expect(await pgError(queryAs(db, w.admin, `select * from public.cohort_type_totals('x')`))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
  });
});
