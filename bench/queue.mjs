// The specialists' Pending queue at scale, through the local stack (HTTP + auth + a scratch
// database on the Postgres server of DATABASE_URL), two ways, in the same run:
//   ours      the app's path: rpc list_call_queue (first page of 25, as the Pending tab asks, and
//             a deeper page), one request per page;
//   baseline  the earlier app's approach: select every escalated chat session with its member's
//             profile, company and messages (no limit), then filter, sort and page in JS.
// Data: the demo seed plus, set-based in SQL as the database owner, BENCH_SESSIONS chat sessions
// of the Vitalis organization spread over BENCH_MEMBERS generated members (auth.users, profiles
// by the trigger, memberships), 4 messages per escalated session, BENCH_OPEN open call logs
// (pending or scheduled, one per phone_escalated session) and completed logs on a tenth of the
// resolved sessions. Both run as the demo specialist ana@vitalis.demo.
// Reports p50/p95/mean latency (sequential requests), response bytes (Content-Length; the stack
// does not compress, gzip size shown for reference), the baseline/ours ratios, and the query plan
// of the queue function (auto_explain of the function's own statement, or EXPLAIN of the same SQL).
// Prints numbers, asserts nothing.
//   node bench/queue.mjs     (DATABASE_URL defaults to the local server)
//   BENCH_SESSIONS=2000 BENCH_OPEN=100 BENCH_ITER=20 node bench/queue.mjs    (smoke run)
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient } from '@supabase/supabase-js';
import { startSalesStack } from '../tests/helpers/sales-stack.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const SESSIONS = Number(process.env.BENCH_SESSIONS || 200_000);
const OPEN = Math.min(Number(process.env.BENCH_OPEN || 5_000), SESSIONS);
const MEMBERS = Number(process.env.BENCH_MEMBERS || Math.max(10, Math.min(2_000, Math.floor(SESSIONS / 100))));
const ITER = Number(process.env.BENCH_ITER || 200);
const BASE_ITER = Number(process.env.BENCH_BASELINE_ITER || Math.max(3, Math.min(20, Math.floor(ITER / 10))));
const PAGE_SIZE = 25; // CALL_QUEUE_PAGE_SIZE in src/features/call-requests/api/keys.ts
const DEEP_OFFSET = Math.floor(OPEN / 2 / PAGE_SIZE) * PAGE_SIZE;
const ORG = '0a000000-0000-4000-8000-000000000002'; // Vitalis Bem-Estar
const ANA = '0b000000-0000-4000-8000-000000000008'; // Ana Souza, specialist of Vitalis
const BRUNO = '0b000000-0000-4000-8000-000000000009'; // Bruno Lima, specialist of Vitalis

const t0 = performance.now();
const stack = await startSalesStack({ databaseUrl });
const stackSecs = (performance.now() - t0) / 1000;
const sql = new pg.Client({ connectionString: stack.databaseUrl });
await sql.connect();

// Response size of the last request: Content-Length (the stack always sets it), else the body.
const meter = { last: 0, capture: false, body: null };
const meteredFetch = async (input, init) => {
  const res = await fetch(input, init);
  const len = res.headers.get('content-length');
  if (meter.capture) {
    meter.body = Buffer.from(await res.clone().arrayBuffer());
    meter.last = meter.body.length;
  } else if (len !== null) meter.last = Number(len);
  else meter.last = (await res.clone().arrayBuffer()).byteLength;
  return res;
};

async function specialistClient() {
  const c = createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: meteredFetch },
    realtime: { transport: WebSocket },
  });
  const { error } = await c.auth.signInWithPassword({ email: 'ana@vitalis.demo', password: demoPassword });
  if (error) throw error;
  return c;
}

