// Call-request invariants C1-C3 (docs/domain.md) and the outcomes of completing a request, on
// real Postgres through the database functions, as the users who call them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { callNow, createCallsWorld, inFuture, queue, startChat, type CallsWorld } from './helpers/calls-fixture';
import {
  BOOKING_STATUSES,
  CALL_LOG_STATUSES,
  CALL_OUTCOMES,
  CHAT_MESSAGE_ROLES,
  CHAT_SESSION_STATUSES,
  PILLARS,
} from '../../src/domain/statuses';

let db: TestDb;
let w: CallsWorld;
beforeAll(async () => {
  db = await createTestDb();
  w = await createCallsWorld(db);
});
afterAll(async () => {
  await db?.close();
});

async function logsOf(sessionId: string): Promise<Row[]> {
  return (await db.query('select * from public.specialist_call_logs where chat_session_id = $1 order by created_at', [sessionId])).rows;
}
/** Milliseconds of a timestamp as the driver returns it (Date or ISO string). */
function ms(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  // node-postgres on a server returns text like '2026-11-23 08:51:39.82+00'.
  const t = String(v).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(t).getTime();
}
async function sessionRow(sessionId: string): Promise<Row> {
  return (await db.query('select * from public.chat_sessions where id = $1', [sessionId])).rows[0]!;
}

describe('C1: every request a member made is in the queue until it is completed', () => {
  // Statuses other than phone_escalated are reached outside the member's functions (the
  // assistant ends a chat, a job abandons it, an earlier request was resolved), so set them as the owner.
  for (const status of CHAT_SESSION_STATUSES) {
    it(`C1 lists a call now made from a chat in status ${status}`, async () => {
      const s = await startChat(db, w.memberA, w.orgA);
      await db.query('update public.chat_sessions set status = $2 where id = $1', [s, status]);
      const logId = await callNow(db, w.memberA, s);
      const row = (await queue(db, w.specialistA, w.orgA)).find((r) => r.call_log_id === logId);
      expect(row).toMatchObject({ chat_session_id: s, session_status: 'phone_escalated', call_status: 'pending', member_name: 'Maria Member' });
    });
  }

  it('C1 keeps a request listed whatever the session status becomes while it is open', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    for (const status of CHAT_SESSION_STATUSES) {
      await db.query('update public.chat_sessions set status = $2 where id = $1', [s, status]);
      const ids = (await queue(db, w.specialistA, w.orgA)).map((r) => r.call_log_id);
      expect(ids, status).toContain(logId);
    }
  });

  it('C1 keeps a missed call and a scheduled follow-up in the queue; only completion removes it', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const missed = (await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: logId, p_notes: 'No answer' })) as Row;
    expect(missed).toMatchObject({ call_status: 'pending', attempts: 1 });
    expect(missed.last_attempt_at).toBeTruthy();
    let row = (await queue(db, w.specialistA, w.orgA)).find((r) => r.call_log_id === logId);
    expect(row).toMatchObject({ attempts: 1, call_status: 'pending' });

    const when = inFuture(1);
    await rpcAs(db, w.specialistA, 'schedule_call_follow_up', { p_call_log_id: logId, p_scheduled_for: when });
    row = (await queue(db, w.specialistA, w.orgA)).find((r) => r.call_log_id === logId);
    expect(row?.call_status).toBe('scheduled');
    expect(ms(row?.scheduled_for)).toBe(Date.parse(when));

    await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'Talked it through' });
    expect((await queue(db, w.specialistA, w.orgA)).map((r) => r.call_log_id)).not.toContain(logId);
    const resolved = await queryAs(db, w.specialistA, 'select * from public.list_resolved_calls($1)', [w.orgA]);
    expect(resolved.find((r) => r.call_log_id === logId)).toMatchObject({ outcome: 'resolved_by_phone', specialist_name: 'Sofia Specialist' });
  });

  it('lists the queue oldest request first and pages it with a total count', async () => {
    const all = await queue(db, w.specialistA, w.orgA);
    const times = all.map((r) => ms(r.requested_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const page = await queryAs(db, w.specialistA, `select * from public.list_call_queue($1, p_limit => '2', p_offset => '1')`, [w.orgA]);
    expect(page).toHaveLength(2);
    expect(page.map((r) => r.call_log_id)).toEqual(all.slice(1, 3).map((r) => r.call_log_id));
    expect(Number(page[0]!.total_count)).toBe(all.length);
  });

  it('counts the wait from the escalation and keeps it on a repeated call now', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    await db.query("update public.chat_sessions set created_at = now() - interval '2 days' where id = $1", [s]);
    await callNow(db, w.memberA, s);
    const first = await sessionRow(s);
    expect(ms(first.phone_escalated_at)).toBeGreaterThan(Date.now() - 60_000);
    await callNow(db, w.memberA, s, 'again');
    expect(ms((await sessionRow(s)).phone_escalated_at)).toBe(ms(first.phone_escalated_at));
  });
});

