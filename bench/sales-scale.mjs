// The sales screens at scale, through the local stack (HTTP + auth + Postgres server): the roster of
// a batch with 5,000 students and the closers summary over 200,000 call appointments.
//   1. Bulk data, set-based, as the database owner on a scratch database with the seed: leads and
//      call appointments of Nikist spread over its closers with a realistic status mix; the first
//      BENCH_STUDENTS appointments are conversions into one new batch, ~12% of the others
//      conversions into the other Nikist batches. Students come from the S1 trigger (FOR EACH ROW
//      on call_appointments), payments are split installments of cash_received inserted with the
//      ledger trigger off (S3 holds by construction). Then VACUUM ANALYZE.
//   2. Sequential requests (BENCH_ITER each) as the admin and the cohort manager, made the way
//      the app makes them (src/features/cohorts/api, src/features/sales-closers/api): p50 / p95 /
//      mean ms and response bytes; "db" is the same call run on the database with the caller's
//      role and claims, no HTTP.
//   3. The plans of the statements inside the read functions, from auto_explain (analyze, buffers)
//      while the functions are called (see below), as `authenticated` with the admin's claims (RLS
//      applies), and which indexes each plan uses.
// Prints numbers, asserts nothing. The scratch database is dropped at the end.
//   node bench/sales-scale.mjs    (DATABASE_URL defaults to the local server;
//   BENCH_APPOINTMENTS=200000 BENCH_STUDENTS=5000 BENCH_ITER=100 BENCH_EXPLAIN=1)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { startSalesStack } from '../tests/helpers/sales-stack.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS || 200_000);
const STUDENTS = Math.min(Number(process.env.BENCH_STUDENTS || 5_000), APPOINTMENTS);
const ITER = Number(process.env.BENCH_ITER || 100);
const EXPLAIN = process.env.BENCH_EXPLAIN !== '0';
const ORG = '0a000000-0000-4000-8000-000000000001'; // Nikist
const COHORT_TYPE = '0d000000-0000-4000-8000-000000000001'; // Insider Crypto Club
const BATCH = '0e000000-0000-4000-8000-0000000000b5'; // new: "Batch 5 (scale bench)"
const ADMIN = '0b000000-0000-4000-8000-000000000001'; // admin@nikist.demo
const PAGE = 25; // ROSTER_PAGE_SIZE
const EXPORT_CHUNK = 500; // getWholeRoster
const SEARCH = 'sharma';

const stack = await startSalesStack({ databaseUrl });
const sql = new pg.Client({ connectionString: stack.databaseUrl });
await sql.connect();

