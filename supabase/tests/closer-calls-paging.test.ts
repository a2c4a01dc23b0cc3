// A closer's calls page reads a page per bucket, not the closer's history (issue 16): pages in
// any size concatenate to the whole ordered list (today by time, upcoming ascending, past
// descending, calls without a time last in their day), filters still apply, and the count stops
// at offset + 1,000 with total_capped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, queryAs, type Row, type TestDb } from './helpers/db';
import { salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;

/** n appointments of `closer`, set-based: day offsets cycle through -20..+5 around the org's today, times every 30 min or none. */
async function bulk(closer: string, n: number, span = 26) {
  await db.query(
    `with g as (select k, gen_random_uuid() as lead_id from generate_series(1, $3::int) k),
     l as (insert into public.leads (id, organization_id, full_name, email) select lead_id, $1, 'Lead ' || k, 'lead' || k || '@t.test' from g)
     insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status)
     select $1, lead_id, $2, private.org_today($1) - 20 + (k % $4::int),
       case when k % 7 = 0 then null else time '08:00' + (k % 23) * interval '30 minutes' end,
       case when k % 3 = 0 then 'not_converted' else 'scheduled' end
     from g`,
    [w.org, closer, n, span],
  );
}

const page = (user: string, args: string, params: unknown[]): Promise<Row[]> =>
  queryAs(db, user, `select id, bucket, scheduled_date::text d, scheduled_time::text t, status, total_count::int n, total_capped from public.list_closer_calls(${args})`, params);

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  await bulk(w.closer, 120);
  await bulk(w.closer2, 1_100, 400);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('list_closer_calls pages', () => {
  it('concatenate to the whole list in bucket order, whatever the page size', async () => {
    const all = await page(w.closer, `$1, $2, p_limit => '200'`, [w.org, w.closer]);
    expect(all).toHaveLength(120);
    expect(all[0]).toMatchObject({ n: 120, total_capped: false });
    const buckets = all.map((r) => r.bucket);
    expect(buckets.indexOf('upcoming')).toBeGreaterThan(buckets.lastIndexOf('today'));
    expect(buckets.indexOf('past')).toBeGreaterThan(buckets.lastIndexOf('upcoming'));
    const key = (r: Row) => `${r.d} ${r.t ?? '~'}`; // a call without a time sorts after the timed ones of its day
    const today = all.filter((r) => r.bucket === 'today').map(key);
    const upcoming = all.filter((r) => r.bucket === 'upcoming').map(key);
    // Past: days descending, times descending within a day, a call without a time still last in its day.
    const past = all.filter((r) => r.bucket === 'past').map((r) => `${r.d} ${r.t ?? ''}`);
    const pastOrder = (a: string, b: string) => {
      const [da, ta] = a.split(' ');
      const [dbb, tb] = b.split(' ');
      if (da !== dbb) return da! < dbb! ? 1 : -1;
      if (!ta || !tb) return (ta ? 0 : 1) - (tb ? 0 : 1);
      return ta < tb ? 1 : ta > tb ? -1 : 0;
    };
    expect(today).toEqual([...today].sort());
    expect(upcoming).toEqual([...upcoming].sort());
    expect(past).toEqual([...past].sort(pastOrder));
    for (const size of [7, 25]) {
      const ids: unknown[] = [];
      for (let offset = 0; offset < 120; offset += size) {
        ids.push(...(await page(w.closer, `$1, $2, p_limit => $3, p_offset => $4`, [w.org, w.closer, String(size), String(offset)])).map((r) => r.id));
      }
      expect(ids).toEqual(all.map((r) => r.id));
    }
  });

  it('filters by status and date range before paging', async () => {
    const all = await page(w.closer, `$1, $2, p_limit => '200'`, [w.org, w.closer]);
    const notConverted = await page(w.closer, `$1, $2, array['not_converted'], p_limit => '200'`, [w.org, w.closer]);
    expect(notConverted.map((r) => r.id)).toEqual(all.filter((r) => r.status === 'not_converted').map((r) => r.id));
    const from = String(all.find((r) => r.bucket === 'past')!.d);
    const ranged = await page(w.closer, `$1, $2, p_from => $3, p_to => $3, p_limit => '200'`, [w.org, w.closer, from]);
    expect(ranged.map((r) => r.id)).toEqual(all.filter((r) => r.d === from).map((r) => r.id));
    expect(ranged[0]).toMatchObject({ n: ranged.length });
    const one = await page(w.closer, `$1, $2, p_search => 'LEAD7@', p_limit => '200'`, [w.org, w.closer]);
    expect(one).toHaveLength(1);
  });

  it('counts up to offset + 1,000 and says when there are more', async () => {
    const first = await page(w.closer2, `$1, $2, p_limit => '25'`, [w.org, w.closer2]);
    expect(first[0]).toMatchObject({ n: 1000, total_capped: true });
    const deep = await page(w.closer2, `$1, $2, p_limit => '25', p_offset => '200'`, [w.org, w.closer2]);
    expect(deep[0]).toMatchObject({ n: 1100, total_capped: false });
    // A closer never sees another closer's calls.
    expect(await page(w.closer, `$1, $2`, [w.org, w.closer2])).toEqual([]);
  });
});
