// Desk metrics at 200,000 chat sessions and the closers' KPIs at 200,000 call appointments,
// through the local stack (HTTP + auth + a scratch database on the Postgres server of
// DATABASE_URL), the way the app asks for them:
//   call_desk_metrics   today / last 7 days / last 30 days, as the specialist ana@vitalis.demo;
//   call_request_counts the tab counts polled every 5 s with the Pending tab;
//   closer_kpis         today / this week / this month / a custom year, as admin@nikist.demo
//                       (every closer) and as the closer dipanshu@nikist.demo (own figures).
// Data (set-based, as the database owner, one transaction each):
//   BENCH_SESSIONS chat sessions of Vitalis over the past year with one call log for 4 in 5
//   (BENCH_OPEN of them still open, the others completed after 1-90 minutes, some with a missed
//   attempt first), spread over 400 members and its specialists;
//   BENCH_APPOINTMENTS call appointments of Nikist over the past year and the next two weeks,
//   ~12 % converted (students by the S1 trigger, history rows by the history trigger), with 1-3
//   ledger payments each (ledger trigger off for that insert, sums equal by construction).
// Reports p50 / p95 / mean ms (sequential requests after a warm-up) and the plans of the
// statements inside the functions (auto_explain, analyze + buffers) with the indexes they use.
// Prints numbers, asserts nothing. The scratch database is dropped at the end.
//   node bench/desk-metrics.mjs
//   BENCH_SESSIONS=20000 BENCH_APPOINTMENTS=20000 BENCH_ITER=20 node bench/desk-metrics.mjs   (smoke run)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient } from '@supabase/supabase-js';
import { startSalesStack } from '../tests/helpers/sales-stack.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const SESSIONS = Number(process.env.BENCH_SESSIONS || 200_000);
const OPEN = Math.min(Number(process.env.BENCH_OPEN || 2_000), SESSIONS);
const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS || 200_000);
const ITER = Number(process.env.BENCH_ITER || 60);
const VITALIS = '0a000000-0000-4000-8000-000000000002';
const NIKIST = '0a000000-0000-4000-8000-000000000001';

const f1 = (n) => (n === null || n === undefined ? '—' : Number(n).toFixed(1));
const secs = (t) => ((performance.now() - t) / 1000).toFixed(1);

const t0 = performance.now();
const stack = await startSalesStack({ databaseUrl });
const sql = new pg.Client({ connectionString: stack.databaseUrl });
await sql.connect();
console.log(`stack ready in ${secs(t0)} s on ${new URL(databaseUrl).host} (Postgres ${(await sql.query('show server_version')).rows[0].server_version})`);

