// The call desk's lists and counts cost a page, not the history (issue 16): counts are capped
// ("1,000+") with a flag, the queue pages open requests in request-time order, the Resolved tab
// searches member, company, specialist and notes literally, and another organization's rows never
// show or count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, type Row, type TestDb } from './helpers/db';
import { createCallsWorld, type CallsWorld } from './helpers/calls-fixture';

let db: TestDb;
let w: CallsWorld;
type J = Record<string, unknown>;
/** Counts come as numbers on PGlite and as text (bigint) from a server. */
const num = (r: Row) => ({ ...r, total_count: Number(r.total_count) });

/** n call logs of one member in `org`, set-based: one chat each, created a minute apart from `start`. */
async function bulk(org: string, member: string, company: string, n: number, status: 'pending' | 'completed', opts: { start: string; notes?: string; pillar?: string } = { start: '2026-01-01T00:00:00Z' }) {
  await db.query(
    `with s as (
       insert into public.chat_sessions (organization_id, user_id, company_id, pillar, status, phone_escalated_at, created_at)
       select $1, $2, $3, $7, case when $5 = 'pending' then 'phone_escalated' else 'resolved' end,
              $6::timestamptz + make_interval(mins => i), $6::timestamptz + make_interval(mins => i)
       from generate_series(1, $4::int) i
       returning id, created_at)
     insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, outcome, call_notes, created_at, completed_at)
     select $1, s.id, $2, case when $5 = 'completed' then $9::uuid end, $5, case when $5 = 'completed' then 'resolved_by_phone' end,
            case when $5 = 'completed' then coalesce($8, 'routine') end, s.created_at,
            case when $5 = 'completed' then s.created_at + interval '5 minutes' end
     from s`,
    [org, member, company, n, status, opts.start, opts.pillar ?? 'psychological', opts.notes ?? null, status === 'completed' ? w.specialistA : null],
  );
}