const f1 = (n) => n.toFixed(1);
const secs = (t) => ((performance.now() - t) / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------
// 1. Data
async function generate() {
  const timings = [];
  const step = async (name, text, params = []) => {
    const t = performance.now();
    const r = await sql.query(text, params);
    timings.push(`${name} ${secs(t)} s${r.rowCount != null && r.command !== 'CREATE' ? ` (${r.rowCount} rows)` : ''}`);
    return r;
  };
  const t0 = performance.now();
  const trig = (
    await sql.query(
      `select t.tgname, (t.tgtype & 1) = 1 as per_row from pg_trigger t where t.tgrelid = 'public.call_appointments'::regclass and not t.tgisinternal order by 1`,
    )
  ).rows;
  const closers = (await sql.query(`select user_id from public.memberships where organization_id = $1 and role = 'closer' order by user_id`, [ORG])).rows.map((r) => r.user_id);
  const otherBatches = (await sql.query(`select id from public.cohort_batches where organization_id = $1 order by id`, [ORG])).rows.map((r) => r.id);

  await sql.query('select setseed(0.4242)');
  await step(
    'batch',
    `insert into public.cohort_batches (id, organization_id, cohort_type_id, name, status, start_date)
     values ($1, $2, $3, 'Batch 5 (scale bench)', 'active', current_date - 30)`,
    [BATCH, ORG, COHORT_TYPE],
  );
  // One row per appointment (each with its own lead); r drives the status mix.
  await step(
    'plan (temp table)',
    `create temp table gen as
     with names as (
       select array['Aarav','Aditi','Akash','Ananya','Arjun','Bhavna','Deepak','Divya','Gaurav','Isha','Karthik','Kavya','Manish','Meera','Mohit','Neha','Nikhil','Pooja','Pranav','Priya','Rahul','Riya','Rohit','Sakshi','Sandeep','Shreya','Siddharth','Sneha','Suresh','Tanvi','Varun','Vikram','Yash','Zoya','Harish','Lakshmi','Naveen','Anjali','Farhan','Gita'] as f,
              array['Sharma','Verma','Gupta','Iyer','Nair','Reddy','Patel','Shah','Mehta','Kulkarni','Joshi','Desai','Rao','Pillai','Menon','Chatterjee','Banerjee','Das','Bose','Singh','Kaur','Gill','Khan','Qureshi','Fernandes','DSouza','Naidu','Shetty','Hegde','Kamath','Agarwal','Bansal','Malhotra','Kapoor','Chopra','Saxena','Tiwari','Mishra','Pandey','Yadav'] as l
     ), g as (
       select i, random() as r, random() as r2, random() as r3, random() as r4,
              n.f[1 + floor(random() * 40)::int] as first, n.l[1 + floor(random() * 40)::int] as last
       from generate_series(1, $1::int) i, names n
     )
     select i, gen_random_uuid() as lead_id,
       first || ' ' || last as full_name,
       lower(first || '.' || last || i) || '@example.in' as email,
       '+91 9' || lpad(((i::bigint * 7919) % 1000000000)::text, 9, '0') as phone,
       ($2::uuid[])[1 + (i % cardinality($2::uuid[]))] as closer_id,
       case when i <= $3 then
              case when r < 0.05 then 'refunded' when r < 0.08 then 'discontinued' when r < 0.13 then 'booking_amount'
                   when r < 0.60 then 'converted' when r < 0.75 then 'converted_beginner' when r < 0.90 then 'converted_intermediate'
                   else 'converted_advance' end
            else
              case when r < 0.06 then 'scheduled' when r < 0.10 then 'pending' when r < 0.22 then 'reschedule'
                   when r < 0.30 then 'not_decided' when r < 0.36 then 'so_so' when r < 0.71 then 'not_converted'
                   when r < 0.88 then 'no_show' when r < 0.93 then 'converted' when r < 0.945 then 'converted_beginner'
                   when r < 0.955 then 'converted_intermediate' when r < 0.96 then 'converted_advance'
                   when r < 0.98 then 'booking_amount' when r < 0.99 then 'refunded' else 'discontinued' end
       end as status,
       r2, r3, r4
     from g`,
    [APPOINTMENTS, closers, STUDENTS],
  );
  await sql.query(
    `alter table gen add column sync boolean, add column batch_id uuid, add column offer numeric(12,2), add column sched date;
     update gen set sync = status in ('converted','converted_beginner','converted_intermediate','converted_advance','booking_amount','refunded','discontinued');
     update gen set
       sched = case when status in ('scheduled','pending') then current_date + floor(r3 * 15)::int
                    else current_date - floor(r3 * 365)::int end,
       batch_id = case when i <= ${STUDENTS} then '${BATCH}'::uuid
                       when sync then ('{${otherBatches.join(',')}}'::uuid[])[1 + (i % ${otherBatches.length})] end,
       offer = case when sync then (array[30000, 40000, 50000, 60000])[1 + floor(r2 * 4)::int] else 0 end`,
  );
  await step(
    'leads',
    `insert into public.leads (id, organization_id, full_name, email, phone, source, created_at)
     select lead_id, $1, full_name, email, phone, 'scale-bench', now() - interval '1 day' * (greatest(current_date - sched, 0) + 7)
     from gen`,
    [ORG],
  );
  // Not converted appointments: the S1 trigger fires per row and returns at once.
  const insertCalls = (where) => `
    insert into public.call_appointments (
      organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, batch_id, offer_amount, cash_received,
      classes_access, next_follow_up_date, pay_after_earning, payment_platform, conversion_date, created_by, updated_by)
    select $1, lead_id, closer_id, sched, time '09:00' + floor(r4 * 20) * interval '30 minutes', status, batch_id, offer,
      case when not sync then 0
           when status = 'booking_amount' then least(offer, 5000)
           when r4 < 0.45 then offer
           else round(offer * r4 / 1000) * 1000 end,
      case when sync then 5 + floor(r3 * 11)::int end,
      case when sync and r4 >= 0.45 and status not in ('refunded','discontinued')
           then (now() at time zone 'Asia/Kolkata')::date + floor(r2 * 10)::int - 2 end,
      sync and r3 < 0.05,
      case when sync then (array['Razorpay','UPI','Bank transfer','Cash'])[1 + floor(r4 * 4)::int] end,
      case when sync then sched end,
      closer_id, closer_id
    from gen where ${where}`;
  const plainT = performance.now();
  const plain = await sql.query(insertCalls('not sync'), [ORG]);
  const plainS = (performance.now() - plainT) / 1000;
  timings.push(`appointments not converted ${plainS.toFixed(1)} s (${plain.rowCount} rows, ${f1((plainS * 1e6) / Math.max(plain.rowCount, 1))} µs/row)`);
  // Conversions: the trigger upserts one cohort student per row (invariant S1).
  const before = Number((await sql.query('select count(*) n from public.cohort_students')).rows[0].n);
  const convT = performance.now();
  const conv = await sql.query(insertCalls('sync'), [ORG]);
  const convS = (performance.now() - convT) / 1000;
  const after = Number((await sql.query('select count(*) n from public.cohort_students')).rows[0].n);
  timings.push(
    `appointments converted ${convS.toFixed(1)} s (${conv.rowCount} rows -> ${after - before} students by the S1 trigger, ${f1((convS * 1e6) / Math.max(conv.rowCount, 1))} µs/row)`,
  );
  // Payments: cash_received split into 1-3 installments; ledger trigger off for this insert only,
  // so cash is not added twice (the sum equals cash_received by construction: S3).
  await sql.query('begin');
  await sql.query('alter table public.emi_payments disable trigger emi_payments_ledger');
  await step(
    'emi_payments',
    `insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, payment_platform, remarks, created_by)
     select cs.organization_id, cs.id,
       case when k = n then cs.cash_received - (n - 1) * floor(cs.cash_received / n) else floor(cs.cash_received / n) end,
       cs.conversion_date + (k - 1) * 30, cs.payment_platform, 'Installment ' || k, cs.closer_id
     from public.cohort_students cs
     join public.leads l on l.id = cs.lead_id and l.source = 'scale-bench'
     cross join lateral (select 1 + (abs(hashtext(cs.id::text)) % 3) as n) x
     cross join lateral generate_series(1, x.n) k
     where cs.cash_received > 0 and floor(cs.cash_received / n) > 0`,
  );
  await sql.query('alter table public.emi_payments enable trigger emi_payments_ledger');
  await sql.query('commit');
  await sql.query('drop table gen');
  await step('vacuum analyze', 'vacuum (analyze) public.leads, public.call_appointments, public.cohort_students, public.emi_payments, public.cohort_batches');
  const total = secs(t0);

  const counts = (
    await sql.query(
      `select (select count(*) from public.leads) leads,
              (select count(*) from public.call_appointments where organization_id = $1) appointments,
              (select count(*) from public.cohort_students) students,
              (select count(*) from public.cohort_students where cohort_batch_id = $2) batch_students,
              (select count(*) from public.cohort_students where cohort_batch_id = $2 and due_amount <= 0) batch_fully_paid,
              (select count(*) from public.cohort_students cs join public.leads l on l.id = cs.lead_id where cs.cohort_batch_id = $2 and l.full_name ilike '%' || $3 || '%') batch_search,
              (select count(*) from public.emi_payments) payments,
              (select count(*) from public.call_appointments ca where ca.batch_id is not null
                 and ca.status = any (private.sales_sync_statuses())
                 and not exists (select 1 from public.cohort_students cs where cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id
                                   and cs.offer_amount = ca.offer_amount and cs.cash_received = ca.cash_received)) s1_violations,
              (select count(*) from public.cohort_students cs
                 where cs.cash_received <> coalesce((select sum(case when p.kind = 'refund' then -p.amount else p.amount end) from public.emi_payments p where p.cohort_student_id = cs.id), 0)) s3_violations,
              (select string_agg(status || ' ' || n, ', ' order by n desc) from (select status, count(*) n from public.call_appointments where organization_id = $1 group by status) s) mix,
              pg_size_pretty(pg_total_relation_size('public.call_appointments')) appointments_size,
              pg_size_pretty(pg_total_relation_size('public.cohort_students')) students_size`,
      [ORG, BATCH, SEARCH],
    )
  ).rows[0];
  console.log(`data generated in ${total} s: ${timings.join('; ')}`);
  console.log(`triggers on call_appointments: ${trig.map((t) => `${t.tgname}${t.per_row ? ' (per row)' : ' (per statement)'}`).join(', ')}`);
  console.log(
    `rows: ${counts.leads} leads, ${counts.appointments} Nikist appointments (${counts.appointments_size}), ${counts.students} students (${counts.students_size}), ` +
      `${counts.batch_students} in the bench batch (${counts.batch_fully_paid} fully paid, ${counts.batch_search} match "${SEARCH}"), ${counts.payments} payments; ` +
      `S1 violations ${counts.s1_violations}, S3 violations ${counts.s3_violations}; closers ${closers.length}`,
  );
  console.log(`status mix: ${counts.mix}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Requests through the stack
let lastBytes = 0;
const byteFetch = async (...args) => {
  const res = await fetch(...args);
  const body = await res.arrayBuffer();
  lastBytes += body.byteLength;
  const empty = [101, 204, 205, 304].includes(res.status);
  return new Response(empty ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
};

async function signIn(email) {
  const c = createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: byteFetch },
    realtime: { transport: WebSocket }, // never used; Node 20 has no global WebSocket
  });
  const { data, error } = await c.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return { c, uid: data.user.id };
}

const pct = (s, p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** `once()` n times in sequence after 3 warm-up calls: latency stats and bytes per call. */
async function measure(once, n = ITER) {
  for (let i = 0; i < 3; i++) await once();
  const times = [];
  lastBytes = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  return { ...stats(times), bytes: lastBytes / n, n };
}

const ok = (r) => {
  if (r.error) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const roster = (c, q) =>
  c.rpc('list_batch_roster', { p_batch_id: BATCH, p_filter: q.filter ?? undefined, p_search: q.search || undefined, p_limit: q.limit ?? PAGE, p_offset: q.offset ?? 0 }).then(ok);
const totals = (c) => c.rpc('batch_roster_totals', { p_batch_id: BATCH }).then(ok);
const batchDetail = (c) =>
  c.from('cohort_batches').select('id, name, status, start_date, end_date, cohort_type_id, cohort_types(name)').eq('organization_id', ORG).eq('id', BATCH).maybeSingle().then(ok);
async function wholeRoster(c) {
  const all = [];
  for (let offset = 0; ; offset += EXPORT_CHUNK) {
    const rows = await roster(c, { limit: EXPORT_CHUNK, offset });
    all.push(...rows);
    if (rows.length < EXPORT_CHUNK || all.length >= (rows[0]?.total_count ?? 0)) break;
  }
  return all;
}

/** The same function call on the database, as the caller (role + claims), no HTTP. */
const dbPool = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
const direct = (uid, text, params) => async () => {
  const c = await dbPool.connect();
  try {
    await c.query('begin read only');
    await c.query("select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ sub: uid, role: 'authenticated', aud: 'authenticated' }),
    ]);
    await c.query(text, params);
    await c.query('commit');
  } finally {
    c.release();
  }
};

async function requests() {
  const admin = await signIn('admin@nikist.demo');
  const cm = await signIn('cohorts@nikist.demo');
  const closer = await signIn('dipanshu@nikist.demo');
  const lastOffset = Math.max(0, Math.floor((STUDENTS - 1) / PAGE) * PAGE);
  const rosterSql = 'select * from public.list_batch_roster($1, $2, $3, $4, $5)';
  const cases = (who, u, withSummary) => [
    [`${who} roster page 1 (list_batch_roster, ${PAGE})`, () => roster(u.c, {}), direct(u.uid, rosterSql, [BATCH, null, null, PAGE, 0])],
    [`${who} roster totals (batch_roster_totals)`, () => totals(u.c), direct(u.uid, 'select public.batch_roster_totals($1)', [BATCH])],
    [`${who} batch page load (detail + page 1 + totals, parallel)`, () => Promise.all([batchDetail(u.c), roster(u.c, {}), totals(u.c)]), null],
    [`${who} roster search "${SEARCH}"`, () => roster(u.c, { search: SEARCH }), direct(u.uid, rosterSql, [BATCH, null, SEARCH, PAGE, 0])],
    [`${who} roster filter fully_paid`, () => roster(u.c, { filter: 'fully_paid' }), direct(u.uid, rosterSql, [BATCH, 'fully_paid', null, PAGE, 0])],
    [`${who} roster last page (offset ${lastOffset})`, () => roster(u.c, { offset: lastOffset }), direct(u.uid, rosterSql, [BATCH, null, null, PAGE, lastOffset])],
    [`${who} cohort overview (list_cohort_batches)`, () => u.c.rpc('list_cohort_batches', { p_organization_id: ORG }).then(ok), direct(u.uid, 'select * from public.list_cohort_batches($1)', [ORG])],
    [
      `${who} cohort overview page (types + list_cohort_batches, parallel)`,
      () => Promise.all([u.c.from('cohort_types').select('id, name, description').eq('organization_id', ORG).order('name').then(ok), u.c.rpc('list_cohort_batches', { p_organization_id: ORG }).then(ok)]),
      null,
    ],
    ...(withSummary
      ? [[`${who} closers summary (closer_summary)`, () => u.c.rpc('closer_summary', { p_organization_id: ORG }).then(ok), direct(u.uid, 'select * from public.closer_summary($1)', [ORG])]]
      : []),
  ];
  const all = [
    ...cases('admin', admin, true),
    ...cases('cohort mgr', cm, false),
    ['closer closers summary (own row)', () => closer.c.rpc('closer_summary', { p_organization_id: ORG }).then(ok), direct(closer.uid, 'select * from public.closer_summary($1)', [ORG])],
  ];
  console.log(`\nrequests through the local stack, ${ITER} sequential each after 3 warm-up (db = same call on the database as the caller, no HTTP)`);
  const w = Math.max(...all.map(([n]) => n.length));
  for (const [name, http, db] of all) {
    const h = await measure(http);
    const d = db ? await measure(db) : null;
    console.log(
      `${name.padEnd(w)}  p50 ${f1(h.p50).padStart(6)}  p95 ${f1(h.p95).padStart(6)}  mean ${f1(h.mean).padStart(6)} ms  ${String(Math.round(h.bytes)).padStart(7)} B` +
        (d ? `  | db p50 ${f1(d.p50).padStart(6)}  p95 ${f1(d.p95).padStart(6)} ms` : ''),
    );
  }
  const n = Math.max(5, Math.round(ITER / 10));
  const e = await measure(async () => {
    const rows = await wholeRoster(admin.c);
    if (rows.length !== STUDENTS) throw new Error(`export: ${rows.length} rows`);
  }, n);
  console.log(
    `${'admin roster CSV export (all rows, chunks of 500)'.padEnd(w)}  p50 ${f1(e.p50).padStart(6)}  p95 ${f1(e.p95).padStart(6)}  mean ${f1(e.mean).padStart(6)} ms  ${String(Math.round(e.bytes)).padStart(7)} B  (${n} runs)`,
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Plans
// The plans of the statements inside the read functions, as the functions run them: each function
// is called on its own connection, in a transaction that is rolled back, as `authenticated` with
// the admin's claims (RLS applies), with auto_explain (analyze, buffers, timing, nested statements)
// reporting plans as NOTICEs; the notice of the function's statement is picked by the tables it
// names. list_batch_roster is plpgsql (plan cache: custom plans for the first 5 calls of a session,
// then the generic plan when it is not costlier), so it is called 5 times before the call whose plan
// is kept (and its page 1 once more as the first call of a new session: the custom plan); the
// others are SQL functions, which on PostgreSQL <= 17 plan their statements with parameters unknown.
// Without auto_explain: EXPLAIN (ANALYZE, BUFFERS) of the function's text from pg_proc.prosrc,
// prepared with its parameters as $n.

const literal = (v) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const claimsAdmin = JSON.stringify({ sub: ADMIN, role: 'authenticated' });
const asAdmin = async (c) => {
  await c.query('set local role authenticated');
  await c.query(`select set_config('request.jwt.claims', $1, true)`, [claimsAdmin]);
};

/** auto_explain's plan of the statement of `fn` named by `marks`, on the call after `warmups` calls. */
async function autoExplainPlan(c, fn, args, marks, warmups) {
  const notices = [];
  const onNotice = (n) => notices.push(n.message);
  c.on('notice', onNotice);
  const call = `select * from public.${fn}(${args.map((_, i) => `$${i + 1}`).join(', ')})`;
  try {
    if (warmups) {
      // The earlier calls of the session (the plan cache of a plpgsql function outlives transactions).
      await c.query('begin');
      await asAdmin(c);
      for (let i = 0; i < warmups; i++) await c.query(call, args);
      await c.query('rollback');
    }
    // auto_explain's settings are superuser-only: set before the role.
    await c.query('begin');
    await c.query(`load 'auto_explain'`);
    for (const s of ['log_min_duration = 0', 'log_analyze = on', 'log_buffers = on', 'log_timing = on', 'log_nested_statements = on', `log_level = 'notice'`])
      await c.query(`set local auto_explain.${s}`);
    await asAdmin(c);
    notices.length = 0;
    await c.query(call, args);
    await c.query('rollback');
  } catch (e) {
    await c.query('rollback').catch(() => {});
    return { error: e.message };
  } finally {
    c.off('notice', onNotice);
  }
  const m = notices.find((t) => marks.every((k) => t.includes(k)));
  if (!m) return { error: `no auto_explain notice names ${marks.join(' + ')} (${notices.length} notices)` };
  const all = m.split('\n');
  const start = all.findIndex((l) => /\(cost=\d/.test(l)); // the plan follows the (multi-line) query text
  const duration = /duration: ([\d.]+) ms/.exec(all[0])?.[1];
  return { lines: [...all.slice(start), `Execution Time: ${duration} ms`] };
}

/** Fallback: EXPLAIN (ANALYZE, BUFFERS) of the function's statement from pg_proc, parameters as $n. */
async function prosrcPlan(c, fn, args, kind, k) {
  const f = (
    await c.query(
      `select p.prosrc, p.proargnames, oidvectortypes(p.proargtypes) types, l.lanname
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
       where n.nspname = 'public' and p.proname = $1`,
      [fn],
    )
  ).rows[0];
  let text = f.prosrc;
  if (f.lanname === 'plpgsql') text = /return query\s+([\s\S]*?);\s*end\s*;?\s*$/i.exec(text)[1];
  const names = f.proargnames.slice(0, args.length);
  text = names
    .map((p, i) => [p, i])
    .sort((a, b) => b[0].length - a[0].length)
    .reduce((s, [p, i]) => s.replace(new RegExp(`\\b${p}\\b`, 'g'), `$${i + 1}`), text);
  const stmt = `bench_plan_${k}`;
  const exec = `execute ${stmt}(${args.map(literal).join(', ')})`;
  await c.query('begin');
  try {
    await asAdmin(c);
    if (kind === 'sql') await c.query('set local plan_cache_mode = force_generic_plan');
    if (kind === 'custom') await c.query('set local plan_cache_mode = force_custom_plan');
    await c.query(`prepare ${stmt}(${f.types.split(', ').slice(0, args.length).join(', ')}) as ${text}`);
    if (kind === 'plpgsql') for (let i = 0; i < 5; i++) await c.query(exec);
    return (await c.query(`explain (analyze, buffers) ${exec}`)).rows.map((r) => r['QUERY PLAN']);
  } finally {
    await c.query('rollback');
    await c.query(`deallocate ${stmt}`).catch(() => {});
  }
}

async function explain() {
  const big = (
    await sql.query(
      `select c.relname, c.reltuples::bigint n from pg_class c join pg_namespace s on s.oid = c.relnamespace
       where s.nspname = 'public' and c.relkind = 'r' and c.reltuples >= 10000 order by 2 desc`,
    )
  ).rows;
  const bigNames = new Set(big.map((r) => r.relname));
  const roster = ['from public.cohort_students cs', 'join public.leads l on l.id = cs.lead_id'];
  const plans = [
    ['roster page 1', 'list_batch_roster', [BATCH, null, null, PAGE, 0], roster, 'plpgsql'],
    ['roster page 1 (custom)', 'list_batch_roster', [BATCH, null, null, PAGE, 0], roster, 'custom'],
    [`roster search "${SEARCH}"`, 'list_batch_roster', [BATCH, null, SEARCH, PAGE, 0], roster, 'plpgsql'],
    ['roster filter fully_paid', 'list_batch_roster', [BATCH, 'fully_paid', null, PAGE, 0], roster, 'plpgsql'],
    ['roster totals', 'batch_roster_totals', [BATCH], ['from public.cohort_students cs', "'by_closer'"], 'plpgsql'],
    ['closers summary', 'closer_summary', [ORG], ['from public.call_appointments ca', 'from public.memberships m'], 'sql'],
    ['cohort overview', 'list_cohort_batches', [ORG], ['from public.cohort_batches b', 'left join public.cohort_students cs'], 'plpgsql'],
  ];
  const summary = [];
  const header = (how) =>
    console.log(
      `\n${how}, as authenticated with the admin's claims (RLS on); large tables: ${big.map((r) => `${r.relname} ~${r.n}`).join(', ')}`,
    );
  let headed = null;
  let k = 0;
  for (const [name, fn, args, marks, kind] of plans) {
    const c = new pg.Client({ connectionString: stack.databaseUrl }); // a new session: empty plan caches
    await c.connect();
    let lines;
    let how;
    try {
      const r = await autoExplainPlan(c, fn, args, marks, kind === 'plpgsql' ? 5 : 0);
      if (r.lines) {
        lines = r.lines;
        how = "auto_explain (analyze, buffers, timing) of the statements inside the read functions, called with their arguments (Execution Time = auto_explain's duration)";
      } else {
        lines = await prosrcPlan(c, fn, args, kind, k++);
        how = `EXPLAIN (ANALYZE, BUFFERS) of the functions' statements from pg_proc.prosrc, prepared with their parameters (auto_explain: ${r.error})`;
      }
    } finally {
      await c.end();
    }
    if (how !== headed) header((headed = how));
    const generic = !lines.some((l) => l.includes(String(args[0])));
    const when = { sql: 'SQL function', plpgsql: 'plpgsql, 6th call in a session', custom: 'plpgsql, 1st call in a session' }[kind];
    console.log(`\n--- ${name} (${when}: ${generic ? 'generic' : 'custom'} plan)\n${lines.join('\n')}`);
    const idx = new Set();
    const seq = new Set();
    for (const l of lines) {
      const m = /(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using )?(?:on )?(\S+)(?: on (\S+))?/.exec(l);
      if (m) idx.add(`${m[2]}${m[1] === 'Index Only Scan' ? ' (index only)' : m[1] === 'Bitmap Index Scan' ? ' (bitmap)' : ''}`);
      const s = /Seq Scan on (\S+)/.exec(l);
      if (s) seq.add(s[1]);
    }
    const time = lines.find((l) => l.startsWith('Execution Time'));
    const seqBig = [...seq].filter((t) => bigNames.has(t));
    summary.push(
      `${name.padEnd(26)} ${(time ?? '').padEnd(28)} | indexes: ${[...idx].join(', ') || 'none'} | seq scans: ${[...seq].join(', ') || 'none'}` +
        (seqBig.length ? `  <-- seq scan on a large table: ${seqBig.join(', ')}` : ''),
    );
  }
  console.log(`\nindex use:\n${summary.join('\n')}`);
}

try {
  console.log(
    `sales at scale on ${new URL(databaseUrl).host} (scratch database): ${APPOINTMENTS} appointments, ${STUDENTS} students in one batch, ${ITER} requests per case;` +
      ` ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  );
  await generate();
  await requests();
  if (EXPLAIN) await explain();
  console.log(`\nload average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await dbPool.end();
  await sql.end();
  await stack.close();
}
