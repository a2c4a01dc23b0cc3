// The desk's daily aggregates (private.call_desk_daily and call_desk_daily_waits, 20261207210000)
// stay exactly the aggregate of the call logs through every write path: Call now, claim, release,
// a missed attempt, a follow-up, completion with each outcome, a new request on a completed chat,
// an admin's SQL (multi-row updates moving days, a pillar change, a deleted chat or log), a
// timezone change; and call_desk_metrics read from them agrees with the metrics computed from the
// rows (counts exact; median and p90 = percentile_cont of the waits rounded up to their bucket).
// Concurrency (two and ten specialists completing at once) on the server only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestDb, createUser, onServer, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { callNow, createCallsWorld, inFuture, startChat, type CallsWorld } from './helpers/calls-fixture';

type J = Record<string, any>;

/** The aggregates as stored (rows that count something) and as recomputed from the logs. */
async function aggregates(db: TestDb): Promise<{ stored: Row[]; expected: Row[]; storedWaits: Row[]; expectedWaits: Row[] }> {
  const order = `order by 1, 2, 3 nulls first, 4 nulls first, 5 nulls first`;
  const stored = (await db.query(`select organization_id::text, day::text, pillar, completed_by::text, outcome, requests::int, open::int
    from private.call_desk_daily where requests <> 0 or open <> 0 ${order}`)).rows;
  const expected = (await db.query(`select l.organization_id::text, ((l.created_at at time zone o.timezone)::date)::text as day, s.pillar,
      (case when l.call_status = 'completed' then l.specialist_id end)::text as completed_by, l.outcome,
      count(*)::int as requests, (count(*) filter (where l.call_status in ('pending', 'scheduled')))::int as open
    from public.specialist_call_logs l join public.organizations o on o.id = l.organization_id
    left join public.chat_sessions s on s.id = l.chat_session_id
    group by 1, 2, 3, 4, 5 ${order}`)).rows;
  const orderW = `order by 1, 2, 3 nulls first, 4`;
  const storedWaits = (await db.query(`select organization_id::text, day::text, completed_by::text, wait_bucket, called::int
    from private.call_desk_daily_waits where called <> 0 ${orderW}`)).rows;
  const expectedWaits = (await db.query(`select l.organization_id::text, ((l.created_at at time zone o.timezone)::date)::text as day,
      (case when l.call_status = 'completed' then l.specialist_id end)::text as completed_by,
      private.call_wait_bucket(extract(epoch from l.first_called_at - l.created_at)::float8) as wait_bucket, count(*)::int as called
    from public.specialist_call_logs l join public.organizations o on o.id = l.organization_id
    where l.first_called_at is not null
    group by 1, 2, 3, 4 ${orderW}`)).rows;
  return { stored, expected, storedWaits, expectedWaits };
}

async function expectExact(db: TestDb): Promise<void> {
  const a = await aggregates(db);
  expect(a.stored).toEqual(a.expected);
  expect(a.storedWaits).toEqual(a.expectedWaits);
}

/** The metrics computed from the rows (the formula call_desk_metrics had before the aggregates). */
async function fromRows(db: TestDb, org: string, from: string, to: string): Promise<J> {
  const r = await db.query(
    `with o as (select timezone tz, call_wait_target_minutes target from public.organizations where id = $1),
     reqs as (
       select s.pillar, l.call_status in ('pending', 'scheduled') as is_open, l.outcome,
         case when l.call_status = 'completed' then l.specialist_id end as done_by,
         extract(epoch from (l.first_called_at - l.created_at))::float8 as wait_s,
         l.first_called_at is not null or now() - l.created_at > make_interval(mins => o.target) as decided,
         l.first_called_at is not null and l.first_called_at - l.created_at <= make_interval(mins => o.target) as in_time
       from public.specialist_call_logs l cross join o
       left join public.chat_sessions s on s.id = l.chat_session_id
       where l.organization_id = $1 and l.created_at >= $2::date::timestamp at time zone o.tz and l.created_at < ($3::date + 1)::timestamp at time zone o.tz)
     select count(*)::int requests, count(wait_s)::int called, (count(*) filter (where is_open))::int open,
       (count(*) filter (where in_time))::int within_target, (count(*) filter (where decided))::int decided,
       percentile_cont(0.5) within group (order by wait_s) exact_median,
       percentile_cont(0.9) within group (order by wait_s) exact_p90,
       percentile_cont(0.5) within group (order by private.call_wait_bucket(wait_s)) bucketed_median,
       percentile_cont(0.9) within group (order by private.call_wait_bucket(wait_s)) bucketed_p90
     from reqs`,
    [org, from, to],
  );
  return r.rows[0] as J;
}

