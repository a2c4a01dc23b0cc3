// The insights of Cohort Management at scale, through the local stack (HTTP + auth + Postgres
// server): cohort_insights for the whole organization and for one batch, over 200,000 call
// appointments and ~50,000 ledger payments.
//   1. Bulk data as in bench/sales-scale.mjs (same generator: leads and call appointments of
//      Nikist, BENCH_STUDENTS conversions into one new batch, ~12% of the others into the other
//      batches; students by the S1 trigger; payments = 1-3 installments of cash received, ledger
//      trigger off), with payment dates spread over the last 120 days and follow-ups around today
//      so every insight has rows. Then VACUUM ANALYZE.
//   2. Sequential requests (BENCH_ITER each) as the admin and the cohort manager, made the way the
//      app makes them (src/features/cohorts/api/get-insights.ts): p50 / p95 / mean ms and response
//      bytes; "db" is the same call on the database with the caller's role and claims, no HTTP.
//   3. The plans of every statement inside cohort_insights (auto_explain: analyze, buffers, nested
//      statements) as `authenticated` with the admin's claims (RLS applies), rows read per
//      statement, and the indexes each plan uses. What an insight reads: its aggregates (one pass
//      over the organization's or batch's students with money due, or the fortnight's payments)
//      and one page (PAGE rows) per list; the response carries no more than that.
// Prints numbers, asserts nothing. The scratch database is dropped at the end.
//   node bench/insights.mjs    (DATABASE_URL defaults to the local server;
//   BENCH_APPOINTMENTS=200000 BENCH_STUDENTS=5000 BENCH_ITER=50 BENCH_EXPLAIN=1)
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
const ITER = Number(process.env.BENCH_ITER || 50);
const EXPLAIN = process.env.BENCH_EXPLAIN !== '0';
const ORG = '0a000000-0000-4000-8000-000000000001'; // Nikist
const COHORT_TYPE = '0d000000-0000-4000-8000-000000000001'; // Insider Crypto Club
const BATCH = '0e000000-0000-4000-8000-0000000000b5'; // new: "Batch 5 (scale bench)"
const ADMIN = '0b000000-0000-4000-8000-000000000001'; // admin@nikist.demo
const PAGE = 10; // INSIGHTS_PAGE_SIZE
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
       least(cs.conversion_date + (k - 1) * 30, (now() at time zone 'Asia/Kolkata')::date - floor(abs(hashtext(cs.id::text || k::text)) % 120)::int), cs.payment_platform, 'Installment ' || k, cs.closer_id
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
// Requests
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
/** As src/features/cohorts/api/get-insights.ts calls it. */
const insights = (c, batch, pages = { dueSoon: 0, action: 0 }) =>
  c
    .rpc('cohort_insights', {
      p_organization_id: ORG,
      p_batch_id: batch ?? undefined,
      p_limit: String(PAGE),
      p_due_soon_offset: String(pages.dueSoon * PAGE),
      p_action_offset: String(pages.action * PAGE),
    })
    .then(ok);

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


// ---------------------------------------------------------------------------------------------
// 2. Requests through the stack
async function requests() {
  const admin = await signIn('admin@nikist.demo');
  const cm = await signIn('cohorts@nikist.demo');
  const call = 'select public.cohort_insights($1, $2, $3, $4, $5)';
  const sample = await insights(admin.c, null);
  console.log(
    `\norganization insights: due soon ${sample.due_soon.students} students (${sample.due_soon.rows.length} rows returned), ` +
      `aging ${sample.aging.map((a) => `${a.bucket} ${a.students}`).join(' / ')}, collections this week ${sample.collections.this_week.payments} payments, ` +
      `last week ${sample.collections.last_week.payments}; needing action ${sample.needs_action.students} (${sample.needs_action.rows.length} rows returned)`,
  );
  const cases = (who, u) => [
    [`${who} organization insights (page 1)`, () => insights(u.c, null), direct(u.uid, call, [ORG, null, String(PAGE), '0', '0'])],
    [`${who} organization insights (page 5 of both lists)`, () => insights(u.c, null, { dueSoon: 4, action: 4 }), direct(u.uid, call, [ORG, null, String(PAGE), String(4 * PAGE), String(4 * PAGE)])],
    [`${who} batch insights (${STUDENTS}-student batch)`, () => insights(u.c, BATCH), direct(u.uid, call, [ORG, BATCH, String(PAGE), '0', '0'])],
  ];
  const all = [...cases('admin', admin), ...cases('cohort mgr', cm)];
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
}