describe('C2: at most one open call log per chat session', () => {
  it('C2 a double call now leaves one open log and returns it both times', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const a = await callNow(db, w.memberA, s);
    const b = await callNow(db, w.memberA, s);
    expect(b).toBe(a);
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('C2 refuses a direct insert of a second open log (unique index)', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    await callNow(db, w.memberA, s);
    const e = await pgError(
      db.query(
        "insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, call_status) values ($1, $2, $3, 'scheduled')",
        [w.orgA, s, w.memberA],
      ),
    );
    expect(e.code).toBe('23505');
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('C2 completion updates the same row: the session still has one log', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const r = (await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'Needs a psychologist' })) as { call_log: Row };
    expect(r.call_log.id).toBe(logId);
    const logs = await logsOf(s);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id: logId, call_status: 'completed', outcome: 'escalated' });
  });

  it('C2 a new call now after completion opens a new request (one open, one completed)', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const first = await callNow(db, w.memberA, s);
    await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: first, p_outcome: 'escalated', p_notes: 'Follow up later' });
    const second = await callNow(db, w.memberA, s);
    expect(second).not.toBe(first);
    const logs = await logsOf(s);
    expect(logs.map((l) => l.call_status).sort()).toEqual(['completed', 'pending']);
  });
});

describe('C3: every value the app writes is accepted by the database and no other', () => {
  it('C3 accepts every chat status and pillar and refuses unknown ones', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    for (const status of CHAT_SESSION_STATUSES) await db.query('update public.chat_sessions set status = $2 where id = $1', [s, status]);
    for (const pillar of PILLARS) await db.query('update public.chat_sessions set pillar = $2 where id = $1', [s, pillar]);
    expect((await pgError(db.query("update public.chat_sessions set status = 'escalated' where id = $1", [s]))).code).toBe('23514');
    expect((await pgError(db.query("update public.chat_sessions set pillar = 'spiritual' where id = $1", [s]))).code).toBe('23514');
  });

  it('C3 accepts every pillar through start_chat_session and refuses an unknown one with field:pillar', async () => {
    for (const pillar of PILLARS) {
      const s = (await rpcAs(db, w.memberA, 'start_chat_session', { p_organization_id: w.orgA, p_pillar: pillar })) as Row;
      expect(s.pillar).toBe(pillar);
    }
    const e = await pgError(rpcAs(db, w.memberA, 'start_chat_session', { p_organization_id: w.orgA, p_pillar: 'Psicológico' }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:pillar' });
  });

  it('C3 accepts every call log status and outcome and refuses unknown ones', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    for (const st of CALL_LOG_STATUSES) {
      await db.query(
        "update public.specialist_call_logs set call_status = $2, outcome = 'escalated', completed_at = case when $2 = 'completed' then now() end where id = $1",
        [logId, st],
      );
    }
    for (const o of CALL_OUTCOMES) await db.query('update public.specialist_call_logs set outcome = $2 where id = $1', [logId, o]);
    expect((await pgError(db.query("update public.specialist_call_logs set call_status = 'done' where id = $1", [logId]))).code).toBe('23514');
    expect((await pgError(db.query("update public.specialist_call_logs set outcome = 'resolved' where id = $1", [logId]))).code).toBe('23514');
  });

  it('C3 accepts every outcome through complete_call_request and refuses an unknown one with field:outcome', async () => {
    for (const outcome of CALL_OUTCOMES) {
      const s = await startChat(db, w.memberA, w.orgA);
      const logId = await callNow(db, w.memberA, s);
      const r = (await rpcAs(db, w.specialistA, 'complete_call_request', {
        p_call_log_id: logId,
        p_outcome: outcome,
        p_notes: 'ok',
        p_booking_date: outcome === 'session_booked' ? inFuture() : null,
      })) as { call_log: Row };
      expect(r.call_log.outcome).toBe(outcome);
    }
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const e = await pgError(rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved', p_notes: 'x' }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:outcome' });
  });

  it('C3 accepts every booking status and message role and refuses unknown ones', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const b = await db.query(
      'insert into public.bookings (organization_id, chat_session_id, user_id, booking_date) values ($1, $2, $3, now()) returning id',
      [w.orgA, s, w.memberA],
    );
    const bookingId = b.rows[0]!.id;
    for (const st of BOOKING_STATUSES) await db.query('update public.bookings set status = $2 where id = $1', [bookingId, st]);
    expect((await pgError(db.query("update public.bookings set status = 'canceled' where id = $1", [bookingId]))).code).toBe('23514');
    for (const role of CHAT_MESSAGE_ROLES) {
      await db.query("insert into public.chat_messages (organization_id, chat_session_id, role, content) values ($1, $2, $3, 'hi')", [w.orgA, s, role]);
    }
    const e = await pgError(db.query("insert into public.chat_messages (organization_id, chat_session_id, role, content) values ($1, $2, 'user', 'hi')", [w.orgA, s]));
    expect(e.code).toBe('23514');
  });
});