const metricsAs = async (db: TestDb, user: string, org: string, from: string | null, to: string | null): Promise<J> =>
  (await queryAs(db, user, `select public.call_desk_metrics($1, $2, $3) as m`, [org, from, to]))[0]!.m as J;

async function expectMetricsMatchRows(db: TestDb, user: string, org: string, from: string, to: string): Promise<J> {
  const m = await metricsAs(db, user, org, from, to);
  const r = await fromRows(db, org, from, to);
  expect({ requests: m.requests, called: m.called, open: m.open, within_target: m.within_target, decided: m.decided }).toEqual({
    requests: r.requests,
    called: r.called,
    open: r.open,
    within_target: r.within_target,
    decided: r.decided,
  });
  if (r.called === 0) {
    expect(m.median_wait_seconds).toBeNull();
  } else {
    expect(m.median_wait_seconds).toBeCloseTo(Number(r.bucketed_median), 6);
    expect(m.p90_wait_seconds).toBeCloseTo(Number(r.bucketed_p90), 6);
    // Never below the exact value, at most one bucket above it (1 s to a minute, 1 min to a day, 1 h beyond).
    const width = (s: number) => (s <= 60 ? 1 : s <= 86_400 ? 60 : 3600);
    for (const [got, exact] of [
      [m.median_wait_seconds as number, Number(r.exact_median)],
      [m.p90_wait_seconds as number, Number(r.exact_p90)],
    ] as const) {
      expect(got).toBeGreaterThanOrEqual(exact - 1e-6);
      expect(got).toBeLessThanOrEqual(exact + width(got) + 1e-6);
    }
  }
  return m;
}

