// closer_kpis: the closers' KPI figures on a small fixture with known answers, the period presets
// in the organization's timezone (ISO weeks, months), validation, and who sees which figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestDb, pgError, queryAs, addMember, type TestDb } from './helpers/db';
import { appointment, one, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;

const kpis = async (user: string, org: string, preset: string, from?: string, to?: string): Promise<J> =>
  (await queryAs(db, user, `select public.closer_kpis($1, $2, $3, $4) as k`, [org, preset, from ?? null, to ?? null]))[0]!.k as J;

/** Today's date in a timezone, as the organization sees it. */
function todayIn(tz: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
function addDays(d: string, n: number): string {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}
const isoDow = (d: string) => ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

async function converted(closer: string, scheduled: string, conversion: string, batch: string): Promise<string> {
  const a = await appointment(db, w.org, closer, {
    scheduled_date: scheduled,
    status: 'converted',
    batch_id: batch,
    classes_access: 15,
    offer_amount: 50000,
    conversion_date: conversion,
  });
  return one(db, `select id from public.cohort_students where lead_id = $1`, [a.lead]);
}
async function pay(student: string, amount: number, paidOn: string) {
  await db.query(`insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on) values ($1, $2, $3, $4)`, [w.org, student, amount, paidOn]);
}

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  // Dipanshu (w.closer), period 2026-02-02 .. 2026-02-08:
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-02-01', status: 'not_converted' }); // before the period
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-02-02', status: 'scheduled' }); // call, undecided
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-02-03', status: 'no_show' }); // call, decided
  const s4 = await converted(w.closer, '2026-02-04', '2026-02-04', w.batch); // call, decided, converted; conversion
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-02-08', status: 'reschedule' }); // call, undecided (last day)
  await appointment(db, w.org, w.closer, { scheduled_date: '2026-02-08', status: 'not_converted' }); // call, decided
  const s6 = await converted(w.closer, '2026-01-30', '2026-02-05', w.batch); // conversion only (call before the period)
  await converted(w.closer, '2026-02-09', '2026-02-09', w.batch); // after the period
  await pay(s4, 1000, '2026-02-04');
  await pay(s4, 2000, '2026-02-09'); // after
  await pay(s6, 500, '2026-02-08');
  await pay(s6, 250, '2026-02-01'); // before
  // Ritika (w.closer2):
  const s8 = await converted(w.closer2, '2026-02-05', '2026-02-05', w.batch2);
  await pay(s8, 700, '2026-02-06');
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('closer_kpis figures (custom period 2026-02-02 .. 2026-02-08)', () => {
  it('per closer and in total, as the admin', async () => {
    const k = await kpis(w.admin, w.org, 'custom', '2026-02-02', '2026-02-08');
    expect(k.period).toMatchObject({ preset: 'custom', from: '2026-02-02', to: '2026-02-08' });
    const byName = Object.fromEntries((k.closers as J[]).map((c) => [c.closer_name, c]));
    expect(byName['Dipanshu']).toMatchObject({ calls: 5, decided: 3, converted_of_calls: 1, conversions: 2, cash_collected: 1500 });
    expect(Number(byName['Dipanshu'].conversion_rate)).toBeCloseTo(1 / 3, 4);
    expect(byName['Ritika Closer']).toMatchObject({ calls: 1, decided: 1, converted_of_calls: 1, conversions: 1, cash_collected: 700, conversion_rate: 1 });
    expect(k.total).toMatchObject({ calls: 6, decided: 4, converted_of_calls: 2, conversions: 3, cash_collected: 2200, conversion_rate: 0.5 });
  });

  it('a closer sees only their own figures, and the total is theirs', async () => {
    const k = await kpis(w.closer2, w.org, 'custom', '2026-02-02', '2026-02-08');
    expect((k.closers as J[]).map((c) => c.closer_id)).toEqual([w.closer2]);
    expect(k.total).toMatchObject({ calls: 1, conversions: 1, cash_collected: 700 });
  });

  it('the manager sees everything; another organization, a cohort manager, a specialist see no closers and zero totals', async () => {
    expect((await kpis(w.manager, w.org, 'custom', '2026-02-02', '2026-02-08')).total).toMatchObject({ calls: 6, cash_collected: 2200 });
    for (const u of [w.otherAdmin, w.cohortManager, w.specialist, w.member]) {
      const k = await kpis(u, w.org, 'custom', '2026-02-02', '2026-02-08');
      expect(k.closers).toEqual([]);
      expect(k.total).toMatchObject({ calls: 0, conversions: 0, cash_collected: 0, conversion_rate: null });
    }
    expect((await pgError(queryAs(db, null, `select public.closer_kpis($1)`, [w.org]))).code).toBe('42501');
  });

  it('a one-day period counts that day only (both ends inclusive)', async () => {
    const k = await kpis(w.admin, w.org, 'custom', '2026-02-08', '2026-02-08');
    const d = (k.closers as J[]).find((c) => c.closer_id === w.closer);
    expect(d).toMatchObject({ calls: 2, decided: 1, converted_of_calls: 0, conversions: 0, cash_collected: 500, conversion_rate: 0 });
  });
});

describe('closer_kpis presets in the organization timezone', () => {
  it('today / this week (Monday..Sunday) / this month follow the organization timezone; calls today counts today', async () => {
    const today = todayIn('Asia/Kolkata');
    await appointment(db, w.org, w.closer, { scheduled_date: today, status: 'scheduled' });
    const t = await kpis(w.admin, w.org, 'today');
    expect(t.period).toMatchObject({ preset: 'today', from: today, to: today, today });
    expect((t.closers as J[]).find((c) => c.closer_id === w.closer)).toMatchObject({ calls_today: 1, calls: 1 });
    const wk = await kpis(w.admin, w.org, 'week');
    const monday = addDays(today, 1 - isoDow(today));
    expect(wk.period).toMatchObject({ from: monday, to: addDays(monday, 6) });
    const m = await kpis(w.admin, w.org, 'month');
    expect(m.period.from).toBe(`${today.slice(0, 8)}01`);
    expect(m.period.to.slice(0, 7)).toBe(today.slice(0, 7));
    expect(addDays(m.period.to, 1).slice(8)).toBe('01');
  });

  it("two organizations 25 hours apart have different todays, each its own timezone's", async () => {
    const east = await createOrg(db, 'East', { timezone: 'Pacific/Kiritimati' });
    const west = await createOrg(db, 'West', { timezone: 'Pacific/Pago_Pago' });
    await addMember(db, east, w.admin, 'admin');
    await addMember(db, west, w.admin, 'admin');
    const a = (await kpis(w.admin, east, 'today')).period.today as string;
    const b = (await kpis(w.admin, west, 'today')).period.today as string;
    expect([todayIn('Pacific/Kiritimati'), todayIn('Pacific/Kiritimati', new Date(Date.now() - 5000))]).toContain(a);
    expect([todayIn('Pacific/Pago_Pago'), todayIn('Pacific/Pago_Pago', new Date(Date.now() - 5000))]).toContain(b);
    expect(a > b).toBe(true);
  });

  it('week and month boundaries (private.kpi_period)', async () => {
    const p = async (preset: string, today: string) =>
      (await db.query(`select period_from::text f, period_to::text t from private.kpi_period($1, null, null, $2::date)`, [preset, today])).rows[0];
    expect(await p('week', '2026-03-01')).toEqual({ f: '2026-02-23', t: '2026-03-01' }); // Sunday ends the week
    expect(await p('week', '2026-03-02')).toEqual({ f: '2026-03-02', t: '2026-03-08' }); // Monday starts one
    expect(await p('week', '2025-12-31')).toEqual({ f: '2025-12-29', t: '2026-01-04' }); // across the year
    expect(await p('month', '2026-02-15')).toEqual({ f: '2026-02-01', t: '2026-02-28' });
    expect(await p('month', '2028-02-29')).toEqual({ f: '2028-02-01', t: '2028-02-29' });
    expect(await p('today', '2026-02-15')).toEqual({ f: '2026-02-15', t: '2026-02-15' });
  });
});

describe('closer_kpis validation', () => {
  it.each([
    ['year', '2026-01-01', '2026-01-02', 'field:preset'],
    ['custom', null, '2026-01-02', 'field:from'],
    ['custom', '2026-01-02', null, 'field:to'],
    ['custom', '2026-01-03', '2026-01-02', 'field:to'],
    ['custom', '2026-02-30', '2026-03-02', 'field:from'],
    ['custom', '2020-01-01', '2026-01-01', 'field:from'],
  ])('preset %s from %s to %s → 22023 %s', async (preset, from, to, hint) => {
    const e = await pgError(queryAs(db, w.admin, `select public.closer_kpis($1, $2, $3, $4)`, [w.org, preset, from, to]));
    expect(e).toMatchObject({ code: '22023', hint });
  });
  it('refuses a malformed organization id', async () => {
    expect(await pgError(queryAs(db, w.admin, `select public.closer_kpis('x')`))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
  });
});

describe('list_closer_calls with text arguments', () => {
  it('returns the scheduled instant in the organization timezone and refuses From after To', async () => {
    const a = await appointment(db, w.org, w.closer, { scheduled_date: '2026-05-10', scheduled_time: '10:30' });
    const rows = await queryAs(db, w.admin, `select id, scheduled_at from public.list_closer_calls($1, $2, p_from => '2026-05-10', p_to => '2026-05-10')`, [w.org, w.closer]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(a.id);
    // 10:30 in Asia/Kolkata (UTC+05:30) is 05:00 UTC.
    expect(new Date(rows[0]!.scheduled_at as string).toISOString()).toBe('2026-05-10T05:00:00.000Z');
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_closer_calls($1, $2, p_from => '2026-05-11', p_to => '2026-05-10')`, [w.org, w.closer]))).toMatchObject({
      code: '22023',
      hint: 'field:to',
    });
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_closer_calls($1, 'nope')`, [w.org]))).toMatchObject({ code: '22023', hint: 'field:closer_id' });
  });
});
