// Desk metrics of the specialists' call desk on a fixture with known answers (median, p90, share
// within the target, outcomes by pillar, per specialist), the first-call trigger, tab counts, the
// queue's sort by wait, a member's earlier requests, and who may read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { callNow, createCallsWorld, startChat, type CallsWorld } from './helpers/calls-fixture';

let db: TestDb;
let w: CallsWorld;
type J = Record<string, any>;

// 2026-02-03 12:00 in America/Sao_Paulo (UTC-3) is 15:00 UTC.
const BASE = Date.parse('2026-02-03T15:00:00Z');
const at = (s: number) => new Date(BASE + s * 1000).toISOString();

async function log(opts: {
  member?: string;
  pillar: string;
  createdAt: string;
  status: 'pending' | 'completed';
  outcome?: string;
  specialist?: string;
  waitS?: number;
  attempts?: number;
}): Promise<string> {
  const member = opts.member ?? w.memberA;
  const s = await db.query(`insert into public.chat_sessions (organization_id, user_id, company_id, pillar, status) values ($1, $2, $3, $4, 'phone_escalated') returning id`, [
    w.orgA,
    member,
    w.companyA,
    opts.pillar,
  ]);
  const created = Date.parse(opts.createdAt);
  const called = opts.waitS === undefined ? null : new Date(created + opts.waitS * 1000).toISOString();
  const r = await db.query(
    `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, outcome, call_notes,
       created_at, completed_at, attempts, last_attempt_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      w.orgA,
      s.rows[0]!.id,
      member,
      opts.specialist ?? null,
      opts.status,
      opts.outcome ?? null,
      opts.status === 'completed' ? 'done' : null,
      opts.createdAt,
      opts.status === 'completed' ? called : null,
      opts.attempts ?? 0,
      opts.attempts ? called : null,
    ],
  );
  return String(r.rows[0]!.id);
}

beforeAll(async () => {
  db = await createTestDb();
  w = await createCallsWorld(db);
  const A = w.specialistA;
  const A2 = w.specialistA2;
  // In the period 2026-02-02 .. 2026-02-08 (Sao Paulo): 8 completed, 1 missed once (still open), 1 never called.
  await log({ pillar: 'psychological', createdAt: at(0), status: 'completed', outcome: 'resolved_by_phone', specialist: A, waitS: 120 });
  await log({ pillar: 'psychological', createdAt: at(60), status: 'completed', outcome: 'resolved_by_phone', specialist: A, waitS: 240 });
  await log({ pillar: 'psychological', createdAt: at(120), status: 'completed', outcome: 'session_booked', specialist: A, waitS: 360 });
  await log({ pillar: 'psychological', createdAt: at(180), status: 'completed', outcome: 'escalated', specialist: A, waitS: 480 });
  await log({ pillar: 'financial', createdAt: at(240), status: 'completed', outcome: 'resolved_by_phone', specialist: A, waitS: 600 });
  await log({ pillar: 'financial', createdAt: at(300), status: 'completed', outcome: 'resolved_by_phone', specialist: A2, waitS: 900 }); // exactly the 15-minute target
  await log({ pillar: 'financial', createdAt: at(360), status: 'completed', outcome: 'resolved_by_phone', specialist: A2, waitS: 1200 });
  await log({ pillar: 'financial', createdAt: at(420), status: 'completed', outcome: 'session_booked', specialist: A2, waitS: 1800 });
  await log({ pillar: 'physical', createdAt: at(480), status: 'pending', attempts: 1, waitS: 3600 });
  await log({ pillar: 'legal', createdAt: at(540), status: 'pending' });
  // Just outside the period, on both sides (Sao Paulo days, not UTC days).
  await log({ pillar: 'legal', createdAt: '2026-02-02T02:59:00Z', status: 'completed', outcome: 'escalated', specialist: A, waitS: 5 }); // Feb 1, 23:59 local
  await log({ pillar: 'legal', createdAt: '2026-02-09T03:00:00Z', status: 'completed', outcome: 'escalated', specialist: A, waitS: 5 }); // Feb 9, 00:00 local
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const metrics = async (user: string, from: string | null, to: string | null, org = w.orgA): Promise<J> =>
  (await queryAs(db, user, `select public.call_desk_metrics($1, $2, $3) as m`, [org, from, to]))[0]!.m as J;

describe('call_desk_metrics (2026-02-02 .. 2026-02-08, America/Sao_Paulo, target 15 minutes)', () => {
  it('counts, median and p90 wait, share within the target', async () => {
    const m = await metrics(w.specialistA, '2026-02-02', '2026-02-08');
    expect(m).toMatchObject({ requests: 10, called: 9, open: 2, target_minutes: 15, within_target: 6, decided: 10, within_target_share: 0.6 });
    // Waits 120, 240, 360, 480, 600, 900, 1200, 1800, 3600 s: median the 5th; p90 at 0.9 * 8 = 7.2 → 1800 + 0.2 * 1800.
    expect(m.median_wait_seconds).toBe(600);
    expect(m.p90_wait_seconds).toBeCloseTo(2160, 6);
    expect(m.period).toMatchObject({ from: '2026-02-02', to: '2026-02-08', timezone: 'America/Sao_Paulo' });
  });

  it('outcomes by pillar and per specialist, keyed by the outcome code', async () => {
    const m = await metrics(w.adminA, '2026-02-02', '2026-02-08');
    expect(m.by_pillar).toEqual([
      { pillar: 'financial', requests: 4, open: 0, outcomes: { resolved_by_phone: 3, session_booked: 1 } },
      { pillar: 'legal', requests: 1, open: 1, outcomes: {} },
      { pillar: 'physical', requests: 1, open: 1, outcomes: {} },
      { pillar: 'psychological', requests: 4, open: 0, outcomes: { resolved_by_phone: 2, session_booked: 1, escalated: 1 } },
    ]);
    expect(m.by_specialist).toEqual([
      { specialist_id: w.specialistA, specialist_name: 'Sofia Specialist', completed: 5, outcomes: { resolved_by_phone: 3, session_booked: 1, escalated: 1 }, median_wait_seconds: 360 },
      { specialist_id: w.specialistA2, specialist_name: 'Pedro Specialist', completed: 3, outcomes: { resolved_by_phone: 2, session_booked: 1 }, median_wait_seconds: 1200 },
    ]);
  });

  it('days are the organization’s: a single day excludes 23:59 of the day before and 00:00 of the day after', async () => {
    expect((await metrics(w.specialistA, '2026-02-01', '2026-02-01')).requests).toBe(1);
    expect((await metrics(w.specialistA, '2026-02-09', '2026-02-09')).requests).toBe(1);
    expect((await metrics(w.specialistA, '2026-02-03', '2026-02-03')).requests).toBe(10);
    const empty = await metrics(w.specialistA, '2026-01-01', '2026-01-01');
    expect(empty).toMatchObject({ requests: 0, median_wait_seconds: null, p90_wait_seconds: null, within_target_share: null, by_pillar: [], by_specialist: [] });
  });

  it('requests today counts the requests made today (default period: today)', async () => {
    const before = (await metrics(w.specialistA, null, null)).requests_today as number;
    await callNow(db, w.memberA2, await startChat(db, w.memberA2, w.orgA));
    const m = await metrics(w.specialistA, null, null);
    expect(m.requests_today).toBe(before + 1);
    expect(m.requests).toBe(m.requests_today);
  });

  it('specialists and admins of the organization only; refuses bad input', async () => {
    for (const u of [w.memberA, w.closerA, w.specialistB]) {
      expect(await pgError(metrics(u, '2026-02-02', '2026-02-08'))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    }
    expect((await pgError(queryAs(db, null, `select public.call_desk_metrics($1)`, [w.orgA]))).code).toBe('42501');
    expect(await pgError(metrics(w.specialistA, '2026-02-09', '2026-02-08'))).toMatchObject({ code: '22023', hint: 'field:to' });
    expect(await pgError(metrics(w.specialistA, '2026-02-31', null))).toMatchObject({ code: '22023', hint: 'field:from' });
    expect(await pgError(metrics(w.specialistA, '2024-01-01', '2026-01-01'))).toMatchObject({ code: '22023', hint: 'field:from' });
    expect(await pgError(metrics(w.specialistA, null, null, 'nope'))).toMatchObject({ code: '22023', hint: 'field:organization_id' });
  });
});

describe('first_called_at (trigger: every path)', () => {
  it('is set by the first missed attempt and never moves; completing without attempts sets it to the completion', async () => {
    const id = await callNow(db, w.memberA, await startChat(db, w.memberA, w.orgA));
    const first = async () => (await db.query(`select first_called_at from public.specialist_call_logs where id = $1`, [id])).rows[0]!.first_called_at;
    expect(await first()).toBeNull();
    await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: id });
    const t1 = await first();
    expect(t1).not.toBeNull();
    await db.query(`update public.specialist_call_logs set first_called_at = now() + interval '1 day', attempts = attempts + 1 where id = $1`, [id]);
    expect(String(await first())).toBe(String(t1));

    const id2 = await callNow(db, w.memberA2, await startChat(db, w.memberA2, w.orgA));
    await db.query(`update public.specialist_call_logs set call_status = 'completed', outcome = 'resolved_by_phone', completed_at = $2 where id = $1`, [id2, '2030-01-01T00:00:00Z']);
    const r = (await db.query(`select first_called_at, completed_at from public.specialist_call_logs where id = $1`, [id2])).rows[0]!;
    expect(String(r.first_called_at)).toBe(String(r.completed_at));
  });
});

describe('call_request_counts, queue sort, member history', () => {
  it('counts pending and resolved and the open requests since a time; zero for others', async () => {
    const c = (await queryAs(db, w.specialistA, `select public.call_request_counts($1) as c`, [w.orgA]))[0]!.c as J;
    const open = Number((await db.query(`select count(*)::int n from public.specialist_call_logs where organization_id = $1 and call_status in ('pending','scheduled')`, [w.orgA])).rows[0]!.n);
    const done = (await db.query(`select count(*)::int n from public.specialist_call_logs where organization_id = $1 and call_status = 'completed'`, [w.orgA])).rows[0]!.n;
    expect(c).toMatchObject({ pending: open, resolved: done, resolved_capped: false, new_since: 0 });
    const since = c.as_of as string;
    await callNow(db, w.memberA, await startChat(db, w.memberA, w.orgA));
    const c2 = (await queryAs(db, w.specialistA, `select public.call_request_counts($1, $2) as c`, [w.orgA, since]))[0]!.c as J;
    expect(c2).toMatchObject({ pending: open + 1, new_since: 1 });
    for (const u of [w.memberA, w.specialistB, w.closerA]) {
      expect((await queryAs(db, u, `select public.call_request_counts($1, $2) as c`, [w.orgA, since]))[0]!.c).toMatchObject({ pending: 0, resolved: 0, new_since: 0 });
    }
    expect(await pgError(queryAs(db, w.specialistA, `select public.call_request_counts($1, 'yesterday')`, [w.orgA]))).toMatchObject({ code: '22023', hint: 'field:since' });
  });

  it('sorts the queue by longest or shortest wait; refuses another sort', async () => {
    const longest = await queryAs(db, w.specialistA, `select call_log_id, requested_at from public.list_call_queue($1, p_limit => '200')`, [w.orgA]);
    const shortest = await queryAs(db, w.specialistA, `select call_log_id from public.list_call_queue($1, p_limit => '200', p_sort => 'shortest_wait')`, [w.orgA]);
    expect(longest.length).toBeGreaterThan(2);
    expect(shortest.map((r) => r.call_log_id)).toEqual([...longest].reverse().map((r) => r.call_log_id));
    const times = longest.map((r) => Date.parse(String(r.requested_at instanceof Date ? r.requested_at.toISOString() : r.requested_at)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(await pgError(queryAs(db, w.specialistA, `select * from public.list_call_queue($1, p_sort => 'name')`, [w.orgA]))).toMatchObject({ code: '22023', hint: 'field:sort' });
  });

  it("lists a member's earlier requests, newest first, without the current one; staff of the organization only", async () => {
    const all = (await db.query(`select id from public.specialist_call_logs where user_id = $1 order by created_at desc, id desc`, [w.memberA])).rows.map((r) => String(r.id));
    const rows: Row[] = await queryAs(db, w.specialistA, `select * from public.list_member_call_requests($1, $2, $3, '50')`, [w.orgA, w.memberA, all[0]]);
    expect(rows.map((r) => r.call_log_id)).toEqual(all.slice(1));
    expect(Number(rows[0]!.total_count)).toBe(all.length - 1);
    const withName = rows.find((r) => r.specialist_name === 'Pedro Specialist');
    expect(withName).toMatchObject({ call_status: 'completed', call_notes: 'done' });
    expect(await queryAs(db, w.specialistA, `select * from public.list_member_call_requests($1, $2, p_limit => '2')`, [w.orgA, w.memberA])).toHaveLength(2);
    for (const u of [w.specialistB, w.memberA, w.closerA]) {
      expect(await queryAs(db, u, `select * from public.list_member_call_requests($1, $2)`, [w.orgA, w.memberA])).toEqual([]);
    }
    expect(await pgError(queryAs(db, w.specialistA, `select * from public.list_member_call_requests($1, 'x')`, [w.orgA]))).toMatchObject({ code: '22023', hint: 'field:member_id' });
  });
});