beforeAll(async () => {
  db = await createTestDb();
  w = await createCallsWorld(db);
  // Organization A: 1,005 completed, 3 open. Organization B (same tables): a backlog of 1,200 open.
  await bulk(w.orgA, w.memberA, w.companyA, 1_000, 'completed', { start: '2026-01-01T00:00:00Z' });
  await bulk(w.orgA, w.memberA2, w.companyA, 5, 'completed', { start: '2026-03-01T00:00:00Z', notes: 'Discussed 50%_off plan' });
  await bulk(w.orgA, w.memberA2, w.companyA, 3, 'pending', { start: '2026-04-01T00:00:00Z', pillar: 'legal' });
  await bulk(w.orgB, w.memberB, w.companyB, 1_200, 'pending', { start: '2026-01-01T00:00:00Z' });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const counts = async (user: string, org: string) => (await queryAs(db, user, `select public.call_request_counts($1) as c`, [org]))[0]!.c as J;
const resolved = (user: string, args: string, params: unknown[]) => queryAs(db, user, `select * from public.list_resolved_calls(${args})`, params);

describe('tab counts', () => {
  it('caps the resolved count at 1,000 with a flag; open requests exact; only the organization’s', async () => {
    expect(await counts(w.specialistA, w.orgA)).toMatchObject({ pending: 3, resolved: 1000, resolved_capped: true });
    expect(await counts(w.specialistB, w.orgB)).toMatchObject({ pending: 1200, resolved: 0, resolved_capped: false });
  });
});

describe('list_resolved_calls', () => {
  it('pages newest first with a count capped at offset + 1,000', async () => {
    const first = await resolved(w.specialistA, `$1, '25'`, [w.orgA]);
    expect(first).toHaveLength(25);
    expect(num(first[0]!)).toMatchObject({ total_count: 1000, total_capped: true, call_notes: 'Discussed 50%_off plan', member_name: 'Joao Member' });
    const times = first.map((r) => new Date(String(r.completed_at)).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // From offset 100 the count reaches the end: exact again.
    const deep = await resolved(w.specialistA, `$1, '25', '100'`, [w.orgA]);
    expect(num(deep[0]!)).toMatchObject({ total_count: 1005, total_capped: false });
    const last = await resolved(w.specialistA, `$1, '25', '1000'`, [w.orgA]);
    expect(last).toHaveLength(5);
  });

  it('searches member, company and specialist names and the notes, literally and case-insensitively', async () => {
    const byMember = await resolved(w.specialistA, `$1, '200', p_search => $2`, [w.orgA, 'joao']);
    expect(byMember).toHaveLength(5);
    expect(num(byMember[0]!)).toMatchObject({ total_count: 5, total_capped: false });
    expect(await resolved(w.specialistA, `$1, '200', p_search => $2`, [w.orgA, '50%_OFF'])).toHaveLength(5);
    // % and _ are not wildcards: "5_%" is not in any note or name.
    expect(await resolved(w.specialistA, `$1, '200', p_search => $2`, [w.orgA, '5_%'])).toHaveLength(0);
    const byCompany = await resolved(w.specialistA, `$1, '10', p_search => $2`, [w.orgA, 'acme']);
    expect(num(byCompany[0]!)).toMatchObject({ total_count: 1000, total_capped: true });
    expect(await resolved(w.specialistA, `$1, '10', p_search => $2`, [w.orgA, 'sofia spec'])).toHaveLength(10);
    // Organization B's member never matches in A; B's specialist sees nothing of A.
    expect(await resolved(w.specialistA, `$1, '10', p_search => $2`, [w.orgA, 'Bruna'])).toHaveLength(0);
    expect(await resolved(w.specialistB, `$1, '10', p_search => $2`, [w.orgA, 'joao'])).toEqual([]);
    // Blank search = no search.
    expect(await resolved(w.specialistA, `$1, '10', p_search => $2`, [w.orgA, '   '])).toHaveLength(10);
    expect(await pgError(resolved(w.specialistA, `$1, '10', p_search => $2`, [w.orgA, 'x'.repeat(101)]))).toMatchObject({ code: '22023', hint: 'field:search' });
  });
});

describe('list_call_queue', () => {
  it('pages open requests by request time; counts capped at offset + 1,000 beside another organization’s backlog', async () => {
    const a = await queryAs(db, w.specialistA, `select * from public.list_call_queue($1)`, [w.orgA]);
    expect(a).toHaveLength(3);
    expect(num(a[0]!)).toMatchObject({ total_count: 3, total_capped: false, pillar: 'legal' });
    const b: Row[] = await queryAs(db, w.specialistB, `select * from public.list_call_queue($1, p_limit => '25')`, [w.orgB]);
    expect(b).toHaveLength(25);
    expect(num(b[0]!)).toMatchObject({ total_count: 1000, total_capped: true });
    const times = b.map((r) => new Date(String(r.requested_at)).getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    const newest = await queryAs(db, w.specialistB, `select * from public.list_call_queue($1, p_limit => '25', p_sort => 'shortest_wait')`, [w.orgB]);
    expect(new Date(String(newest[0]!.requested_at)).getTime()).toBeGreaterThan(times[24]!);
    const deep = await queryAs(db, w.specialistB, `select * from public.list_call_queue($1, p_limit => '25', p_offset => '1175')`, [w.orgB]);
    expect(deep).toHaveLength(25);
    expect(num(deep[0]!)).toMatchObject({ total_count: 1200, total_capped: false });
    // Filters on the chat: pillar and company.
    expect(await queryAs(db, w.specialistA, `select * from public.list_call_queue($1, p_pillar => 'legal')`, [w.orgA])).toHaveLength(3);
    expect(await queryAs(db, w.specialistA, `select * from public.list_call_queue($1, p_pillar => 'financial')`, [w.orgA])).toHaveLength(0);
    expect(await queryAs(db, w.specialistA, `select * from public.list_call_queue($1, p_company_id => $2)`, [w.orgA, w.companyB])).toHaveLength(0);
    expect(await queryAs(db, w.specialistA, `select * from public.list_call_queue($1)`, [w.orgB])).toEqual([]);
  });
});