const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describe('desk daily aggregates through every write path', () => {
  let db: TestDb;
  let w: CallsWorld;
  beforeAll(async () => {
    db = await createTestDb();
    w = await createCallsWorld(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('bucket edges: whole seconds to a minute, whole minutes to a day, whole hours beyond', async () => {
    const r = (await db.query(`select array_agg(private.call_wait_bucket(x) order by i) b
      from unnest(array[0, 0.2, 59.5, 60, 60.001, 899.9, 900, 900.5, 86400, 86400.5, 90000]::float8[]) with ordinality u(x, i)`)).rows[0]!;
    expect(r.b).toEqual([0, 1, 60, 60, 120, 900, 900, 960, 86400, 90000, 90000]);
    const p = (await db.query(`select private.bucket_percentile('{60,120,180}', '{1,1,2}', 0.5) m, private.bucket_percentile('{}', '{}', 0.5) e,
      (select percentile_cont(0.5) within group (order by x) from unnest('{60,120,180,180}'::float8[]) x) ref`)).rows[0]!;
    expect(p.m).toBe(p.ref);
    expect(p.e).toBeNull();
  });

  it('follows Call now, claim, release, a missed attempt, a follow-up, each completion and a new request on a completed chat', async () => {
    const chats = {
      psych: await startChat(db, w.memberA, w.orgA, 'psychological'),
      fin: await startChat(db, w.memberA2, w.orgA, 'financial'),
      legal: await startChat(db, w.memberA, w.orgA, 'legal'),
    };
    const a = await callNow(db, w.memberA, chats.psych);
    const b = await callNow(db, w.memberA2, chats.fin);
    const c = await callNow(db, w.memberA, chats.legal);
    await expectExact(db);
    let m = await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-1), day(1));
    expect(m).toMatchObject({ requests: 3, open: 3, called: 0, decided: 0 });

    // A claim and a release change nothing the aggregates count: no aggregate row is written.
    const before = (await db.query(`select xmin::text, * from private.call_desk_daily order by day, pillar, requests`)).rows;
    await rpcAs(db, w.specialistA, 'claim_call_request', { p_call_log_id: a });
    await rpcAs(db, w.specialistA, 'release_call_request', { p_call_log_id: a });
    expect((await db.query(`select xmin::text, * from private.call_desk_daily order by day, pillar, requests`)).rows).toEqual(before);

    await rpcAs(db, w.specialistA, 'mark_call_missed', { p_call_log_id: a, p_notes: 'no answer' });
    await expectExact(db);
    await rpcAs(db, w.specialistA2, 'schedule_call_follow_up', { p_call_log_id: b, p_scheduled_for: inFuture(1), p_notes: 'tomorrow' });
    await expectExact(db);
    await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: a, p_outcome: 'resolved_by_phone', p_notes: 'talked' });
    await rpcAs(db, w.specialistA2, 'complete_call_request', { p_call_log_id: b, p_outcome: 'session_booked', p_notes: 'booked', p_booking_date: inFuture(3) });
    await rpcAs(db, w.specialistA, 'complete_call_request', { p_call_log_id: c, p_outcome: 'escalated', p_notes: 'escalated' });
    await expectExact(db);
    m = await expectMetricsMatchRows(db, w.adminA, w.orgA, day(-1), day(1));
    expect(m).toMatchObject({ requests: 3, open: 0, called: 3, decided: 3 });
    const pillars = Object.fromEntries((m.by_pillar as J[]).map((p) => [p.pillar, p.outcomes]));
    expect(pillars).toEqual({ financial: { session_booked: 1 }, legal: { escalated: 1 }, psychological: { resolved_by_phone: 1 } });
    expect((m.by_specialist as J[]).map((s) => [s.specialist_id, s.completed])).toEqual([
      [w.specialistA, 2],
      [w.specialistA2, 1],
    ]);

    // Call now again on the escalated chat: a new request, the completed one stays.
    await callNow(db, w.memberA, chats.legal);
    await expectExact(db);
    m = await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-1), day(1));
    expect(m).toMatchObject({ requests: 4, open: 1 });
    expect(m.requests_today).toBe(4);
  });

  it("follows an admin's SQL: multi-row updates across days and statuses, a pillar change, deleted logs and chats", async () => {
    // Thirty requests over the last ten days with known waits, in one statement each.
    const chats: string[] = [];
    for (let i = 0; i < 30; i++) chats.push(await startChat(db, i % 2 ? w.memberA : w.memberA2, w.orgA, ['psychological', 'physical', 'financial', 'legal'][i % 4]));
    await db.query(
      `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, outcome, call_notes,
         created_at, completed_at, attempts, last_attempt_at)
       select $1, c.id, c.user_id, case when c.n % 3 <> 0 then (case when c.n % 2 = 0 then $2 else $3 end)::uuid end,
         case when c.n % 3 = 0 then 'pending' else 'completed' end,
         case when c.n % 3 <> 0 then (array['resolved_by_phone','session_booked','escalated'])[1 + c.n % 3] end,
         case when c.n % 3 <> 0 then 'done' end,
         now() - make_interval(days => c.n % 10, mins => 30 + c.n),
         case when c.n % 3 <> 0 then now() - make_interval(days => c.n % 10, mins => 30 + c.n) + make_interval(secs => 45 + c.n * 97) end,
         case when c.n % 6 = 3 then 1 else 0 end,
         case when c.n % 6 = 3 then now() - make_interval(days => c.n % 10, mins => 30 + c.n) + make_interval(secs => 20 + c.n) end
       from (select s.id, s.user_id, row_number() over (order by s.created_at, s.id)::int as n
             from public.chat_sessions s where s.id = any($4::uuid[])) c`,
      [w.orgA, w.specialistA, w.specialistA2, chats],
    );
    await expectExact(db);
    await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-12), day(1));
    await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-3), day(-3));

    // One statement moving many requests a day back and completing the open ones.
    await db.query(`update public.specialist_call_logs set created_at = created_at - interval '1 day' where chat_session_id = any($1::uuid[])`, [chats]);
    await db.query(
      `update public.specialist_call_logs set call_status = 'completed', outcome = 'resolved_by_phone', completed_at = created_at + interval '20 minutes',
         specialist_id = $2, call_notes = 'late'
       where chat_session_id = any($1::uuid[]) and call_status = 'pending'`,
      [chats, w.specialistA2],
    );
    await expectExact(db);
    // A specialist leaves the log (as ON DELETE SET NULL of the profile does).
    await db.query(`update public.specialist_call_logs set specialist_id = null where chat_session_id = any($1::uuid[]) and specialist_id = $2`, [
      chats.slice(0, 10),
      w.specialistA,
    ]);
    await expectExact(db);

    // The chat's pillar moves its requests; a deleted chat takes its requests out (under its pillar).
    await db.query(`update public.chat_sessions set pillar = 'legal' where id = any($1::uuid[])`, [chats.slice(0, 8)]);
    await db.query(`update public.chat_sessions set pillar = null where id = $1`, [chats[9]]);
    await expectExact(db);
    await db.query(`delete from public.chat_sessions where id = any($1::uuid[])`, [chats.slice(0, 5)]);
    await db.query(`delete from public.specialist_call_logs where chat_session_id = $1`, [chats[6]]);
    await expectExact(db);
    await expectMetricsMatchRows(db, w.adminA, w.orgA, day(-12), day(1));
  });

  it('a timezone change moves the requests to their new local days', async () => {
    const s = await startChat(db, w.memberA, w.orgA, 'physical');
    const id = await callNow(db, w.memberA, s);
    // 01:30 UTC: the day before in Sao Paulo (UTC-3), the same day in Kolkata (UTC+5:30).
    await db.query(`update public.specialist_call_logs set created_at = date_trunc('day', now() - interval '5 days') + interval '1 hour 30 minutes' where id = $1`, [id]);
    await expectExact(db);
    await db.query(`update public.organizations set timezone = 'Asia/Kolkata' where id = $1`, [w.orgA]);
    await expectExact(db);
    await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-14), day(1));
    // Back through the admin's settings function (as the app saves it).
    const org = (await db.query(`select name, currency, locale, call_wait_target_minutes from public.organizations where id = $1`, [w.orgA])).rows[0]!;
    await rpcAs(db, w.adminA, 'update_organization_settings', {
      p_organization_id: w.orgA,
      p_name: org.name,
      p_timezone: 'America/Sao_Paulo',
      p_currency: org.currency,
      p_locale: org.locale,
      p_call_wait_target_minutes: String(org.call_wait_target_minutes),
    });
    expect((await db.query(`select timezone from public.organizations where id = $1`, [w.orgA])).rows[0]!.timezone).toBe('America/Sao_Paulo');
    await expectExact(db);
  });

  it("a target change needs no rebuild: within the target is exact for every whole-minute target", async () => {
    for (const target of [1, 2, 7, 15, 60, 1440]) {
      await db.query(`update public.organizations set call_wait_target_minutes = $2 where id = $1`, [w.orgA, target]);
      await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-14), day(1));
    }
    await db.query(`update public.organizations set call_wait_target_minutes = 15 where id = $1`, [w.orgA]);
  });

  it('another organization is counted apart; deleting an organization takes its aggregates', async () => {
    const s = await startChat(db, w.memberB, w.orgB, 'legal');
    const id = await callNow(db, w.memberB, s);
    await rpcAs(db, w.specialistB, 'complete_call_request', { p_call_log_id: id, p_outcome: 'escalated', p_notes: 'b' });
    await expectExact(db);
    expect((await metricsAs(db, w.specialistB, w.orgB, day(-1), day(1))).requests).toBe(1);
    await db.query(`delete from public.organizations where id = $1`, [w.orgB]);
    await expectExact(db);
    expect((await db.query(`select count(*)::int n from private.call_desk_daily where organization_id = $1`, [w.orgB])).rows[0]!.n).toBe(0);
  });
});