// ---------------------------------------------------------------------------------------------
// 3. Plans: every statement cohort_insights runs, from auto_explain, on the 6th call of a session
// (plpgsql: the plan cache may have switched to generic plans by then) as the admin (RLS on).
const claimsAdmin = JSON.stringify({ sub: ADMIN, role: 'authenticated' });
const asAdmin = async (c) => {
  await c.query('set local role authenticated');
  await c.query(`select set_config('request.jwt.claims', $1, true)`, [claimsAdmin]);
};

async function explain() {
  const big = (
    await sql.query(
      `select c.relname, c.reltuples::bigint n from pg_class c join pg_namespace s on s.oid = c.relnamespace
       where s.nspname = 'public' and c.relkind = 'r' and c.reltuples >= 10000 order by 2 desc`,
    )
  ).rows;
  const bigNames = new Set(big.map((r) => r.relname));
  console.log(`\nlarge tables: ${big.map((r) => `${r.relname} ~${r.n}`).join(', ')}`);
  for (const [scope, batch] of [['organization', null], ['batch', BATCH]]) {
    const c = new pg.Client({ connectionString: stack.databaseUrl });
    await c.connect();
    const notices = [];
    const onNotice = (n) => notices.push(n.message);
    const call = 'select public.cohort_insights($1, $2, $3, $4, $5)';
    const args = [ORG, batch, String(PAGE), '0', '0'];
    try {
      await c.query('begin');
      await asAdmin(c);
      for (let i = 0; i < 5; i++) await c.query(call, args);
      await c.query('rollback');
      await c.query('begin');
      await c.query(`load 'auto_explain'`);
      for (const s of ['log_min_duration = 0', 'log_analyze = on', 'log_buffers = on', 'log_timing = on', 'log_nested_statements = on', `log_level = 'notice'`])
        await c.query(`set local auto_explain.${s}`);
      await asAdmin(c);
      c.on('notice', onNotice);
      await c.query(call, args);
      c.off('notice', onNotice);
      await c.query('rollback');
    } catch (e) {
      await c.query('rollback').catch(() => {});
      console.log(`\n${scope}: no plans (${e.message})`);
      await c.end();
      continue;
    }
    await c.end();
    const summary = [];
    // One notice per statement; the outer call (select public.cohort_insights) is the last.
    const plans = notices.filter((t) => /\(cost=\d/.test(t) && !/select public\.cohort_insights/.test(t));
    for (const m of plans) {
      const all = m.split('\n');
      const start = all.findIndex((l) => /\(cost=\d/.test(l));
      const query = all.slice(1, start).join(' ').replace(/\s+/g, ' ').trim();
      const what = /Query Text: (.{0,90})/.exec(query)?.[1] ?? query.slice(0, 90);
      const lines = all.slice(start);
      const duration = /duration: ([\d.]+) ms/.exec(all[0])?.[1];
      console.log(`\n--- ${scope}: ${what}…  (${duration} ms)\n${lines.join('\n')}`);
      const idx = new Set();
      const seq = new Set();
      for (const l of lines) {
        const im = /(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using )?(?:on )?(\S+)(?: on (\S+))?/.exec(l);
        if (im) idx.add(`${im[2]}${im[1] === 'Index Only Scan' ? ' (index only)' : im[1] === 'Bitmap Index Scan' ? ' (bitmap)' : ''}`);
        const s = /Seq Scan on (\S+)/.exec(l);
        if (s) seq.add(s[1]);
      }
      const seqBig = [...seq].filter((t) => bigNames.has(t));
      summary.push(
        `${what.slice(0, 60).padEnd(60)} ${String(duration).padStart(8)} ms | indexes: ${[...idx].join(', ') || 'none'} | seq scans: ${[...seq].join(', ') || 'none'}` +
          (seqBig.length ? `  <-- seq scan on a large table: ${seqBig.join(', ')}` : ''),
      );
    }
    console.log(`\nindex use (${scope} insights):\n${summary.join('\n')}`);
  }
}

try {
  console.log(
    `insights at scale on ${new URL(databaseUrl).host} (scratch database): ${APPOINTMENTS} appointments, ${STUDENTS} students in one batch, ${ITER} requests per case;` +
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
