// CSV import of leads and calls through the local stack (HTTP + auth + Postgres), the app's path:
// rows shaped as the import page sends them (normalized, keyed by a SHA-256 of the normalized row,
// as src/features/calls-in/forms/csv-import.ts does) go to import_call_rows in chunks of 200, one
// rpc after the other, as the signed-in admin.
// Prints: rows, chunks, seconds for the first import (every row books a call and creates a lead),
// seconds for importing the same file again (every row found by its key, nothing written), and the
// call/lead counts before and after. Goal: 10,000 rows <= 30 s.
//   node bench/csv-import.mjs                (DATABASE_URL defaults to the local server)
//   BENCH_ROWS=2000 node bench/csv-import.mjs
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { startSalesStack } from '../tests/helpers/sales-stack.mjs';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS || 10_000);
const CHUNK = Number(process.env.BENCH_CHUNK || 200); // as the import page (src/features/calls-in/components/csv-import.tsx)
const ORG = '0a000000-0000-4000-8000-000000000001'; // Nikist

const stack = await startSalesStack({ databaseUrl });
const sql = new pg.Client({ connectionString: stack.databaseUrl });
await sql.connect();
try {
  const client = createClient(stack.url, stack.anonKey, { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: WebSocket } });
  const { error } = await client.auth.signInWithPassword({ email: 'admin@nikist.demo', password: demoPassword });
  if (error) throw error;

  // The rows as the import page sends them: normalized, keyed by a hash of the normalized row.
  const closers = ['dipanshu@nikist.demo', 'ritika@nikist.demo', null];
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const draft = {
      full_name: `Bench Lead ${i}`,
      email: `bench.${i}@example.com`,
      phone: `+9196${String(10_000_000 + i).slice(-8)}`,
      closer_email: closers[i % 3],
      scheduled_date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      scheduled_time: `${String(9 + (i % 9)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      remarks: i % 5 ? null : `imported row ${i}`,
    };
    const key = `row:${createHash('sha256').update(JSON.stringify(Object.values(draft).map((v) => v ?? ''))).digest('hex')}`;
    return { key, ...draft };
  });
  const chunks = [];
  for (let i = 0; i < rows.length; i += CHUNK) chunks.push(rows.slice(i, i + CHUNK));

  const count = async () => (await sql.query(`select (select count(*) from public.call_appointments where organization_id = $1)::int calls, (select count(*) from public.leads where organization_id = $1)::int leads`, [ORG])).rows[0];

  async function importAll() {
    const started = performance.now();
    const totals = { created: 0, existing: 0, leads_created: 0 };
    const perChunk = [];
    for (const part of chunks) {
      const t0 = performance.now();
      const { data, error: e } = await client.rpc('import_call_rows', { p_organization_id: ORG, p_rows: part });
      if (e) throw e;
      perChunk.push(performance.now() - t0);
      if (process.env.BENCH_VERBOSE) console.error(`chunk ${perChunk.length}: ${Math.round(performance.now() - t0)} ms`);
      for (const k of Object.keys(totals)) totals[k] += data[k];
    }
    perChunk.sort((a, b) => a - b);
    return { seconds: (performance.now() - started) / 1000, totals, p50: perChunk[Math.floor(perChunk.length / 2)], max: perChunk.at(-1) };
  }

  const before = await count();
  const first = await importAll();
  const middle = await count();
  const again = await importAll();
  const after = await count();

  console.log(`csv import through the local stack (${stack.databaseUrl ? 'Postgres server' : 'PGlite'}), ${ROWS} rows in ${chunks.length} chunks of ${CHUNK}`);
  console.log('| run | seconds | rows/s | chunk p50 ms | chunk max ms | created | existing | new leads |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, r] of [['first import', first], ['same file again', again]]) {
    console.log(`| ${name} | ${r.seconds.toFixed(1)} | ${Math.round(ROWS / r.seconds)} | ${Math.round(r.p50)} | ${Math.round(r.max)} | ${r.totals.created} | ${r.totals.existing} | ${r.totals.leads_created} |`);
  }
  console.log(`calls ${before.calls} -> ${middle.calls} -> ${after.calls}; leads ${before.leads} -> ${middle.leads} -> ${after.leads}`);
  console.log(`goal: ${ROWS} rows <= 30 s: ${first.seconds <= 30 ? 'met' : 'NOT met'} (${first.seconds.toFixed(1)} s)`);
} finally {
  await sql.end();
  await stack.close();
}