describe.skipIf(!onServer)('desk daily aggregates under concurrent writes (server only)', () => {
  let db: TestDb;
  let w: CallsWorld;
  const specialists: string[] = [];
  beforeAll(async () => {
    db = await createTestDb({ max: 25 });
    w = await createCallsWorld(db);
    for (let i = 0; i < 10; i++) {
      const id = await createUser(db, `Parallel Specialist ${i}`);
      await addMember(db, w.orgA, id, 'specialist');
      specialists.push(id);
    }
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('two specialists completing two requests of the same pillar and day at once both count', async () => {
    const logs = [];
    for (const m of [w.memberA, w.memberA2]) logs.push(await callNow(db, m, await startChat(db, m, w.orgA, 'financial')));
    await Promise.all(
      logs.map((id, i) => rpcAs(db, specialists[i]!, 'complete_call_request', { p_call_log_id: id, p_outcome: 'resolved_by_phone', p_notes: 'at once' })),
    );
    await expectExact(db);
    const m = await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-1), day(1));
    expect(m).toMatchObject({ requests: 2, open: 0, called: 2 });
  });

  it('ten completions, ten new requests and misses at once keep the aggregates exact', async () => {
    const open = [];
    for (let i = 0; i < 10; i++) {
      const m = i % 2 ? w.memberA : w.memberA2;
      open.push(await callNow(db, m, await startChat(db, m, w.orgA, i % 3 ? 'financial' : 'legal')));
    }
    const fresh = [];
    for (let i = 0; i < 10; i++) fresh.push(await startChat(db, i % 2 ? w.memberA : w.memberA2, w.orgA, 'financial'));
    const results = await Promise.allSettled([
      ...open.map((id, i) =>
        rpcAs(db, specialists[i]!, 'complete_call_request', { p_call_log_id: id, p_outcome: i % 2 ? 'escalated' : 'resolved_by_phone', p_notes: 'race' }),
      ),
      ...open.map((id, i) => rpcAs(db, specialists[(i + 1) % 10]!, 'mark_call_missed', { p_call_log_id: id })),
      ...fresh.map((s, i) => callNow(db, i % 2 ? w.memberA : w.memberA2, s)),
    ]);
    // Some misses lose to a completion (or the reverse): refused, nothing written; none deadlocks.
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code?: string }).code).not.toBe('40P01');
    await expectExact(db);
    await expectMetricsMatchRows(db, w.specialistA, w.orgA, day(-1), day(1));
  });
});
