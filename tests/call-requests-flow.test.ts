// Call now and the specialists' queue through supabase-js against the local stack: a fresh
// database (PGlite by default, a scratch database on the server of DATABASE_URL) with platform,
// migrations and the demo seed, on an ephemeral port. Invariants C1-C3 of docs/domain.md as a
// member and a specialist see them over HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Database as Db } from '@/types/database.types';
import { createScratchDatabase, type Database } from '../local-supabase/db.mjs';
import { startStack } from '../local-supabase/server.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';
import { CHAT_SESSION_STATUSES } from '@/domain/statuses';
import { getResolvedCalls } from '@/features/call-requests/api/get-resolved-calls';

type Client = SupabaseClient<Db>;

// The app's own read functions run here on a real client signed in to the local stack: the
// module `@/lib/supabase` answers with whichever signed-in client the test puts in `app.client`.
const app = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock('@/lib/supabase', () => ({
  get supabase() {
    return app.client;
  },
}));

let url = '';
let anonKey = '';
let db: Database;
let close: () => Promise<void> = async () => undefined;
let vitalisId = '';
let orbitId = '';

async function signIn(email: string): Promise<Client> {
  const client = createClient<Db>(url, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    // The test never subscribes; node 20 has no global WebSocket, so supabase-js gets ws. The cast
    // is on a constructor, not on data: ws's typings differ from WebSocketLikeConstructor.
    realtime: { transport: WebSocket as never },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return client;
}

async function userId(client: Client): Promise<string> {
  const { data } = await client.auth.getUser();
  if (!data.user) throw new Error('not signed in');
  return data.user.id;
}

function ok<T>(res: { data: T | null; error: unknown }): T {
  if (res.error) throw res.error;
  if (res.data === null) throw new Error('no data');
  return res.data;
}

type Json = Record<string, unknown>;
function obj(v: unknown): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`not an object: ${JSON.stringify(v)}`);
  return Object.fromEntries(Object.entries(v));
}

let member: Client;
let otherMember: Client;
let specialist: Client;
let specialist2: Client;
let otherOrgSpecialist: Client;

async function newChat(c: Client = member, pillar = 'psychological'): Promise<string> {
  const s = obj(ok(await c.rpc('start_chat_session', { p_organization_id: vitalisId, p_pillar: pillar })));
  return String(s.id);
}

async function callNow(sessionId: string, reason = 'Need to talk', c: Client = member): Promise<string> {
  const r = obj(ok(await c.rpc('request_phone_call', { p_chat_session_id: sessionId, p_reason: reason })));
  return String(obj(r.call_log).id);
}

async function queue(c: Client = specialist, orgId = vitalisId) {
  return ok(await c.rpc('list_call_queue', { p_organization_id: orgId, p_limit: '200' }));
}

async function logsOf(sessionId: string) {
  return (await db.query('select * from public.specialist_call_logs where chat_session_id = $1 order by created_at', [sessionId])).rows;
}
async function sessionRow(sessionId: string) {
  return (await db.query('select * from public.chat_sessions where id = $1', [sessionId])).rows[0];
}
const inFuture = (days = 2) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    const stack = await startStack({ port: 0, url: scratch.url });
    url = stack.url;
    anonKey = stack.anonKey;
    db = stack.db;
    close = async () => {
      await stack.close();
      await scratch.drop();
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-requests-flow-'));
    const stack = await startStack({ port: 0, dataDir });
    url = stack.url;
    anonKey = stack.anonKey;
    db = stack.db;
    close = async () => {
      await stack.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  vitalisId = String((await db.query("select id from public.organizations where name = 'Vitalis Bem-Estar'")).rows[0].id);
  orbitId = String((await db.query("select id from public.organizations where name = 'Orbit Academy'")).rows[0].id);
  // A specialist of another organization: Orbit's admin also gets the specialist role there.
  await db.query(
    "insert into public.memberships (organization_id, user_id, role) select $1, p.id, 'specialist' from public.profiles p where p.email = 'admin@orbit.demo' on conflict do nothing",
    [orbitId],
  );
  [member, otherMember, specialist, specialist2, otherOrgSpecialist] = await Promise.all([
    signIn('maria@vitalis.demo'),
    signIn('joao@vitalis.demo'),
    signIn('ana@vitalis.demo'),
    signIn('bruno@vitalis.demo'),
    signIn('admin@orbit.demo'),
  ]);
});

