// Row-level security of the call-request tables (and the tenancy tables they rely on), per role:
// what each person can read, that nobody writes directly, and that the functions refuse
// cross-tenant and other people's requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { callNow, createCallsWorld, inFuture, queue, startChat, type CallsWorld } from './helpers/calls-fixture';

let db: TestDb;
let w: CallsWorld;
// Per organization: the rows each table holds, created through the functions.
const rows: Record<string, { a: string[]; a2: string[]; b: string[] }> = {};
let logA2 = '';
let logB = '';
let sessionA2 = '';

async function messageOf(member: string, session: string): Promise<string> {
  const m = (await rpcAs(db, member, 'send_chat_message', { p_chat_session_id: session, p_content: 'hello' })) as Row;
  return String(m.id);
}

beforeAll(async () => {
  db = await createTestDb();
  w = await createCallsWorld(db);
  // Org A: memberA has a booked (completed) request; memberA2 has an open one. Org B: memberB, booked.
  const sA = await startChat(db, w.memberA, w.orgA);
  sessionA2 = await startChat(db, w.memberA2, w.orgA);
  const sB = await startChat(db, w.memberB, w.orgB);
  const mA = await messageOf(w.memberA, sA);
  const mA2 = await messageOf(w.memberA2, sessionA2);
  const mB = await messageOf(w.memberB, sB);
  const logA = await callNow(db, w.memberA, sA);
  logA2 = await callNow(db, w.memberA2, sessionA2);
  logB = await callNow(db, w.memberB, sB);
  const doneA = (await rpcAs(db, w.specialistA, 'complete_call_request', {
    p_call_log_id: logA,
    p_outcome: 'session_booked',
    p_notes: 'Booked',
    p_booking_date: inFuture(),
  })) as { booking: Row };
  const doneB = (await rpcAs(db, w.specialistB, 'complete_call_request', {
    p_call_log_id: logB,
    p_outcome: 'session_booked',
    p_notes: 'Booked',
    p_booking_date: inFuture(),
  })) as { booking: Row };
  await callNow(db, w.memberB, sB); // a new open request in org B
  rows.chat_sessions = { a: [sA], a2: [sessionA2], b: [sB] };
  rows.chat_messages = { a: [mA], a2: [mA2], b: [mB] };
  rows.specialist_call_logs = { a: [logA], a2: [logA2], b: (await db.query('select id from public.specialist_call_logs where chat_session_id = $1', [sB])).rows.map((r) => String(r.id)) };
  rows.bookings = { a: [String(doneA.booking.id)], a2: [], b: [String(doneB.booking.id)] };
});
afterAll(async () => {
  await db?.close();
});

async function visible(user: string | null, table: string): Promise<string[]> {
  return (await queryAs(db, user, `select id from public.${table}`)).map((r) => String(r.id));
}

const CHAT_TABLES = ['chat_sessions', 'chat_messages', 'bookings', 'specialist_call_logs'] as const;
const ALL_TABLES = ['organizations', 'profiles', 'memberships', 'companies', ...CHAT_TABLES] as const;

describe('reading the call-request tables, per role', () => {
  it('refuses anon every table (42501)', async () => {
    for (const t of ALL_TABLES) {
      expect((await pgError(visible(null, t))).code, t).toBe('42501');
    }
  });

  for (const t of CHAT_TABLES) {
    it(`lets a member read only their own ${t}, not another member's`, async () => {
      const seen = await visible(w.memberA, t);
      expect(seen.sort()).toEqual([...rows[t]!.a].sort());
      const seen2 = await visible(w.memberA2, t);
      expect(seen2.sort()).toEqual([...rows[t]!.a2].sort());
    });

    it(`lets a member of another organization read none of org A's ${t}`, async () => {
      const seen = await visible(w.memberB, t);
      for (const id of [...rows[t]!.a, ...rows[t]!.a2]) expect(seen).not.toContain(id);
      expect(seen.sort()).toEqual([...rows[t]!.b].sort());
    });

    it(`lets a specialist and an admin read all of their organization's ${t} and none of another's`, async () => {
      for (const user of [w.specialistA, w.adminA]) {
        const seen = (await visible(user, t)).sort();
        expect(seen).toEqual([...rows[t]!.a, ...rows[t]!.a2].sort());
      }
      const seenB = (await visible(w.specialistB, t)).sort();
      expect(seenB).toEqual([...rows[t]!.b].sort());
    });

    it(`lets a closer read nothing of ${t}`, async () => {
      expect(await visible(w.closerA, t)).toEqual([]);
    });
  }

  it('shows organizations, companies and memberships only of the caller\'s organizations', async () => {
    for (const user of [w.memberA, w.specialistA, w.adminA, w.closerA]) {
      expect(await visible(user, 'organizations')).toEqual([w.orgA]);
      expect(await visible(user, 'companies')).toEqual([w.companyA]);
    }
    expect(await visible(w.memberB, 'organizations')).toEqual([w.orgB]);
    expect(await visible(w.specialistB, 'companies')).toEqual([w.companyB]);
    const mine = await queryAs(db, w.memberA, 'select user_id from public.memberships');
    expect(mine.map((r) => r.user_id)).toEqual([w.memberA]);
    const staff = await queryAs(db, w.specialistA, 'select distinct organization_id from public.memberships');
    expect(staff.map((r) => r.organization_id)).toEqual([w.orgA]);
    const staffCount = await queryAs(db, w.specialistA, 'select count(*)::int as n from public.memberships');
    expect(staffCount[0]!.n).toBe(6);
  });

  it('shows a member only their own profile and staff their colleagues, never another organization\'s', async () => {
    expect(await visible(w.memberA, 'profiles')).toEqual([w.memberA]);
    const spec = await visible(w.specialistA, 'profiles');
    expect(spec).toEqual(expect.arrayContaining([w.memberA, w.memberA2, w.adminA, w.closerA, w.specialistA2]));
    expect(spec).not.toContain(w.memberB);
    expect(spec).not.toContain(w.specialistB);
  });
});