async function generateDesk() {
  const t = performance.now();
  await sql.query('begin');
  await sql.query(
    `create temp table bench_members on commit drop as
     with co as (select array_agg(id order by id) as a from public.companies where organization_id = $1)
     select m, md5('desk-member-' || m)::uuid as id, co.a[1 + m % array_length(co.a, 1)] as company_id
     from generate_series(1, 400) m, co`,
    [VITALIS],
  );
  await sql.query(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
       created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change)
     select '00000000-0000-0000-0000-000000000000', b.id, 'authenticated', 'authenticated', 'desk' || b.m || '@vitalis.bench', '', now(),
       '{"provider":"email","providers":["email"]}', jsonb_build_object('full_name', 'Membro Desk ' || b.m), now(), now(), '', '', '', ''
     from bench_members b`,
  );
  await sql.query(`insert into public.memberships (organization_id, user_id, role, company_id) select $1, b.id, 'member', b.company_id from bench_members b`, [VITALIS]);
  const specialists = (await sql.query(`select user_id from public.memberships where organization_id = $1 and role = 'specialist' order by user_id`, [VITALIS])).rows.map((r) => r.user_id);
  // Sessions 1..OPEN wait for a call (the last few hours); the others over the past year.
  await sql.query(
    `create temp table bench_sessions on commit drop as
     select i, md5('desk-session-' || i)::uuid as id, b.id as user_id, b.company_id,
       (array['psychological','physical','financial','legal'])[1 + i % 4] as pillar,
       case when i <= $2 then now() - i * interval '7 seconds'
            else now() - (i % 365) * interval '1 day' - (i * 37 % 86400) * interval '1 second' end as esc
     from generate_series(1, $1::int) i
     join bench_members b on b.m = 1 + (i * 7919) % 400`,
    [SESSIONS, OPEN],
  );
  await sql.query(
    `insert into public.chat_sessions (id, organization_id, user_id, company_id, pillar, status, phone_escalated_at, phone_contact_made, created_at, updated_at, ended_at)
     select s.id, $1, s.user_id, s.company_id, s.pillar,
       case when s.i <= $2 then 'phone_escalated' when s.i % 5 = 4 then 'abandoned' else 'resolved' end,
       case when s.i % 5 <> 4 or s.i <= $2 then s.esc end, s.i > $2 and s.i % 5 <> 4,
       s.esc - interval '15 minutes', s.esc, case when s.i > $2 then s.esc + interval '2 hours' end
     from bench_sessions s`,
    [VITALIS, OPEN],
  );
  await sql.query(
    `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, reason, attempts, last_attempt_at,
       call_notes, outcome, created_at, updated_at, completed_at)
     select $1, s.id, s.user_id,
       case when s.i > $2 then ($3::uuid[])[1 + s.i % cardinality($3::uuid[])] end,
       case when s.i <= $2 then 'pending' else 'completed' end, 'Pedido ' || s.i,
       case when s.i % 7 = 0 then 1 else 0 end,
       case when s.i % 7 = 0 then s.esc + (1 + s.i % 30) * interval '1 minute' end,
       case when s.i > $2 then 'Ligação feita.' end,
       case when s.i <= $2 then null else (array['resolved_by_phone','resolved_by_phone','session_booked','escalated'])[1 + s.i % 4] end,
       s.esc, s.esc,
       case when s.i > $2 then s.esc + (1 + (s.i * 13) % 90) * interval '1 minute' end
     from bench_sessions s where s.i <= $2 or s.i % 5 <> 4`,
    [VITALIS, OPEN, specialists],
  );
  await sql.query('commit');
  await sql.query('vacuum (analyze) public.chat_sessions, public.specialist_call_logs');
  const c = (
    await sql.query(
      `select (select count(*) from public.chat_sessions where organization_id = $1) sessions,
              (select count(*) from public.specialist_call_logs where organization_id = $1) logs,
              (select count(*) from public.specialist_call_logs where organization_id = $1 and call_status in ('pending','scheduled')) open`,
      [VITALIS],
    )
  ).rows[0];
  console.log(`desk data in ${secs(t)} s: ${c.sessions} chat sessions, ${c.logs} call logs (${c.open} open)`);
}

async function generateSales() {
  const t = performance.now();
  const closers = (await sql.query(`select user_id from public.memberships where organization_id = $1 and role = 'closer' order by user_id`, [NIKIST])).rows.map((r) => r.user_id);
  const batches = (await sql.query(`select id from public.cohort_batches where organization_id = $1 and status = 'active' order by id`, [NIKIST])).rows.map((r) => r.id);
  await sql.query('select setseed(0.17)');
  await sql.query(
    `create temp table gen as
     select i, gen_random_uuid() as lead_id, random() as r, random() as r2,
       ($1::uuid[])[1 + i % cardinality($1::uuid[])] as closer_id,
       (now() at time zone 'Asia/Kolkata')::date - 365 + (i * 7 % 380) as sched
     from generate_series(1, $2::int) i`,
    [closers, APPOINTMENTS],
  );
  await sql.query(
    `alter table gen add column status text;
     update gen set status = case
       when sched > (now() at time zone 'Asia/Kolkata')::date then (array['scheduled','reschedule'])[1 + i % 2]
       when r < 0.12 then (array['converted','converted_beginner','booking_amount','converted_advance'])[1 + i % 4]
       when r < 0.50 then 'not_converted' when r < 0.75 then 'no_show' when r < 0.85 then 'reschedule' else 'scheduled' end`,
  );
  await sql.query(`insert into public.leads (id, organization_id, full_name, email, source) select lead_id, $1, 'Lead ' || i, 'lead' || i || '@kpi.bench', 'kpi-bench' from gen`, [NIKIST]);
  const ins = await sql.query(
    `insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, batch_id, offer_amount, cash_received,
       classes_access, conversion_date, created_by, updated_by)
     select $1, lead_id, closer_id, sched, time '09:00' + (i % 18) * interval '30 minutes', status,
       case when status in ('converted','converted_beginner','booking_amount','converted_advance') then ($2::uuid[])[1 + i % cardinality($2::uuid[])] end,
       case when status in ('converted','converted_beginner','booking_amount','converted_advance') then 50000 else 0 end,
       case when status in ('converted','converted_beginner','booking_amount','converted_advance') then 10000 * (1 + i % 3) else 0 end,
       case when status in ('converted','converted_beginner','booking_amount','converted_advance') then 15 end,
       case when status in ('converted','converted_beginner','booking_amount','converted_advance') then sched + (i % 3) end,
       closer_id, closer_id
     from gen`,
    [NIKIST, batches],
  );
  await sql.query('begin');
  await sql.query('alter table public.emi_payments disable trigger emi_payments_ledger');
  const pay = await sql.query(
    `insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, remarks, created_by)
     select cs.organization_id, cs.id, 10000, cs.conversion_date + (k - 1) * 20, 'Installment ' || k, cs.closer_id
     from public.cohort_students cs
     join public.leads l on l.id = cs.lead_id and l.source = 'kpi-bench'
     cross join lateral generate_series(1, (cs.cash_received / 10000)::int) k`,
  );
  await sql.query('alter table public.emi_payments enable trigger emi_payments_ledger');
  await sql.query('commit');
  await sql.query('drop table gen');
  await sql.query('vacuum (analyze) public.leads, public.call_appointments, public.cohort_students, public.emi_payments, public.call_appointment_history');
  const c = (await sql.query(`select (select count(*) from public.call_appointments where organization_id = $1) a, (select count(*) from public.cohort_students where organization_id = $1) s, (select count(*) from public.call_appointment_history where organization_id = $1) h`, [NIKIST])).rows[0];
  console.log(`sales data in ${secs(t)} s: ${c.a} Nikist appointments (${ins.rowCount} new), ${c.s} students, ${pay.rowCount} payments, ${c.h} history rows (by trigger)`);
}

async function client(email) {
  const c = createClient(stack.url, stack.anonKey, { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: WebSocket } });
  const { data, error } = await c.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return { c, uid: data.user.id };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
async function measure(call) {
  await call();
  const times = [];
  let last;
  for (let i = 0; i < ITER; i++) {
    const t = performance.now();
    last = await call();
    times.push(performance.now() - t);
  }
  return { p50: pct(times, 50), p95: pct(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length, last };
}
const ok = ({ data, error }) => {
  if (error) throw new Error(`${error.code}: ${error.message}`);
  return data;
};

/** auto_explain of every statement a function runs, as the user (RLS applies). */
async function plans(uid, text, params, match) {
  const c = new pg.Client({ connectionString: stack.databaseUrl });
  await c.connect();
  const notices = [];
  c.on('notice', (n) => notices.push(n.message));
  try {
    await c.query('begin');
    await c.query(`load 'auto_explain'`);
    for (const s of ['log_min_duration = 0', 'log_analyze = on', 'log_buffers = on', 'log_timing = on', 'log_nested_statements = on', `log_level = 'notice'`])
      await c.query(`set local auto_explain.${s}`);
    await c.query('set local role authenticated');
    await c.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: uid, role: 'authenticated', aud: 'authenticated' })]);
    await c.query(text, params);
    await c.query('rollback');
    return notices.filter((m) => match.some((s) => m.includes(s)));
  } catch (e) {
    await c.query('rollback').catch(() => {});
    return [`(no plan: ${e.message})`];
  } finally {
    await c.end();
  }
}
function summarize(lines) {
  const all = lines.join('\n');
  const idx = [...new Set([...all.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\S+)/g)].map((m) => m[1]))];
  const seq = [...new Set([...all.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1]))];
  return `indexes: ${idx.join(', ') || 'none'}; sequential scans: ${seq.join(', ') || 'none'}`;
}

const line = (name, r) => `${name.padEnd(44)} p50 ${f1(r.p50).padStart(7)} ms  p95 ${f1(r.p95).padStart(7)} ms  mean ${f1(r.mean).padStart(7)} ms`;

try {
  await generateDesk();
  await generateSales();
  const ana = await client('ana@vitalis.demo');
  const admin = await client('admin@nikist.demo');
  const dipanshu = await client('dipanshu@nikist.demo');
  const today = (await sql.query(`select (now() at time zone 'America/Sao_Paulo')::date::text d`)).rows[0].d;
  const minus = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) - n * 86400000).toISOString().slice(0, 10);
  console.log(`n=${ITER} sequential requests each, after one warm-up`);

  const desk = {};
  for (const [name, from] of [['today', null], ['last 7 days', minus(today, 6)], ['last 30 days', minus(today, 29)]]) {
    const r = await measure(() => ana.c.rpc('call_desk_metrics', { p_organization_id: VITALIS, p_from: from ?? undefined, p_to: from ? today : undefined }).then(ok));
    desk[name] = r;
    console.log(`${line(`call_desk_metrics ${name}`, r)}  requests ${r.last.requests}, median ${f1(r.last.median_wait_seconds)} s, p90 ${f1(r.last.p90_wait_seconds)} s`);
  }
  const counts = await measure(() => ana.c.rpc('call_request_counts', { p_organization_id: VITALIS, p_since: new Date(Date.now() - 60_000).toISOString() }).then(ok));
  console.log(`${line('call_request_counts (tab counts)', counts)}  pending ${counts.last.pending}, resolved ${counts.last.resolved}`);
  const queue = await measure(() => ana.c.rpc('list_call_queue', { p_organization_id: VITALIS, p_limit: '25', p_sort: 'shortest_wait' }).then(ok));
  console.log(line('list_call_queue shortest wait first', queue));

  for (const [who, u] of [['admin', admin], ['closer', dipanshu]]) {
    for (const [preset, from, to] of [['today'], ['week'], ['month'], ['custom', minus(today, 364), today]]) {
      const r = await measure(() => u.c.rpc('closer_kpis', { p_organization_id: NIKIST, p_preset: preset, p_from: from, p_to: to }).then(ok));
      console.log(`${line(`closer_kpis ${preset} as ${who}`, r)}  calls ${r.last.total.calls}, conversions ${r.last.total.conversions}, closers ${r.last.closers.length}`);
    }
  }

  console.log('\nplans (auto_explain, analyze, buffers; statements inside the functions):');
  const show = async (title, uid, text, params, match) => {
    const p = await plans(uid, text, params, match);
    console.log(`-- ${title}: ${summarize(p)}`);
    if (process.env.BENCH_PLANS !== '0') for (const l of p.join('\n').split('\n')) console.log(`   ${l}`);
  };
  await show('call_desk_metrics last 30 days (ana)', ana.uid, 'select public.call_desk_metrics($1, $2, $3)', [VITALIS, minus(today, 29), today], ['specialist_call_logs']);
  await show('call_request_counts (ana)', ana.uid, 'select public.call_request_counts($1, $2)', [VITALIS, new Date().toISOString()], ['specialist_call_logs']);
  await show('closer_kpis custom year (admin)', admin.uid, `select public.closer_kpis($1, 'custom', $2, $3)`, [NIKIST, minus(today, 364), today], ['call_appointments', 'emi_payments']);
  await show('closer_kpis this month (dipanshu)', dipanshu.uid, `select public.closer_kpis($1, 'month')`, [NIKIST], ['call_appointments', 'emi_payments']);
} finally {
  await sql.end();
  await stack.close();
}