afterAll(async () => {
  await close();
});

describe('call requests through the local stack', () => {
  it('shows a member\'s call now in the Pending queue with the reason and the wait counted from the escalation', async () => {
    const s = await newChat();
    ok(await member.rpc('send_chat_message', { p_chat_session_id: s, p_content: 'Olá, preciso de ajuda' }));
    const logId = await callNow(s, 'Ansiedade no trabalho');
    const row = (await queue()).find((r) => r.call_log_id === logId);
    expect(row).toBeDefined();
    expect(row).toMatchObject({ chat_session_id: s, reason: 'Ansiedade no trabalho', session_status: 'phone_escalated', call_status: 'pending', attempts: 0 });
    const session = await sessionRow(s);
    expect(new Date(String(row?.requested_at)).getTime()).toBe(new Date(session.phone_escalated_at).getTime());
    expect(new Date(String(row?.requested_at)).getTime()).toBeGreaterThanOrEqual(new Date(session.created_at).getTime());
  });

  it.each(CHAT_SESSION_STATUSES)('lists a request made from a chat in status %s until it is completed (C1)', async (status) => {
    const s = await newChat();
    await db.query('update public.chat_sessions set status = $2 where id = $1', [s, status]);
    const logId = await callNow(s);
    expect((await queue()).some((r) => r.call_log_id === logId)).toBe(true);
    // Whatever the session's status becomes afterwards, an open request stays visible.
    for (const later of CHAT_SESSION_STATUSES) {
      await db.query('update public.chat_sessions set status = $2 where id = $1', [s, later]);
      expect((await queue()).some((r) => r.call_log_id === logId), `session ${later}`).toBe(true);
    }
    ok(await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'ok' }));
    expect((await queue()).some((r) => r.call_log_id === logId)).toBe(false);
  });

  it('keeps one open request when the member presses call now twice (C2)', async () => {
    const s = await newChat();
    const first = await callNow(s);
    const firstAt = (await sessionRow(s)).phone_escalated_at;
    const second = await callNow(s, 'again');
    expect(second).toBe(first);
    const logs = await logsOf(s);
    expect(logs).toHaveLength(1);
    expect(logs[0].call_status).toBe('pending');
    expect(new Date((await sessionRow(s)).phone_escalated_at).getTime()).toBe(new Date(firstAt).getTime());
    expect((await queue()).filter((r) => r.chat_session_id === s)).toHaveLength(1);
  });

  it('completes by closing the existing log: one row, completed, session resolved with ended_at, then in Resolved', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    ok(await specialist.rpc('claim_call_request', { p_call_log_id: logId }));
    const res = obj(ok(await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'Conversamos 20 minutos' })));
    expect(obj(res.call_log).id).toBe(logId);
    const logs = await logsOf(s);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id: logId, call_status: 'completed', outcome: 'resolved_by_phone', call_notes: 'Conversamos 20 minutos' });
    expect(logs[0].completed_at).not.toBeNull();
    const session = await sessionRow(s);
    expect(session).toMatchObject({ status: 'resolved', phone_contact_made: true });
    expect(session.ended_at).not.toBeNull();
    const resolved = ok(await specialist.rpc('list_resolved_calls', { p_organization_id: vitalisId, p_limit: '200' }));
    expect(resolved.find((r) => r.call_log_id === logId)).toMatchObject({ outcome: 'resolved_by_phone', call_notes: 'Conversamos 20 minutos', specialist_name: 'Ana Souza' });
    expect((await queue()).some((r) => r.call_log_id === logId)).toBe(false);
    // The Resolved tab's search, through the app's own read: the notes match, another word does not.
    app.client = specialist;
    const found = await getResolvedCalls(vitalisId, 0, '  20 MINUTOS ');
    expect(found.rows.map((r) => r.call_log_id)).toEqual([logId]);
    expect(found).toMatchObject({ total: 1, totalCapped: false });
    expect((await getResolvedCalls(vitalisId, 0, 'Conversamos 21')).rows).toEqual([]);
  });

  it('links the booking for session_booked and refuses a past or missing booking date with nothing changed', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    for (const p_booking_date of [undefined, new Date(Date.now() - 3_600_000).toISOString()]) {
      const { error } = await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'x', ...(p_booking_date ? { p_booking_date } : {}) });
      expect(error).toMatchObject({ code: '22023', hint: 'field:booking_date' });
    }
    expect((await logsOf(s))[0].call_status).toBe('pending');
    const when = inFuture(3);
    ok(await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'Sessão marcada', p_booking_date: when }));
    const logs = await logsOf(s);
    expect(logs).toHaveLength(1);
    const bookings = (await db.query('select * from public.bookings where chat_session_id = $1', [s])).rows;
    expect(bookings).toHaveLength(1);
    expect(logs[0]).toMatchObject({ booking_id: bookings[0].id, session_booked: true, outcome: 'session_booked' });
    expect(new Date(bookings[0].booking_date).getTime()).toBe(new Date(when).getTime());
    expect((await sessionRow(s)).status).toBe('resolved');
    const resolved = ok(await specialist.rpc('list_resolved_calls', { p_organization_id: vitalisId, p_limit: '200' }));
    expect(new Date(String(resolved.find((r) => r.call_log_id === logId)?.booking_date)).getTime()).toBe(new Date(when).getTime());
  });

  it('keeps the session phone_escalated for the escalated outcome', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    ok(await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'Precisa de psiquiatra' }));
    const session = await sessionRow(s);
    expect(session).toMatchObject({ status: 'phone_escalated', phone_contact_made: true });
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('keeps a missed call pending in the queue with the attempt counted', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    ok(await specialist.rpc('mark_call_missed', { p_call_log_id: logId }));
    ok(await specialist.rpc('mark_call_missed', { p_call_log_id: logId, p_notes: 'Caixa postal' }));
    const row = (await queue()).find((r) => r.call_log_id === logId);
    expect(row).toMatchObject({ call_status: 'pending', attempts: 2 });
    expect(row?.last_attempt_at).toBeTruthy();
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('keeps a scheduled follow-up in the queue with its time', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    const when = inFuture(1);
    ok(await specialist.rpc('schedule_call_follow_up', { p_call_log_id: logId, p_scheduled_for: when }));
    const row = (await queue()).find((r) => r.call_log_id === logId);
    expect(row?.call_status).toBe('scheduled');
    expect(new Date(String(row?.scheduled_for)).getTime()).toBe(new Date(when).getTime());
    // Call now again while a follow-up is scheduled: still one open request.
    expect(await callNow(s)).toBe(logId);
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('refuses notes missing or over 4000 characters and a second completion, with nothing changed', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    const empty = await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: '   ' });
    expect(empty.error).toMatchObject({ code: '22023', hint: 'field:notes' });
    const long = await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'x'.repeat(4001) });
    expect(long.error).toMatchObject({ code: '22023', hint: 'field:notes' });
    expect((await logsOf(s))[0].call_status).toBe('pending');
    ok(await specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'first' }));
    const again = await specialist2.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'escalated', p_notes: 'second' });
    expect(again.error).toMatchObject({ code: 'PT409', hint: 'already_completed' });
    const logs = await logsOf(s);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ outcome: 'resolved_by_phone', call_notes: 'first' });
  });

  it('shows who holds a claimed request and refuses the other specialist', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    ok(await specialist.rpc('claim_call_request', { p_call_log_id: logId }));
    expect((await queue(specialist2)).find((r) => r.call_log_id === logId)?.claimed_by_name).toBe('Ana Souza');
    const claim = await specialist2.rpc('claim_call_request', { p_call_log_id: logId });
    expect(claim.error).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
    expect(String(claim.error?.message)).toContain('Ana Souza');
    const complete = await specialist2.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'x' });
    expect(complete.error).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
    ok(await specialist.rpc('release_call_request', { p_call_log_id: logId }));
    expect((await queue(specialist2)).find((r) => r.call_log_id === logId)?.claimed_by).toBeNull();
    ok(await specialist2.rpc('claim_call_request', { p_call_log_id: logId }));
  });

  it('lets exactly one of two specialists completing at once succeed', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    const results = await Promise.all([
      specialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'by Ana', p_booking_date: inFuture() }),
      specialist2.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'session_booked', p_notes: 'by Bruno', p_booking_date: inFuture() }),
    ]);
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    const failed = results.filter((r) => r.error !== null);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.error).toMatchObject({ code: 'PT409', hint: 'already_completed' });
    expect(await logsOf(s)).toHaveLength(1);
    expect((await db.query('select count(*)::int as n from public.bookings where chat_session_id = $1', [s])).rows[0].n).toBe(1);
  });

  it('does not let a member see or escalate another member\'s chat', async () => {
    const s = await newChat(member);
    await callNow(s);
    const seen = ok(await otherMember.from('chat_sessions').select('id').eq('id', s));
    expect(seen).toHaveLength(0);
    const logs = ok(await otherMember.from('specialist_call_logs').select('id').eq('chat_session_id', s));
    expect(logs).toHaveLength(0);
    const msgs = ok(await otherMember.from('chat_messages').select('id').eq('chat_session_id', s));
    expect(msgs).toHaveLength(0);
    const escalate = await otherMember.rpc('request_phone_call', { p_chat_session_id: s });
    expect(escalate.error).toMatchObject({ code: 'PT404' });
    // Members do not read the queue either.
    expect(ok(await otherMember.rpc('list_call_queue', { p_organization_id: vitalisId }))).toHaveLength(0);
    expect(await logsOf(s)).toHaveLength(1);
  });

  it('shows a specialist of another organization nothing and refuses their writes', async () => {
    const s = await newChat();
    const logId = await callNow(s);
    expect(await queue(otherOrgSpecialist)).toHaveLength(0);
    expect(ok(await otherOrgSpecialist.rpc('list_resolved_calls', { p_organization_id: vitalisId }))).toHaveLength(0);
    expect(ok(await otherOrgSpecialist.from('chat_sessions').select('id').eq('organization_id', vitalisId))).toHaveLength(0);
    expect(ok(await otherOrgSpecialist.from('chat_messages').select('id').eq('organization_id', vitalisId))).toHaveLength(0);
    expect(ok(await otherOrgSpecialist.from('specialist_call_logs').select('id').eq('organization_id', vitalisId))).toHaveLength(0);
    const claim = await otherOrgSpecialist.rpc('claim_call_request', { p_call_log_id: logId });
    expect(claim.error).toMatchObject({ code: 'PT404' });
    const complete = await otherOrgSpecialist.rpc('complete_call_request', { p_call_log_id: logId, p_outcome: 'resolved_by_phone', p_notes: 'x' });
    expect(complete.error).toMatchObject({ code: 'PT404' });
    expect((await logsOf(s))[0].call_status).toBe('pending');
    // Their own organization's queue works for them (and is empty of Vitalis' requests).
    expect((await queue(otherOrgSpecialist, orbitId)).some((r) => r.chat_session_id === s)).toBe(false);
    expect(await userId(otherOrgSpecialist)).toBeTruthy();
  });

  it('shows the newest messages of a long chat, oldest first, to the specialist and to the member', async () => {
    const { getChatHistory } = await import('@/features/call-requests/api/get-chat-history');
    const { getChatMessages } = await import('@/features/member-chat/api/get-chat-messages');
    const s = await newChat();
    await db.query(
      `insert into public.chat_messages (organization_id, chat_session_id, role, content, created_at)
       select $1, $2, 'member', 'message ' || i, now() - interval '1 day' + i * interval '1 second' from generate_series(1, 502) i`,
      [vitalisId, s],
    );
    await callNow(s);
    app.client = specialist;
    const seen = await getChatHistory(vitalisId, s);
    app.client = member;
    const own = await getChatMessages(vitalisId, s);
    for (const list of [seen, own]) {
      expect(list).toHaveLength(500);
      expect(list[0]!.content).toBe('message 3');
      expect(list[499]!.content).toBe('message 502');
    }
  });
});
