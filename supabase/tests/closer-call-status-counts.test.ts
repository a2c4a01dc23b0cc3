// closer_call_status_counts: the counts next to each status in the closer's Statuses filter, under
// the same date range and search as the list, through RLS (a closer counts only their own calls).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, type TestDb } from './helpers/db';
import { appointment, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;

const counts = async (user: string, closer: string, from?: string, to?: string, search?: string) =>
  (await queryAs(db, user, `select public.closer_call_status_counts($1, $2, $3, $4, $5) as c`, [w.org, closer, from ?? null, to ?? null, search ?? null]))[0]!.c as Record<string, number>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-03-01', status: 'scheduled' });
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-03-02', status: 'scheduled' });
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-03-05', status: 'no_show' });
  await appointment(db, w.org, w.closer2, { scheduled_date: '2026-03-01', status: 'no_show' });
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('closer_call_status_counts', () => {
  it('counts each status of the closer, within the date range', async () => {
    expect(await counts(w.admin, w.closer)).toEqual({ scheduled: 2, no_show: 1 });
    expect(await counts(w.admin, w.closer, '2026-03-02', '2026-03-31')).toEqual({ scheduled: 1, no_show: 1 });
    expect(await counts(w.admin, w.closer, '2027-01-01')).toEqual({});
  });

  it('a closer counts only their own calls', async () => {
    expect(await counts(w.closer, w.closer)).toEqual({ scheduled: 2, no_show: 1 });
    expect(await counts(w.closer, w.closer2)).toEqual({});
  });

  it('refuses From after To and malformed ids like the list', async () => {
    expect(await pgError(queryAs(db, w.admin, `select public.closer_call_status_counts($1, $2, '2026-03-05', '2026-03-01')`, [w.org, w.closer]))).toMatchObject({ code: '22023', hint: 'field:to' });
    expect(await pgError(queryAs(db, w.admin, `select public.closer_call_status_counts($1, 'nope')`, [w.org]))).toMatchObject({ code: '22023', hint: 'field:closer_id' });
  });
});