describe('completing a call request', () => {
  it('resolved_by_phone resolves the session with ended_at and marks phone contact made', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const r = (await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'Resolved' })) as Record<string, Row | null>;
    expect(r.session).toMatchObject({ status: 'resolved', phone_contact_made: true });
    expect(r.session!.ended_at).toBeTruthy();
    expect(r.booking).toBeNull();
    expect(r.call_log).toMatchObject({ call_status: 'completed', specialist_id: w.specialistA, call_notes: 'Resolved', session_booked: false });
    expect(r.call_log!.completed_at).toBeTruthy();
  });

  it('session_booked creates the booking, links it from the log and the session', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const when = inFuture(3);
    const r = (await rpcAs(db, w.specialistA, 'complete_call_request', {
      p_call_log_id: logId,
      p_outcome: 'session_booked',
      p_notes: 'Booked a session',
      p_booking_date: when,
    })) as Record<string, Row>;
    expect(r.booking).toMatchObject({ chat_session_id: s, user_id: w.memberA, specialist_id: w.specialistA, status: 'scheduled', organization_id: w.orgA });
    expect(r.call_log).toMatchObject({ booking_id: r.booking!.id, session_booked: true });
    expect(r.session).toMatchObject({ status: 'resolved', session_booked_by_specialist: w.specialistA, phone_contact_made: true });
    const b = (await db.query('select booking_date from public.bookings where id = $1', [r.booking!.id])).rows[0]!;
    expect(ms(b.booking_date)).toBe(Date.parse(when));
    const resolved = await queryAs(db, w.adminA, 'select * from public.list_resolved_calls($1)', [w.orgA]);
    expect(resolved.find((x) => x.call_log_id === logId)).toMatchObject({ booking_id: r.booking!.id });
  });

  it('session_booked needs a future booking date and notes', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const base = { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'Booked' };
    expect(await pgError(rpcAs(db, w.specialistA, 'complete_call_request', base))).toMatchObject({ code: '22023', hint: 'field:booking_date' });
    expect(await pgError(rpcAs(db, w.specialistA, 'complete_call_request', { ...base, p_booking_date: inFuture(-1) }))).toMatchObject({
      code: '22023',
      hint: 'field:booking_date',
    });
    expect(await pgError(rpcAs(db, w.specialistA, 'complete_call_request', { ...base, p_notes: '   ', p_booking_date: inFuture() }))).toMatchObject({
      code: '22023',
      hint: 'field:notes',
    });
    expect((await logsOf(s))[0]).toMatchObject({ call_status: 'pending', booking_id: null });
    expect(Number((await db.query('select count(*) as n from public.bookings where chat_session_id = $1', [s])).rows[0]!.n)).toBe(0);
  });

  it('escalated keeps the session phone_escalated without ended_at', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const r = (await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'Escalated' })) as Record<string, Row>;
    expect(r.session).toMatchObject({ status: 'phone_escalated', ended_at: null, phone_contact_made: true });
  });

  it('a missed call keeps the request pending with attempts + 1', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: logId });
    const r = (await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: logId, p_notes: 'Voicemail' })) as Row;
    expect(r).toMatchObject({ call_status: 'pending', attempts: 2, call_notes: 'Voicemail' });
    expect((await sessionRow(s)).status).toBe('phone_escalated');
  });

  it('refuses a follow-up in the past', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const e = await pgError(rpcAs(db, w.specialistA, 'schedule_call_follow_up', { p_call_log_id: logId, p_scheduled_for: inFuture(-1) }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:scheduled_for' });
  });

  it('refuses completing twice with PT409 already_completed and changes nothing', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'First' });
    const logBefore = (await logsOf(s))[0];
    const sessionBefore = await sessionRow(s);
    const e = await pgError(
      rpcAs(db, w.specialistA2, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'Second', p_booking_date: inFuture() }),
    );
    expect(e).toMatchObject({ code: 'PT409', hint: 'already_completed' });
    expect(e.message).toContain('Sofia Specialist');
    expect((await logsOf(s))).toEqual([logBefore]);
    expect(await sessionRow(s)).toEqual(sessionBefore);
    expect(Number((await db.query('select count(*) as n from public.bookings where chat_session_id = $1', [s])).rows[0]!.n)).toBe(0);
    expect(await pgError(rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: logId }))).toMatchObject({ code: 'PT409' });
    expect(await pgError(rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId }))).toMatchObject({ code: 'PT409' });
  });

  it('refuses notes over 4000 characters with field:notes', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const e = await pgError(rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'x'.repeat(4001) }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:notes' });
    await expect(rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'x'.repeat(4000) })).resolves.toBeTruthy();
  });

  it('lists resolved calls newest first, paged with a total count', async () => {
    const all = await queryAs(db, w.specialistA, `select * from public.list_resolved_calls($1, p_limit => '200')`, [w.orgA]);
    expect(all.length).toBeGreaterThan(3);
    const times = all.map((r) => ms(r.completed_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page = await queryAs(db, w.specialistA, `select * from public.list_resolved_calls($1, p_limit => '2', p_offset => '1')`, [w.orgA]);
    expect(page.map((r) => r.call_log_id)).toEqual(all.slice(1, 3).map((r) => r.call_log_id));
    expect(Number(page[0]!.total_count)).toBe(all.length);
    expect(page[0]).toMatchObject({ member_name: 'Maria Member', pillar: 'psychological' });
  });
});

