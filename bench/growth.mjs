// Growth of every list page, polled count and period read with history (issue 16): does a read
// cost a page (or a period), or the whole history?
//
// A scratch database on the PostgreSQL server (DATABASE_URL) with the platform, migrations and the
// demo seed. The tables grow 1k -> 10k -> 100k -> 1M rows (GROWTH_SIZES): call requests (each with
// its chat), leads with their call appointments, the students of converted appointments and their
// payments. Half of every table belongs to the measured organizations (Vitalis's call desk,
// Nikist's sales), half to a second organization (Orbit Academy) in the same tables, with a
// backlog: 10% of its requests never handled. The measured desk has 200 open requests and 200
// requests a day of history going back in time; Nikist 100 appointments a day over 3 closers,
// 20% converted into a batch per 30 days. Generation is set-based, with triggers and foreign-key
// checks off (session_replication_role = replica), so a step to 1M takes about a minute.
//
// Each read runs as the caller (set local role authenticated + request.jwt.claims, RLS on),
// round-robin with a CPU reference statement (GROWTH_ITER rounds): p50/p95 per size; the growth
// exponent per 10x step = log10 of the p50 ratio normalised by the reference's p50 ratio (the
// machine is shared and noisy). Goal: <= 0.15 per step for pages and counts. The costliest plan
// node (largest self time, over every statement inside the function: auto_explain, nested) of one
// extra run per read and size.
//   node bench/growth.mjs
//   GROWTH_SIZES=1000,10000 GROWTH_ITER=10 node bench/growth.mjs     (smoke run)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { applyMigrations, applyPlatform, applySeed, createScratchDatabase, openDatabase } from '../local-supabase/db.mjs';

const adminUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.GROWTH_SIZES || '1000,10000,100000,1000000').split(',').map(Number);
const ITER = Number(process.env.GROWTH_ITER || 20); // GROWTH_KEEP=1 keeps the scratch database
const READ_BUDGET_MS = Number(process.env.GROWTH_READ_BUDGET_MS || 8000); // per read and size, after 5 runs
const VITALIS = '0a000000-0000-4000-8000-000000000002';
const NIKIST = '0a000000-0000-4000-8000-000000000001';
const ORBIT = '0a000000-0000-4000-8000-000000000003';
const NIKIST_TYPE = '0d000000-0000-4000-8000-000000000001';
const ORBIT_TYPE = '0d000000-0000-4000-8000-000000000003';
const OPEN_A = 200; // the measured desk's open requests
const CALLS_PER_DAY = 200;
const APPTS_PER_DAY = 100;
const BATCH_DAYS = 30;

