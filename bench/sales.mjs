// Conversion of a sales call into a cohort student, through the local stack (HTTP + auth +
// Postgres server), two ways:
//   rpc       the app's path: one convert_call_appointment call (one transaction), with the
//             x-idempotency-key header the app sends on every write;
//   baseline  the seed-000 document's client-side sequence: update the appointment, select the
//             existing student, insert or update it (3 requests, no transaction). Tables are
//             read-only to signed-in users now, so the baseline runs with the service key.
// Latency: BENCH_RUNS runs (default 3) of BENCH_SAMPLES conversions each way (default 300),
// interleaved call by call (rpc then baseline, baseline then rpc, alternately, so load on the
// machine hits both alike) after BENCH_WARMUP untimed pairs (default 40); per run p50/p95 of both
// and the ratios rpc/baseline, then the median of the runs. Goal (issue 16): p95 ratio <= 0.5.
// Then, with 32 concurrent converters over 2,000 conversions (every appointment converted twice at
// once, like a double click or two tabs): errors, duplicate students and invariant violations (S1:
// a student per converted appointment with the same money; S3: cash received = the ledger's sum);
// BENCH_CONVERSIONS=0 skips it. Prints numbers, asserts nothing.
//   node bench/sales.mjs   (DATABASE_URL defaults to the local server)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { startSalesStack } from '../tests/helpers/sales-stack.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS || 3);
const SAMPLES = Number(process.env.BENCH_SAMPLES || process.env.BENCH_SEQUENTIAL || 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 40);
const CONVERSIONS = Number(process.env.BENCH_CONVERSIONS ?? 2000);
const WORKERS = Number(process.env.BENCH_WORKERS || 32);
const ORG = '0a000000-0000-4000-8000-000000000001'; // Nikist
const CLOSER = '0b000000-0000-4000-8000-000000000003'; // Dipanshu
const BATCH = '0e000000-0000-4000-8000-000000000003'; // Insider Crypto Club, Batch 3
const CONVERTED = ['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount'];

const stack = await startSalesStack({ databaseUrl });
const sql = new pg.Client({ connectionString: stack.databaseUrl });
await sql.connect();

let requests = 0;
// As the app's fetch (src/lib/network.ts): every write to /rest/v1/ carries a fresh
// x-idempotency-key, so the rpc pays the replay bookkeeping the app's conversions pay (the three
// table requests carry one too; only the write functions read it). BENCH_IDEMPOTENCY=0 leaves it
// out (the figures measured before it was sent).
const IDEMPOTENCY = process.env.BENCH_IDEMPOTENCY !== '0';
const countingFetch = (input, init = {}) => {
  requests++;
  const method = (init.method ?? 'GET').toUpperCase();
  if (!IDEMPOTENCY || method === 'GET' || method === 'HEAD' || !String(input).includes('/rest/v1/')) return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.set('x-idempotency-key', crypto.randomUUID());
  return fetch(input, { ...init, headers });
};
const newClient = (key) => createClient(stack.url, key, { auth: { persistSession: false, autoRefreshToken: false }, global: { fetch: countingFetch }, realtime: { transport: WebSocket } });

async function closerClient() {
  const c = newClient(stack.anonKey);
  const { error } = await c.auth.signInWithPassword({ email: 'dipanshu@nikist.demo', password: demoPassword });
  if (error) throw error;
  return c;
}

/** n fresh scheduled appointments of Dipanshu, each for a new lead. */
async function makeCalls(tag, n) {
  const { rows } = await sql.query(
    `with l as (
       insert into public.leads (organization_id, full_name, email, source)
       select $1, $3 || ' lead ' || i, $3 || i || '@bench.test', $3 from generate_series(1, $4) i
       returning id
     )
     insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status)
     select $1, l.id, $2, current_date, '10:00', 'scheduled' from l
     returning id, lead_id`,
    [ORG, CLOSER, tag, n],
  );
  return rows;
}

const args = (call) => ({
  p_appointment_id: call.id,
  p_status: 'converted',
  p_batch_id: BATCH,
  p_classes_access: 15,
  p_offer_amount: 50000,
  p_cash_received: 12500,
});

async function convertRpc(c, call) {
  const { error } = await c.rpc('convert_call_appointment', args(call));
  if (error) throw error;
}