describe('direct writes by authenticated users are refused (42501)', () => {
  for (const t of ALL_TABLES) {
    it(`refuses insert, update and delete on ${t}`, async () => {
      for (const user of [w.memberA, w.specialistA, w.adminA]) {
        const ins = await pgError(queryAs(db, user, `insert into public.${t} default values`));
        expect(ins.code, `${t} insert`).toBe('42501');
        const upd = await pgError(queryAs(db, user, `update public.${t} set id = id`));
        expect(upd.code, `${t} update`).toBe('42501');
        const del = await pgError(queryAs(db, user, `delete from public.${t}`));
        expect(del.code, `${t} delete`).toBe('42501');
      }
    });
  }

  it('refuses a member inserting a call log or changing a chat status directly', async () => {
    const e = await pgError(
      queryAs(db, w.memberA, "insert into public.specialist_call_logs (organization_id, chat_session_id, user_id) values ($1, $2, $3)", [
        w.orgA,
        rows.chat_sessions!.a[0],
        w.memberA,
      ]),
    );
    expect(e.code).toBe('42501');
    const u = await pgError(queryAs(db, w.memberA, "update public.chat_sessions set status = 'resolved' where id = $1", [rows.chat_sessions!.a[0]]));
    expect(u.code).toBe('42501');
  });
});

describe('the functions refuse cross-tenant and other people\'s requests', () => {
  it('refuses a specialist of another organization claiming, completing, missing or scheduling (PT404), changing nothing', async () => {
    const before = (await db.query('select * from public.specialist_call_logs where id = $1', [logA2])).rows[0];
    for (const [fn, args] of [
      ['claim_call_request', {}],
      ['release_call_request', {}],
      ['complete_call_request', { p_outcome: 'resolved_by_phone', p_notes: 'x' }],
      ['mark_call_missed', {}],
      ['schedule_call_follow_up', { p_scheduled_for: inFuture() }],
    ] as const) {
      const e = await pgError(rpcAs(db, w.specialistB, fn, { p_call_log_id: logA2, ...args }));
      expect(e, fn).toMatchObject({ code: 'PT404', hint: 'not_found' });
    }
    expect((await db.query('select * from public.specialist_call_logs where id = $1', [logA2])).rows[0]).toEqual(before);
  });

  it('refuses members and closers of the organization working a request (PT403)', async () => {
    for (const user of [w.memberA2, w.memberA, w.closerA]) {
      expect(await pgError(rpcAs(db, user, 'claim_call_request', { p_call_log_id: logA2 })), user).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
      expect(
        await pgError(rpcAs(db, user, 'complete_call_request', { p_call_log_id: logA2, p_outcome: 'resolved_by_phone', p_notes: 'x' })),
      ).toMatchObject({ code: 'PT403' });
    }
  });

  it('lets an admin of the organization work a request', async () => {
    const r = (await rpcAs(db, w.adminA, 'claim_call_request', { p_call_log_id: logA2 })) as Row;
    expect(r.claimed_by).toBe(w.adminA);
    await rpcAs(db, w.adminA, 'release_call_request', { p_call_log_id: logA2 });
  });

  it('refuses a member escalating or writing in another member\'s chat (PT404)', async () => {
    const before = (await db.query('select * from public.chat_sessions where id = $1', [sessionA2])).rows[0];
    expect(await pgError(rpcAs(db, w.memberA, 'request_phone_call', { p_chat_session_id: sessionA2 }))).toMatchObject({ code: 'PT404', hint: 'not_found' });
    expect(await pgError(rpcAs(db, w.memberB, 'request_phone_call', { p_chat_session_id: sessionA2 }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.specialistA, 'request_phone_call', { p_chat_session_id: sessionA2 }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.memberA, 'send_chat_message', { p_chat_session_id: sessionA2, p_content: 'hi' }))).toMatchObject({ code: 'PT404' });
    expect((await db.query('select * from public.chat_sessions where id = $1', [sessionA2])).rows[0]).toEqual(before);
  });

  it('lists the queue and resolved calls only for the organization\'s specialists and admins', async () => {
    expect((await queue(db, w.specialistA, w.orgA)).map((r) => r.call_log_id)).toEqual([logA2]);
    expect((await queue(db, w.adminA, w.orgA)).map((r) => r.call_log_id)).toEqual([logA2]);
    for (const user of [w.specialistB, w.memberA, w.memberA2, w.closerA]) expect(await queue(db, user, w.orgA)).toEqual([]);
    expect(await queryAs(db, w.specialistB, 'select * from public.list_resolved_calls($1)', [w.orgA])).toEqual([]);
    expect(await queryAs(db, w.specialistA, 'select * from public.list_resolved_calls($1)', [w.orgA])).toHaveLength(1);
  });

  it('refuses anon every call-request function (42501)', async () => {
    for (const [fn, args] of [
      ['start_chat_session', { p_organization_id: w.orgA, p_pillar: 'legal' }],
      ['request_phone_call', { p_chat_session_id: sessionA2 }],
      ['claim_call_request', { p_call_log_id: logA2 }],
      ['complete_call_request', { p_call_log_id: logA2, p_outcome: 'escalated', p_notes: 'x' }],
    ] as const) {
      expect((await pgError(rpcAs(db, null, fn, args))).code, fn).toBe('42501');
    }
    expect((await pgError(queryAs(db, null, 'select * from public.list_call_queue($1)', [w.orgA]))).code).toBe('42501');
  });
});