describe('claiming a call request', () => {
  it('refuses a claim by another specialist within 15 minutes, naming the holder', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const c = (await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId })) as Row;
    expect(c).toMatchObject({ claimed_by: w.specialistA });
    const again = (await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId })) as Row;
    expect(again.claimed_at).toBe(c.claimed_at);

    const e = await pgError(rpcAs(db, w.specialistA2, 'claim_call_request', { p_call_log_id: logId }));
    expect(e).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
    expect(e.message).toContain('Sofia Specialist');
    const done = await pgError(rpcAs(db, w.specialistA2, 'complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'x' }));
    expect(done).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
    expect((await queue(db, w.specialistA2, w.orgA)).find((r) => r.call_log_id === logId)).toMatchObject({ claimed_by_name: 'Sofia Specialist' });
  });

  it('lets another specialist take over a claim older than 15 minutes or after release', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId });
    expect(await pgError(rpcAs(db, w.specialistA2, 'release_call_request', { p_call_log_id: logId }))).toMatchObject({ hint: 'claimed_by_other' });
    const released = (await rpcAs(db, w.specialistA, 'release_call_request', { p_call_log_id: logId })) as Row;
    expect(released.claimed_by).toBeNull();
    await rpcAs(db, w.specialistA2, 'claim_call_request', { p_call_log_id: logId });
    await db.query("update public.specialist_call_logs set claimed_at = now() - interval '16 minutes' where id = $1", [logId]);
    const taken = (await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId })) as Row;
    expect(taken.claimed_by).toBe(w.specialistA);
  });
});