/** Bulk data, set-based, one transaction, as the database owner. */
async function generate() {
  await sql.query('begin');
  // 17 more client companies (20 in all); members spread over them.
  await sql.query(
    `insert into public.companies (organization_id, name)
     select $1, 'Empresa Bench ' || i from generate_series(1, 17) i`,
    [ORG],
  );
  await sql.query(
    `create temp table bench_members on commit drop as
     with co as (select array_agg(id order by created_at, id) as a from public.companies where organization_id = $1)
     select m, md5('bench-member-' || m)::uuid as id, co.a[1 + m % array_length(co.a, 1)] as company_id
     from generate_series(1, $2::int) m, co`,
    [ORG, MEMBERS],
  );
  await sql.query(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change)
     select '00000000-0000-0000-0000-000000000000', b.id, 'authenticated', 'authenticated', 'member' || b.m || '@vitalis.bench', '', now(),
       '{"provider":"email","providers":["email"]}',
       jsonb_build_object('full_name', 'Membro Bench ' || b.m, 'phone', '+55 11 9' || lpad((b.m * 7919 % 100000000)::text, 8, '0')),
       now() - interval '400 days', now(), '', '', '', ''
     from bench_members b`,
  );
  await sql.query(
    `insert into public.memberships (organization_id, user_id, role, company_id)
     select $1, b.id, 'member', b.company_id from bench_members b`,
    [ORG],
  );
  // Sessions 1..OPEN are waiting for a call (phone_escalated, 13 s apart, all older than the
  // demo's own requests); the others resolved / abandoned / active over the past year, a tenth
  // of them (the resolved ones with i % 10 = 0) after a call.
  await sql.query(
    `insert into public.chat_sessions (id, organization_id, user_id, company_id, pillar, status, title,
       phone_escalation_reason, phone_escalated_at, phone_contact_made, created_at, updated_at, ended_at)
     select x.id, $1, b.id, b.company_id, (array['psychological','physical','financial','legal'])[1 + i % 4], x.status,
       'Conversa bench ' || i,
       case when x.esc is not null then 'Pedido de ligação ' || i || ': prefere conversar por telefone sobre o assunto da conversa.' end,
       x.esc, x.status = 'resolved' and i % 10 = 0,
       coalesce(x.esc - interval '20 minutes', x.created), coalesce(x.esc, x.created + interval '30 minutes'),
       case when x.status in ('resolved', 'abandoned') then coalesce(x.esc, x.created) + interval '1 hour' end
     from generate_series(1, $2::int) i
     cross join lateral (
       select md5('bench-session-' || i)::uuid as id,
         case when i <= $3 then 'phone_escalated' else (array['resolved','resolved','resolved','abandoned','active'])[1 + i % 5] end as status,
         case when i <= $3 then now() - interval '4 hours' - i * interval '13 seconds'
              when i % 10 = 0 then now() - (i % 365) * interval '1 day' - interval '2 hours' end as esc,
         now() - (i % 365) * interval '1 day' - (i % 80000) * interval '1 second' - interval '3 hours' as created
     ) x
     join bench_members b on b.m = 1 + (i * 7919) % $4`,
    [ORG, SESSIONS, OPEN, MEMBERS],
  );
  await sql.query(
    `insert into public.chat_messages (organization_id, chat_session_id, sender_id, role, content, created_at)
     select $1, s.id, case when k in (1, 3) then s.user_id end, (array['member','assistant','member','system'])[k],
       (array['Olá, queria conversar sobre algo que está me preocupando no trabalho e em casa há algumas semanas.',
              'Obrigado por compartilhar. Pode me contar um pouco mais sobre quando isso começou e como tem afetado sua rotina?',
              'Prefiro falar com alguém por telefone, se possível ainda hoje.',
              'Pedido de ligação enviado à equipe de especialistas.'])[k],
       s.phone_escalated_at - (4 - k) * interval '3 minutes'
     from generate_series(1, $2::int) i
     join public.chat_sessions s on s.id = md5('bench-session-' || i)::uuid
     cross join generate_series(1, 4) k`,
    [ORG, OPEN],
  );
  await sql.query(
    `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, call_status, reason,
       claimed_by, claimed_at, attempts, last_attempt_at, scheduled_for, created_at, updated_at)
     select $1, s.id, s.user_id, case when i % 10 = 0 then 'scheduled' else 'pending' end, s.phone_escalation_reason,
       case when i % 25 = 0 then $3::uuid end, case when i % 25 = 0 then now() - interval '2 hours' end,
       i % 3, case when i % 3 > 0 then now() - interval '1 hour' end,
       case when i % 10 = 0 then now() + (i % 48) * interval '1 hour' end,
       s.phone_escalated_at, s.phone_escalated_at
     from generate_series(1, $2::int) i
     join public.chat_sessions s on s.id = md5('bench-session-' || i)::uuid`,
    [ORG, OPEN, BRUNO],
  );
  await sql.query(
    `insert into public.specialist_call_logs (organization_id, chat_session_id, user_id, specialist_id, call_status, reason,
       attempts, last_attempt_at, call_notes, outcome, created_at, updated_at, completed_at)
     select $1, s.id, s.user_id, $2::uuid, 'completed', s.phone_escalation_reason, 1, s.phone_escalated_at + interval '10 minutes',
       'Ligação realizada; orientação dada.', 'resolved_by_phone', s.phone_escalated_at, s.ended_at, s.phone_escalated_at + interval '30 minutes'
     from public.chat_sessions s
     where s.organization_id = $1 and s.status = 'resolved' and s.phone_contact_made and s.title like 'Conversa bench %'`,
    [ORG, BRUNO],
  );
  await sql.query('commit');
  await sql.query('analyze');
  const { rows } = await sql.query(
    `select (select count(*) from public.chat_sessions where organization_id = $1) as sessions,
            (select count(*) from public.chat_sessions where organization_id = $1 and status = 'phone_escalated') as escalated,
            (select count(*) from public.chat_messages where organization_id = $1) as messages,
            (select count(*) from public.specialist_call_logs where organization_id = $1 and call_status in ('pending','scheduled')) as open_logs,
            (select count(*) from public.specialist_call_logs where organization_id = $1 and call_status = 'completed') as completed_logs,
            (select count(*) from public.memberships where organization_id = $1 and role = 'member') as members`,
    [ORG],
  );
  return rows[0];
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** n sequential timed calls after one untimed warm-up; the last call's result is returned. */
async function measure(n, call) {
  await call();
  const times = [];
  const bytes = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await call();
    times.push(performance.now() - t);
    bytes.push(meter.last);
  }
  meter.capture = true;
  await call();
  meter.capture = false;
  const gzip = zlib.gzipSync(meter.body).length;
  return { n, p50: pct(times, 50), p95: pct(times, 95), mean: mean(times), max: Math.max(...times), bytes: mean(bytes), gzip, last };
}

async function ours(c, offset) {
  const { data, error } = await c.rpc('list_call_queue', {
    p_organization_id: ORG,
    p_limit: PAGE_SIZE,
    p_offset: offset,
  });
  if (error) throw error;
  return { rows: data, total: data[0]?.total_count ?? 0 };
}

/** The earlier app: every escalated session with profile, company and messages; page in JS. */
async function baseline(c, offset) {
  const { data, error } = await c
    .from('chat_sessions')
    .select('*, profiles!chat_sessions_user_id_fkey(*), companies(*), chat_messages(*)')
    .eq('status', 'phone_escalated');
  if (error) throw error;
  const at = (s) => Date.parse(s.phone_escalated_at ?? s.created_at);
  const waiting = data
    .filter((s) => s.organization_id === ORG && s.status === 'phone_escalated')
    .sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = waiting.slice(offset, offset + PAGE_SIZE).map((s) => {
    const messages = [...s.chat_messages].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    return {
      chat_session_id: s.id,
      member_id: s.user_id,
      member_name: s.profiles?.full_name ?? null,
      member_phone: s.profiles?.phone ?? null,
      company_id: s.company_id,
      company_name: s.companies?.name ?? null,
      pillar: s.pillar,
      reason: s.phone_escalation_reason,
      requested_at: s.phone_escalated_at,
      last_message: messages.at(-1)?.content ?? null,
    };
  });
  return { rows, total: waiting.length, fetched: data.length, messages: data.reduce((n, s) => n + s.chat_messages.length, 0) };
}

/** The plan of the queue function's statement as the specialist (RLS applies). */
async function queuePlan() {
  const c = new pg.Client({ connectionString: stack.databaseUrl });
  await c.connect();
  const notices = [];
  c.on('notice', (n) => notices.push(n.message));
  const claims = JSON.stringify({ sub: ANA, role: 'authenticated', aud: 'authenticated' });
  const asSpecialist = async () => {
    await c.query('set local role authenticated');
    await c.query(`select set_config('request.jwt.claims', $1, true)`, [claims]);
  };
  try {
    try {
      await c.query('begin');
      await c.query(`load 'auto_explain'`);
      for (const s of ['log_min_duration = 0', 'log_analyze = on', 'log_buffers = on', 'log_timing = on', 'log_nested_statements = on', `log_level = 'notice'`])
        await c.query(`set local auto_explain.${s}`);
      await asSpecialist();
      await c.query('select * from public.list_call_queue($1, null, null, $2, 0)', [ORG, PAGE_SIZE]);
      await c.query('rollback');
      const plan = notices.find((m) => m.includes('from public.specialist_call_logs l'));
      if (plan) return { how: 'auto_explain (analyze, buffers) of the statement inside list_call_queue, as ana', lines: plan.split('\n') };
    } catch {
      await c.query('rollback').catch(() => {});
    }
    // Fallback: the function's own SQL text with its parameters bound, as a prepared statement.
    const src = (await c.query(`select prosrc from pg_proc where oid = 'public.list_call_queue(text, text, text, text, text, text)'::regprocedure`)).rows[0].prosrc;
    const params = ['p_organization_id', 'p_company_id', 'p_pillar', 'p_limit', 'p_offset', 'p_sort'];
    const text = params.reduce((s, p, i) => s.replace(new RegExp(`\\b${p}\\b`, 'g'), `$${i + 1}`), src);
    await c.query('begin');
    await asSpecialist();
    await c.query(`prepare q(text, text, text, text, text, text) as ${text}`);
    const { rows } = await c.query(`explain (analyze, buffers) execute q('${ORG}', null, null, '${PAGE_SIZE}', '0', null)`);
    await c.query('rollback');
    return { how: 'EXPLAIN (ANALYZE, BUFFERS) of the function body, bound parameters, as ana', lines: rows.map((r) => r['QUERY PLAN']) };
  } finally {
    await c.end();
  }
}

try {
  const g0 = performance.now();
  const counts = await generate();
  const genSecs = (performance.now() - g0) / 1000;
  const c = await specialistClient();

  const ourFirst = await measure(ITER, () => ours(c, 0));
  const ourDeep = await measure(ITER, () => ours(c, DEEP_OFFSET));
  const base = await measure(BASE_ITER, () => baseline(c, 0));
  const plan = await queuePlan();

  const f = (n, d = 1) => n.toFixed(d);
  const kb = (n) => `${f(n / 1024)} KiB`;
  const line = (name, r) =>
    `${name.padEnd(30)} n=${String(r.n).padEnd(4)} p50 ${f(r.p50).padStart(8)} ms  p95 ${f(r.p95).padStart(8)} ms  mean ${f(r.mean).padStart(8)} ms  max ${f(r.max).padStart(8)} ms  response ${kb(r.bytes).padStart(12)} (gzip ${kb(r.gzip)})`;
  // Same first page? The baseline lists sessions by status, the queue lists open call logs
  // (invariant C1), so they can differ where a session's status and its open log disagree.
  const ourIds = ourFirst.last.rows.map((r) => r.chat_session_id);
  const baseIds = base.last.rows.map((r) => r.chat_session_id);
  const sameFirstPage = ourIds.length === baseIds.length && ourIds.every((id, i) => id === baseIds[i]);
  const baseOnly = baseIds.filter((id) => !ourIds.includes(id));
  const oursOnly = ourIds.filter((id) => !baseIds.includes(id));
  const describe = async (ids) =>
    ids.length === 0
      ? 'none'
      : (
          await sql.query(
            `select s.id, s.status, (select string_agg(l.call_status || coalesce('/' || l.outcome, ''), ',') from public.specialist_call_logs l where l.chat_session_id = s.id) as logs
             from public.chat_sessions s where s.id = any($1::uuid[])`,
            [ids],
          )
        ).rows.map((r) => `${r.id} (session ${r.status}, logs ${r.logs ?? 'none'})`).join('; ');
  const pageDiff = sameFirstPage
    ? 'same first page (same sessions, same order)'
    : `first pages differ: ${ourIds.filter((id) => baseIds.includes(id)).length}/${ourIds.length} sessions in common; only in baseline: ${await describe(baseOnly)}; only in ours: ${await describe(oursOnly)}`;
  const { rows: [mismatch] } = await sql.query(
    `select (select count(*) from public.specialist_call_logs l join public.chat_sessions s on s.id = l.chat_session_id
              where l.organization_id = $1 and l.call_status in ('pending','scheduled') and s.status <> 'phone_escalated') as open_not_escalated,
            (select count(*) from public.chat_sessions s where s.organization_id = $1 and s.status = 'phone_escalated'
              and not exists (select 1 from public.specialist_call_logs l where l.chat_session_id = s.id and l.call_status in ('pending','scheduled'))) as escalated_not_open`,
    [ORG],
  );

  console.log(`call queue through the local stack on ${new URL(databaseUrl).host} (Postgres ${(await sql.query('show server_version')).rows[0].server_version}), specialist ana@vitalis.demo, organization Vitalis`);
  console.log(`stack (platform + migrations + seed) ready in ${f(stackSecs)} s; data generated in ${f(genSecs)} s (incl. analyze)`);
  console.log(
    `data: ${counts.sessions} chat sessions (${counts.escalated} phone_escalated), ${counts.messages} messages, ${counts.open_logs} open call logs, ${counts.completed_logs} completed, ${counts.members} members`,
  );
  console.log(line(`ours  list_call_queue offset 0`, ourFirst));
  console.log(line(`ours  list_call_queue off ${DEEP_OFFSET}`, ourDeep));
  console.log(line('baseline  escalated + embeds', base));
  console.log(
    `baseline fetched ${base.last.fetched} sessions with ${base.last.messages} messages per page view; queue totals: ours ${ourFirst.last.total} open requests, baseline ${base.last.total} escalated sessions` +
      ` (open requests on sessions not phone_escalated: ${mismatch.open_not_escalated}; phone_escalated sessions without an open request: ${mismatch.escalated_not_open})`,
  );
  console.log(pageDiff);
  console.log(
    `ratio baseline/ours (first page): p95 ${f(base.p95 / ourFirst.p95)}x  p50 ${f(base.p50 / ourFirst.p50)}x  mean ${f(base.mean / ourFirst.mean)}x  bytes ${f(base.bytes / ourFirst.bytes)}x  (gzip ${f(base.gzip / ourFirst.gzip)}x)`,
  );
  console.log(`plan: ${plan.how}`);
  for (const l of plan.lines) console.log(`  ${l}`);
  const indexes = [...new Set(plan.lines.flatMap((l) => [...l.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\S+)/g)].map((m) => m[1])))];
  const seqScans = [...new Set(plan.lines.flatMap((l) => [...l.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1])))];
  console.log(`plan summary: indexes used: ${indexes.join(', ') || 'none'}; sequential scans: ${seqScans.join(', ') || 'none'}`);
} finally {
  await sql.end();
  await stack.close();
}