async function convertBaseline(c, call) {
  const a = args(call);
  const up = await c
    .from('call_appointments')
    .update({ status: a.p_status, batch_id: BATCH, classes_access: 15, offer_amount: 50000, cash_received: 12500 })
    .eq('id', call.id);
  if (up.error) throw up.error;
  const existing = await c.from('cohort_students').select('id').eq('lead_id', call.lead_id).eq('cohort_batch_id', BATCH).maybeSingle();
  if (existing.error) throw existing.error;
  const write = existing.data
    ? await c.from('cohort_students').update({ offer_amount: 50000, cash_received: 12500, classes_access: 15, closer_id: CLOSER }).eq('id', existing.data.id)
    : await c.from('cohort_students').insert({
        cohort_batch_id: BATCH, organization_id: ORG, lead_id: call.lead_id, conversion_date: new Date().toISOString().slice(0, 10),
        offer_amount: 50000, cash_received: 12500, classes_access: 15, closer_id: CLOSER, status: 'active', call_appointment_id: call.id,
      });
  if (write.error) throw write.error;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * One run: WARMUP untimed pairs, then SAMPLES timed pairs, the two ways interleaved call by call
 * (the order alternates); each conversion on a fresh appointment of its own.
 */
async function interleaved(run, ways) {
  const n = WARMUP + SAMPLES;
  const calls = {};
  for (const w of ways) calls[w.name] = await makeCalls(`${w.name}-run${run}`, n);
  const times = Object.fromEntries(ways.map((w) => [w.name, []]));
  const trips = Object.fromEntries(ways.map((w) => [w.name, 0]));
  const errors = Object.fromEntries(ways.map((w) => [w.name, 0]));
  for (let i = 0; i < n; i++) {
    const order = i % 2 === 0 ? ways : [...ways].reverse();
    for (const w of order) {
      const before = requests;
      const t = performance.now();
      try {
        await w.convert(w.client, calls[w.name][i]);
      } catch {
        errors[w.name]++;
      }
      const dt = performance.now() - t;
      if (i >= WARMUP) {
        times[w.name].push(dt);
        trips[w.name] += requests - before;
      }
    }
  }
  return Object.fromEntries(
    ways.map((w) => [w.name, { roundTrips: trips[w.name] / SAMPLES, p50: pct(times[w.name], 50), p95: pct(times[w.name], 95), errors: errors[w.name] }]),
  );
}

async function concurrent(name, c, convert) {
  const calls = await makeCalls(`${name}-conc`, CONVERSIONS / 2);
  // Every appointment twice, the two attempts next to each other in the queue so they race.
  const queue = calls.flatMap((call) => [call, call]);
  let next = 0;
  let errors = 0;
  const codes = {};
  const t = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < queue.length) {
        const call = queue[next++];
        try {
          await convert(c, call);
        } catch (e) {
          errors++;
          const k = e?.code || e?.message || 'error';
          codes[k] = (codes[k] ?? 0) + 1;
        }
      }
    }),
  );
  const secs = (performance.now() - t) / 1000;
  const tag = `${name}-conc`;
  const q = async (text) => Number((await sql.query(text, [tag, CONVERTED])).rows[0].n);
  const duplicates = await q(
    `select count(*) as n from (select cs.lead_id from public.cohort_students cs join public.leads l on l.id = cs.lead_id
      where l.source = $1 and $2::text[] is not null group by cs.lead_id, cs.cohort_batch_id having count(*) > 1) d`,
  );
  const s1 = await q(
    `select count(*) as n from public.call_appointments ca join public.leads l on l.id = ca.lead_id
      where l.source = $1 and ca.status = any($2) and ca.batch_id is not null
        and (select count(*) from public.cohort_students cs where cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id
               and cs.offer_amount = ca.offer_amount and cs.cash_received = ca.cash_received and cs.closer_id is not distinct from ca.closer_id) <> 1`,
  );
  const s3 = await q(
    `select count(*) as n from public.cohort_students cs join public.leads l on l.id = cs.lead_id
      where l.source = $1 and $2::text[] is not null
        and cs.cash_received <> coalesce((select sum(case when p.kind = 'refund' then -p.amount else p.amount end) from public.emi_payments p where p.cohort_student_id = cs.id), 0)`,
  );
  return { conversions: queue.length, perSecond: queue.length / secs, errors, errorCodes: codes, duplicates, s1Violations: s1, s3Violations: s3 };
}

try {
  const closer = await closerClient();
  const service = newClient(stack.serviceRoleKey);
  const ways = [
    { name: 'rpc', client: closer, convert: convertRpc },
    { name: 'baseline', client: service, convert: convertBaseline },
  ];
  const f = (n) => (typeof n === 'number' ? n.toFixed(1) : n);
  const median = (xs) => pct(xs, 50);
  console.log(`conversion through the local stack on ${new URL(databaseUrl).host}: ${RUNS} runs of ${SAMPLES} conversions each way, interleaved call by call, after ${WARMUP} untimed pairs; writes ${IDEMPOTENCY ? 'carry' : 'without'} an x-idempotency-key`);
  const ratios = { p50: [], p95: [] };
  for (let run = 1; run <= RUNS; run++) {
    const r = await interleaved(run, ways);
    ratios.p50.push(r.rpc.p50 / r.baseline.p50);
    ratios.p95.push(r.rpc.p95 / r.baseline.p95);
    console.log(
      `run ${run}  rpc p50 ${f(r.rpc.p50)} ms p95 ${f(r.rpc.p95)} ms (${f(r.rpc.roundTrips)} round trips, ${r.rpc.errors} errors)` +
        ` | baseline p50 ${f(r.baseline.p50)} ms p95 ${f(r.baseline.p95)} ms (${f(r.baseline.roundTrips)} round trips, ${r.baseline.errors} errors)` +
        ` | rpc/baseline p50 ${ratios.p50.at(-1).toFixed(2)}x p95 ${ratios.p95.at(-1).toFixed(2)}x`,
    );
  }
  console.log(`median of ${RUNS} runs: rpc/baseline p50 ${median(ratios.p50).toFixed(2)}x  p95 ${median(ratios.p95).toFixed(2)}x  (p95 ratios ${ratios.p95.map((x) => x.toFixed(2)).join(', ')}; goal <= 0.50x)`);
  if (CONVERSIONS > 0) {
    for (const w of ways) {
      const r = await concurrent(w.name, w.client, w.convert);
      console.log(
        `${w.name.padEnd(9)} concurrent ${f(r.perSecond)}/s  errors ${r.errors} ${JSON.stringify(r.errorCodes)}  duplicates ${r.duplicates}  S1 violations ${r.s1Violations}  S3 violations ${r.s3Violations}`,
      );
    }
  }
} finally {
  await sql.end();
  await stack.close();
}