describe('renewing a claim', () => {
  it('reopening your own expired claim renews it, so nobody can take the request over mid-call', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId });
    await db.query("update public.specialist_call_logs set claimed_at = now() - interval '16 minutes' where id = $1", [logId]);
    const renewed = (await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: logId })) as Row;
    expect(renewed.claimed_by).toBe(w.specialistA);
    expect(Date.now() - new Date(String(renewed.claimed_at)).getTime()).toBeLessThan(60_000);
    expect(await pgError(rpcAs(db, w.specialistA2, 'claim_call_request', { p_call_log_id: logId }))).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
  });
});

describe('chat functions', () => {
  it('sends a message to the member\'s own chat and refuses an empty or foreign one', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const m = (await rpcAs(db, w.memberA, 'send_chat_message', { p_chat_session_id: s, p_content: ' Hello ' })) as Row;
    expect(m).toMatchObject({ content: 'Hello', role: 'member', sender_id: w.memberA, chat_session_id: s });
    expect(await pgError(rpcAs(db, w.memberA, 'send_chat_message', { p_chat_session_id: s, p_content: '  ' }))).toMatchObject({ code: '22023', hint: 'field:content' });
    expect(await pgError(rpcAs(db, w.memberA2, 'send_chat_message', { p_chat_session_id: s, p_content: 'hi' }))).toMatchObject({ code: 'PT404', hint: 'not_found' });
  });

  it('starts a chat only for a member of that organization, with the member\'s company', async () => {
    const s = (await rpcAs(db, w.memberA, 'start_chat_session', { p_organization_id: w.orgA, p_pillar: 'legal', p_title: 'Contract' })) as Row;
    expect(s).toMatchObject({ status: 'active', company_id: w.companyA, user_id: w.memberA, title: 'Contract' });
    expect(await pgError(rpcAs(db, w.memberA, 'start_chat_session', { p_organization_id: w.orgB, p_pillar: 'legal' }))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    expect(await pgError(rpcAs(db, w.specialistA, 'start_chat_session', { p_organization_id: w.orgA, p_pillar: 'legal' }))).toMatchObject({ code: 'PT403' });
  });

  it('keeps updated_at current on chat sessions and call logs', async () => {
    const s = await startChat(db, w.memberA, w.orgA);
    const logId = await callNow(db, w.memberA, s);
    const logBefore = ms((await logsOf(s))[0]!.updated_at);
    const sessionBefore = ms((await sessionRow(s)).updated_at);
    await new Promise((r) => setTimeout(r, 20));
    await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: logId });
    await rpcAs(db, w.memberA, 'send_chat_message', { p_chat_session_id: s, p_content: 'still here' });
    expect(ms((await logsOf(s))[0]!.updated_at)).toBeGreaterThan(logBefore);
    expect(ms((await sessionRow(s)).updated_at)).toBeGreaterThan(sessionBefore);
  });
});
