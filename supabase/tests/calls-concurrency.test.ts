// Concurrency of the call-request functions: real parallel transactions, so only on a Postgres
// server (PGlite runs one connection). Run with DATABASE_URL set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestDb, createUser, onServer, rpcAs, type Row, type TestDb } from './helpers/db';
import { callNow, createCallsWorld, inFuture, startChat, type CallsWorld } from './helpers/calls-fixture';

let db: TestDb;
let w: CallsWorld;
const specialists: string[] = [];

describe.skipIf(!onServer)('concurrent call-request functions (server only)', () => {
  beforeAll(async () => {
    db = await createTestDb({ max: 25 });
    w = await createCallsWorld(db);
    for (let i = 0; i < 10; i++) {
      const id = await createUser(db, `Parallel Specialist ${i}`);
      await addMember(db, w.orgA, id, 'specialist');
      specialists.push(id);
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  async function completeAtOnce(users: string[]) {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const results = await Promise.allSettled(
      users.map((u) =>
        rpcAs(db, u, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: `by ${u}`, p_booking_date: inFuture() }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const logs = (await db.query('select * from public.specialist_call_logs where chat_session_id = $1', [s])).rows;
    const bookings = (await db.query('select * from public.bookings where chat_session_id = $1', [s])).rows;
    return { ok, failed, logs, bookings };
  }

  it('lets exactly one of two specialists completing the same request at once succeed', async () => {
    const { ok, failed, logs, bookings } = await completeAtOnce(specialists.slice(0, 2));
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => (f.reason as { code?: string; hint?: string }).hint)).toEqual(['already_completed']);
    expect(failed.map((f) => (f.reason as { code?: string }).code)).toEqual(['PT409']);
    expect(logs).toHaveLength(1);
    expect(bookings).toHaveLength(1);
    expect(logs[0]).toMatchObject({ call_status: 'completed', booking_id: bookings[0]!.id });
  });

  it('lets exactly one of ten specialists completing the same request at once succeed', async () => {
    const { ok, failed, logs, bookings } = await completeAtOnce(specialists);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(9);
    for (const f of failed) expect(f.reason).toMatchObject({ code: 'PT409', hint: 'already_completed' });
    expect(logs).toHaveLength(1);
    expect(bookings).toHaveLength(1);
    const winner = (ok[0] as PromiseFulfilledResult<unknown>).value as { call_log: Row };
    expect(logs[0]!.specialist_id).toBe(winner.call_log.specialist_id);
  });

  it('keeps one open log when a member presses call now 20 times at once', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const ids = await Promise.all(Array.from({ length: 20 }, () => callNow(db, w.memberA, s)));
    expect(new Set(ids).size).toBe(1);
    const logs = (await db.query('select * from public.specialist_call_logs where chat_session_id = $1', [s])).rows;
    expect(logs).toHaveLength(1);
    expect(logs[0]!.call_status).toBe('pending');
  });

  it('keeps one open log when call now races a completion and a missed call', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    await Promise.allSettled([
      rpcAs(db, specialists[0]!, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'race' }),
      rpcAs(db, specialists[1]!, 'mark_call_missed', { p_call_log_id: logId }),
      ...Array.from({ length: 5 }, () => callNow(db, w.memberA, s)),
    ]);
    const open = (await db.query("select * from public.specialist_call_logs where chat_session_id = $1 and call_status in ('pending', 'scheduled')", [s])).rows;
    expect(open.length).toBeLessThanOrEqual(1);
    const completed = (await db.query("select * from public.specialist_call_logs where chat_session_id = $1 and call_status = 'completed'", [s])).rows;
    expect(completed.map((l) => l.id)).toEqual([logId]);
  });
});