const t0 = performance.now();
const scratch = await createScratchDatabase(adminUrl);
const setup = await openDatabase({ url: scratch.url, max: 1 });
await applyPlatform(setup);
await applyMigrations(setup);
await applySeed(setup);
await setup.close();
const sql = new pg.Client({ connectionString: scratch.url });
await sql.connect();
const notices = [];
sql.on('notice', (n) => notices.push(n.message));
console.log(`scratch database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const q = async (text, params = []) => (await sql.query(text, params)).rows;
const idOf = async (email) => (await q(`select id from auth.users where email = $1`, [email]))[0].id;
const ana = await idOf('ana@vitalis.demo');
const dipanshu = await idOf('dipanshu@nikist.demo');
const nikistAdmin = await idOf('admin@nikist.demo');
const cohortManager = await idOf('cohorts@nikist.demo');
const nikistClosers = (await q(`select user_id from public.memberships where organization_id = $1 and role = 'closer' order by user_id`, [NIKIST])).map((r) => r.user_id);
const orbitClosers = (await q(`select user_id from public.memberships where organization_id = $1 and role = 'closer' order by user_id`, [ORBIT])).map((r) => r.user_id);
const vitalisMembers = (await q(`select user_id from public.memberships where organization_id = $1 and role = 'member' order by user_id`, [VITALIS])).map((r) => r.user_id);
const vitalisCompanies = (await q(`select id from public.companies where organization_id = $1 order by id`, [VITALIS])).map((r) => r.id);
const vitalisSpecialists = (await q(`select user_id from public.memberships where organization_id = $1 and role = 'specialist' order by user_id`, [VITALIS])).map((r) => r.user_id);

// ---------------------------------------------------------------------------------------------
// Generation: rows k in [from, to) of one organization; k = 0 is the newest.
async function growCalls(org, from, to, openShare, openFirst) {
  if (to <= from) return;
  await sql.query(
    `create temp table g on commit drop as
     select k, gen_random_uuid() as sid,
       now() - make_interval(secs => k * 86400.0 / $4) as created,
       case when k < $5 then true when $3::float8 > 0 and (k::bigint * 7919) % 100 < $3::float8 * 100 then true else false end as open,
       ($6::uuid[])[1 + k % cardinality($6::uuid[])] as member,
       ($7::uuid[])[1 + k % cardinality($7::uuid[])] as company,
       ($8::uuid[])[1 + k % cardinality($8::uuid[])] as specialist,
       (array['psychological','physical','financial','legal'])[1 + (k * 31) % 4] as pillar,
       60 + (k * 37) % 1800 as wait_s
     from generate_series($1::int, $2::int - 1) k`,
    [from, to, openShare, CALLS_PER_DAY, openFirst, vitalisMembers, vitalisCompanies, vitalisSpecialists],
  );
  await sql.query(
    `insert into public.chat_sessions (id, organization_id, user_id, company_id, pillar, status, phone_escalation_reason, phone_escalated_at, created_at, updated_at)
     select sid, $1, member, company, pillar, case when open then 'phone_escalated' else 'resolved' end, 'Growth bench ' || k, created, created, created from g`,
    [org],
  );
  await sql.query(
    `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, reason, attempts,
       call_notes, outcome, created_at, updated_at, completed_at, first_called_at)
     select $1, sid, member, case when not open then specialist end, case when open then 'pending' else 'completed' end, 'Growth bench ' || k,
       case when open then 0 else 1 end,
       case when not open then 'Talked it through (' || k || ')' end,
       case when not open then (array['resolved_by_phone','resolved_by_phone','session_booked','escalated'])[1 + k % 4] end,
       created, created, case when not open then created + make_interval(secs => wait_s) end,
       case when not open then created + make_interval(secs => wait_s) end
     from g`,
    [org],
  );
}

async function growSales(org, from, to, closers, cohortType, prefix) {
  if (to <= from) return;
  // One batch per BATCH_DAYS of history (k / (APPTS_PER_DAY * BATCH_DAYS)).
  const perBatch = APPTS_PER_DAY * BATCH_DAYS;
  await sql.query(
    `insert into public.cohort_batches (id, organization_id, cohort_type_id, name, status, start_date)
     select md5($1::text || b::text)::uuid, $2, $3, $1::text || ' ' || b::text, case when b = 0 then 'active' else 'completed' end, current_date - b * $4
     from generate_series($5::int, $6::int) b
     on conflict do nothing`,
    [prefix, org, cohortType, BATCH_DAYS, Math.floor(from / perBatch), Math.floor((to - 1) / perBatch)],
  );
  await sql.query(
    `create temp table g on commit drop as
     select k, gen_random_uuid() as lead_id, gen_random_uuid() as appt_id,
       case when k < $3 then current_date when k < 3 * $3 then current_date + 1 + (k - $3) / $3 else current_date - (k - 2 * $3) / $3 end as sched,
       ($4::uuid[])[1 + k % cardinality($4::uuid[])] as closer,
       md5($5::text || (k / ($3::int * $6::int))::text)::uuid as batch,
       (k::bigint * 7919) % 100 as r
     from generate_series($1::int, $2::int - 1) k`,
    [from, to, APPTS_PER_DAY, closers, prefix, BATCH_DAYS],
  );
  await sql.query(
    `insert into public.leads (id, organization_id, full_name, email, phone, source, created_at)
     select lead_id, $1, (array['Aarav','Aditi','Akash','Ananya','Arjun','Bhavna','Deepak','Divya'])[1 + k % 8] || ' ' ||
       (array['Sharma','Verma','Gupta','Iyer','Nair','Reddy','Patel','Shah','Mehta'])[1 + (k / 8) % 9],
       'lead' || k || '@growth.bench', '+91 9' || lpad(k::text, 9, '0'), 'growth-bench', sched::timestamptz - interval '7 days'
     from g`,
    [org],
  );
  await sql.query(
    `insert into public.call_appointments (id, organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, batch_id,
       offer_amount, cash_received, classes_access, conversion_date, created_by, updated_by)
     select appt_id, $1, lead_id, closer, sched, time '09:00' + (k % 20) * interval '30 minutes',
       case when sched >= current_date and k >= $2 then 'scheduled'
            when r < 20 then 'converted' when r < 50 then 'not_converted' when r < 65 then 'reschedule' when r < 80 then 'no_show'
            else 'scheduled' end,
       case when r < 20 and (sched < current_date or k < $2) then batch end,
       case when r < 20 then 50000 else 0 end, case when r < 20 then (1 + r % 5) * 10000 else 0 end,
       case when r < 20 then 10 end, case when r < 20 then sched end, closer, closer
     from g`,
    [org, APPTS_PER_DAY],
  );
  await sql.query(
    `insert into public.cohort_students (organization_id, cohort_batch_id, lead_id, call_appointment_id, closer_id, conversion_date,
       offer_amount, cash_received, classes_access, next_follow_up_date, status, created_by)
     select ca.organization_id, ca.batch_id, ca.lead_id, ca.id, ca.closer_id, ca.conversion_date, ca.offer_amount, ca.cash_received,
       ca.classes_access, case when ca.cash_received < ca.offer_amount then current_date + (g.k % 20) - 5 end,
       case when g.r = 0 then 'refunded' else 'active' end, ca.closer_id
     from g join public.call_appointments ca on ca.id = g.appt_id where ca.batch_id is not null`,
  );
  await sql.query(
    `insert into public.emi_payments (organization_id, cohort_student_id, amount, paid_on, remarks, created_by)
     select cs.organization_id, cs.id, cs.cash_received, cs.conversion_date, 'Growth bench', cs.closer_id
     from g join public.cohort_students cs on cs.call_appointment_id = g.appt_id where cs.cash_received > 0`,
  );
}

let grown = 0;
async function growTo(n) {
  const half = n / 2;
  const t = performance.now();
  for (const [fn, args] of [
    [growCalls, [VITALIS, grown / 2, half, 0, OPEN_A]],
    [growCalls, [ORBIT, grown / 2, half, 0.1, 0]],
    [growSales, [NIKIST, grown / 2, half, nikistClosers, NIKIST_TYPE, 'Nikist growth']],
    [growSales, [ORBIT, grown / 2, half, orbitClosers, ORBIT_TYPE, 'Orbit growth']],
  ]) {
    await sql.query('begin');
    await sql.query(`set local session_replication_role = replica`);
    await fn(...args);
    await sql.query('commit');
  }
  // Generation runs with triggers off: the running totals (20261207180000) are rebuilt here as
  // their triggers would have kept them.
  await sql.query('begin');
  await sql.query(`truncate public.student_money_totals, public.closer_call_counts`);
  await sql.query(`insert into public.student_money_totals (organization_id, cohort_batch_id, closer_id, students, offered, received, due)
    select organization_id, cohort_batch_id, closer_id, count(*), sum(offer_amount), sum(cash_received), sum(due_amount)
    from public.cohort_students group by 1, 2, 3`);
  await sql.query(`insert into public.closer_call_counts (organization_id, closer_id, status, calls)
    select organization_id, closer_id, status, count(*) from public.call_appointments group by 1, 2, 3`);
  // The insights' owing students and their totals (20261207200000), as their triggers keep them.
  await sql.query(`truncate public.owing_students, public.owing_student_totals, public.owing_follow_ups`);
  await sql.query(`insert into public.owing_students (student_id, organization_id, cohort_batch_id, due_amount, next_follow_up_date, conversion_date, last_paid_on)
    select cs.id, cs.organization_id, cs.cohort_batch_id, cs.due_amount, cs.next_follow_up_date, cs.conversion_date,
      (select max(p.paid_on) from public.emi_payments p where p.cohort_student_id = cs.id and p.kind = 'payment')
    from public.cohort_students cs where cs.status = 'active' and cs.due_amount > 0`);
  await sql.query(`insert into public.owing_student_totals (organization_id, cohort_batch_id, owing, due, follow_up)
    select organization_id, cohort_batch_id, count(*), sum(due_amount), count(next_follow_up_date) from public.owing_students group by 1, 2`);
  await sql.query(`insert into public.owing_follow_ups (organization_id, next_follow_up_date, owing, due)
    select organization_id, next_follow_up_date, count(*), sum(due_amount) from public.owing_students where next_follow_up_date is not null group by 1, 2`);
  // The desk's daily aggregates (20261207210000), likewise.
  await sql.query(`select private.call_desk_daily_rebuild(null)`);
  await sql.query('commit');
  const genS = (performance.now() - t) / 1000;
  const tv = performance.now();
  await sql.query(`vacuum (analyze) public.chat_sessions, public.specialist_call_logs, public.leads, public.call_appointments,
    public.cohort_students, public.emi_payments, public.cohort_batches, public.student_money_totals, public.closer_call_counts,
    public.owing_students, public.owing_student_totals, public.owing_follow_ups, private.call_desk_daily, private.call_desk_daily_waits`);
  grown = n;
  const c = (await q(`select (select count(*) from public.specialist_call_logs) logs, (select count(*) from public.call_appointments) appts,
    (select count(*) from public.cohort_students) students, (select count(*) from public.emi_payments) payments,
    (select count(*) from public.cohort_batches) batches,
    (select count(*) from public.specialist_call_logs where call_status = 'pending') open`))[0];
  console.log(`\n== size ${n.toLocaleString('en')}: generated in ${genS.toFixed(1)} s, vacuum analyze ${((performance.now() - tv) / 1000).toFixed(1)} s; ` +
    `${c.logs} call logs (${c.open} open), ${c.appts} appointments, ${c.students} students, ${c.payments} payments, ${c.batches} batches`);
}

// ---------------------------------------------------------------------------------------------
// Reads, as the app makes them.
const day = (d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
const monthStart = () => `${day(0).slice(0, 8)}01`;
const batch0 = (prefix) => `md5('${prefix}' || '0')::uuid::text`;
const allReads = [
  { name: 'queue page', kind: 'page', user: ana, sql: `select * from public.list_call_queue($1, p_limit => '25')`, params: [VITALIS] },
  { name: 'queue page, shortest wait', kind: 'page', user: ana, sql: `select * from public.list_call_queue($1, p_limit => '25', p_sort => 'shortest_wait')`, params: [VITALIS] },
  { name: 'resolved page', kind: 'page', user: ana, sql: `select * from public.list_resolved_calls($1, '25')`, params: [VITALIS] },
  { name: 'resolved search "sofia"', kind: 'info', user: ana, sql: `select * from public.list_resolved_calls($1, '25', p_search => 'Ana Souza')`, params: [VITALIS] },
  { name: 'tab counts', kind: 'count', user: ana, sql: `select public.call_request_counts($1, now()::text)`, params: [VITALIS] },
  { name: 'desk metrics, one day', kind: 'period', user: ana, sql: `select public.call_desk_metrics($1, $2, $2)`, params: [VITALIS, day(-1)] },
  { name: 'desk metrics, a year', kind: 'info', user: ana, sql: `select public.call_desk_metrics($1, $2, $3)`, params: [VITALIS, day(-365), day(0)] },
  { name: "closer's calls page", kind: 'page', user: dipanshu, sql: `select * from public.list_closer_calls($1, $2, p_limit => '25')`, params: [NIKIST, dipanshu] },
  { name: 'roster page', kind: 'page', user: cohortManager, sql: `select * from public.list_batch_roster(${batch0('Nikist growth')}, p_limit => '25')`, params: [] },
  { name: 'batch overview', kind: 'page', user: cohortManager, sql: `select * from public.list_cohort_batches($1)`, params: [NIKIST] },
  { name: 'closers summary, this month', kind: 'period', user: nikistAdmin, sql: `select * from public.closer_summary($1, $2, $3)`, params: [NIKIST, monthStart(), day(0)] },
  { name: 'closers summary, all time', kind: 'page', user: nikistAdmin, sql: `select * from public.closer_summary($1)`, params: [NIKIST] },
  { name: 'KPIs, two days', kind: 'period', user: nikistAdmin, sql: `select public.closer_kpis($1, 'custom', $2, $3)`, params: [NIKIST, day(-2), day(-1)] },
  { name: 'insights', kind: 'period', user: cohortManager, sql: `select public.cohort_insights($1)`, params: [NIKIST] },
];
// GROWTH_ONLY='insights,batch overview' times only the reads whose name contains one of the parts.
const ONLY = (process.env.GROWTH_ONLY || '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
const reads = ONLY.length ? allReads.filter((r) => ONLY.some((o) => r.name.toLowerCase().includes(o))) : allReads;
const REF = { name: 'CPU reference', sql: `select count(*) from generate_series(1, 300000)` };

const claims = (user) => JSON.stringify({ sub: user, role: 'authenticated', aud: 'authenticated' });
async function asCaller(read) {
  await sql.query('begin');
  await sql.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims(read.user)]);
  const t = performance.now();
  try {
    await sql.query(read.sql, read.params);
    return performance.now() - t;
  } finally {
    await sql.query('rollback');
  }
}
async function timed(text) {
  const t = performance.now();
  await sql.query(text);
  return performance.now() - t;
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
}

/** The plan node with the largest self time over every statement the read runs (auto_explain, nested). */
async function costliest(read) {
  notices.length = 0;
  await sql.query('begin');
  await sql.query(`load 'auto_explain'`);
  await sql.query(`set local auto_explain.log_min_duration = 0; set local auto_explain.log_analyze = on; set local auto_explain.log_nested_statements = on;
    set local auto_explain.log_format = json; set local auto_explain.log_level = notice; set local auto_explain.log_timing = on`);
  await sql.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims(read.user)]);
  try {
    await sql.query(read.sql, read.params);
  } catch (e) {
    await sql.query('rollback');
    return `error: ${e.message}`;
  }
  await sql.query('rollback');
  let best = null;
  for (const m of notices) {
    const i = m.indexOf('{');
    if (i < 0) continue;
    let plan;
    try {
      const j = JSON.parse(m.slice(i));
      // The read's own statement (a scan of the function's result) holds the time of every
      // statement inside it: only the nested statements' nodes are compared.
      if (String(j['Query Text'] ?? '').trim() === read.sql.trim()) continue;
      plan = j.Plan;
    } catch {
      continue;
    }
    const walk = (node) => {
      const kids = node.Plans ?? [];
      const loops = node['Actual Loops'] ?? 1;
      const total = (node['Actual Total Time'] ?? 0) * loops;
      const self = total - kids.reduce((s, k) => s + (k['Actual Total Time'] ?? 0) * (k['Actual Loops'] ?? 1), 0);
      const rel = node['Index Name'] ?? node['Relation Name'] ?? '';
      if (!best || self > best.self) best = { self, text: `${node['Node Type']}${rel ? ` ${rel}` : ''} rows=${node['Actual Rows'] * loops}` };
      kids.forEach(walk);
    };
    if (plan && !/set_config|auto_explain/.test(m)) walk(plan);
  }
  return best ? `${best.text} (${best.self.toFixed(1)} ms self)` : '-';
}

const results = new Map(); // read name -> [{ size, p50, p95, ref, node }]
for (const size of SIZES) {
  await growTo(size);
  const samples = new Map(reads.map((r) => [r.name, []]));
  const refs = [];
  const spent = new Map(reads.map((r) => [r.name, 0]));
  const failed = new Map();
  for (const r of reads) await asCaller(r).catch((e) => failed.set(r.name, e.message)); // warm-up
  for (let i = 0; i < ITER; i++) {
    refs.push(await timed(REF.sql));
    for (const r of reads) {
      if (failed.has(r.name)) continue;
      if (samples.get(r.name).length >= 5 && spent.get(r.name) > READ_BUDGET_MS) continue;
      const ms = await asCaller(r);
      samples.get(r.name).push(ms);
      spent.set(r.name, spent.get(r.name) + ms);
    }
  }
  const ref = pct(refs, 0.5);
  for (const r of reads) {
    const xs = samples.get(r.name);
    const row = failed.has(r.name)
      ? { size, error: failed.get(r.name) }
      : { size, p50: pct(xs, 0.5), p95: pct(xs, 0.95), n: xs.length, ref, node: await costliest(r) };
    if (!results.has(r.name)) results.set(r.name, []);
    results.get(r.name).push(row);
    console.log(`  ${r.name.padEnd(28)} ${row.error ? `error: ${row.error}` : `p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms (n=${row.n}); ${row.node}`}`);
  }
  console.log(`CPU reference p50 ${ref.toFixed(1)} ms`);
}

// ---------------------------------------------------------------------------------------------
const f = (x) => (x === undefined ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const sizeLabel = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
console.log(`\nGrowth (ms, p50/p95 as the caller; exponent per 10x step = log10(p50 ratio / CPU reference ratio); goal <= 0.15 for pages and counts)`);
const head = ['read', 'kind', ...SIZES.map((s) => `${sizeLabel(s)} p50/p95`), ...SIZES.slice(1).map((s, i) => `exp ${sizeLabel(SIZES[i])}->${sizeLabel(s)}`)];
const lines = [head];
for (const r of reads) {
  const rows = results.get(r.name) ?? [];
  const cells = rows.map((x) => (x.error ? 'error' : `${f(x.p50)}/${f(x.p95)}`));
  const exps = rows.slice(1).map((x, i) => {
    const a = rows[i];
    if (x.error || a.error) return '-';
    const steps = Math.log10(x.size / a.size);
    const e = Math.log10(x.p50 / x.ref / (a.p50 / a.ref)) / steps;
    const flag = r.kind === 'page' || r.kind === 'count' ? (e <= 0.15 ? '' : ' !') : '';
    return `${e.toFixed(2)}${flag}`;
  });
  lines.push([r.name, r.kind, ...cells, ...exps]);
}
const widths = head.map((_, i) => Math.max(...lines.map((l) => String(l[i] ?? '').length)));
for (const l of lines) console.log(l.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  '));
const last = SIZES[SIZES.length - 1];
console.log(`\nCostliest plan node at ${sizeLabel(last)} (self time, every statement inside the read):`);
for (const r of reads) {
  const x = (results.get(r.name) ?? []).at(-1);
  console.log(`  ${r.name.padEnd(widths[0])}  ${x?.error ? `error: ${x.error}` : x?.node}`);
}
const queue = (results.get('queue page') ?? []).at(-1);
if (queue && !queue.error) console.log(`\nqueue page p95 at ${sizeLabel(last)}: ${f(queue.p95)} ms (goal <= 30 ms at 1M)`);

await sql.end();
if (process.env.GROWTH_KEEP) console.log(`kept the database: ${scratch.url}`);
else await scratch.drop();
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
