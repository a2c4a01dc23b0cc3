// Benchmark: one user cannot stall the others. Another user's simple read (10 rows), quiet and
// while one user floods the stack with parallel slow requests (an rpc that sleeps: it holds a
// connection, not the CPU), with the fairness limits off (before: the server's pool, or PGlite's
// one connection, first come first served) and on (server.mjs userConcurrency: a user runs at most
// a third of the pool's connections' worth of REST requests at once, 1 on PGlite; PGlite's queue
// serves the least recently served user first; local-supabase/fair-gate.mjs). The clients run in a
// worker thread, so the server's event loop (blocked by PGlite while a statement runs) does not
// delay their clocks. PGlite in memory by default; a scratch database on the server of DATABASE_URL
// when set. Prints figures, asserts nothing. Goal: flood p95 at most 2x quiet p95.
//   node bench/fairness.mjs            DATABASE_URL=postgres://… node bench/fairness.mjs
// Sizes: FAIR_FLOOD (parallel slow requests), FAIR_SLOW_MS, FAIR_READS (reads per phase).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const onServer = Boolean(process.env.DATABASE_URL);
const flood = Number(process.env.FAIR_FLOOD || (onServer ? 24 : 12));
const slowMs = Number(process.env.FAIR_SLOW_MS || (onServer ? 1000 : 100));
const reads = Number(process.env.FAIR_READS || (onServer ? 60 : 40));
const poolMax = 10;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!isMainThread) {
  // The clients: `reads` sequential reads quiet, then again while `flood` loops call the slow rpc.
  const { base, anonKey, reader, flooder } = workerData;
  const headers = (token) => ({ apikey: anonKey, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });
  const read = async () => {
    const t = performance.now();
    const r = await fetch(`${base}/rest/v1/fair_items?select=id,name&id=lte.10`, { headers: headers(reader) });
    if (r.status !== 200) throw new Error(`read: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
    return performance.now() - t;
  };
  const phase = async () => {
    const out = [];
    for (let i = 0; i < reads; i++) out.push(await read());
    return out;
  };
  for (let i = 0; i < 5; i++) await read(); // warm up (schema cache, role settings, connections)
  const quiet = await phase();
  let stop = false;
  let slowDone = 0;
  const slowStatus = {};
  const slowLoop = async () => {
    while (!stop) {
      const r = await fetch(`${base}/rest/v1/rpc/fair_slow`, { method: 'POST', headers: headers(flooder), body: JSON.stringify({ ms: slowMs }) });
      await r.arrayBuffer();
      slowStatus[r.status] = (slowStatus[r.status] ?? 0) + 1;
      slowDone++;
    }
  };
  const loops = Array.from({ length: flood }, slowLoop);
  await sleep(Math.max(300, slowMs / 2));
  const t0 = performance.now();
  const flooded = await phase();
  const seconds = (performance.now() - t0) / 1000;
  stop = true;
  await Promise.all(loops);
  parentPort.postMessage({ quiet, flooded, slowDone, seconds, slowStatus });
} else {
  const { applyPlatform, createScratchDatabase, openDatabase } = await import('../local-supabase/db.mjs');
  const { signToken, secretKey } = await import('../local-supabase/jwt.mjs');
  const { anonKey, jwtSecret } = await import('../local-supabase/keys.mjs');
  const { createStack } = await import('../local-supabase/server.mjs');

  const schema = `
    create table public.fair_items (id int primary key, name text not null);
    insert into public.fair_items select i, 'item ' || i from generate_series(1, 50) i;
    alter table public.fair_items enable row level security;
    create policy fair_items_read on public.fair_items for select to authenticated using (true);
    grant select on public.fair_items to authenticated;
    create function public.fair_slow(ms int) returns int language sql volatile as 'select ms from (select pg_sleep(ms / 1000.0)) s';
    grant execute on function public.fair_slow(int) to authenticated;
  `;
  const key = secretKey(jwtSecret);
  const now = Math.floor(Date.now() / 1000);
  const tokenOf = (sub) => signToken({ sub, role: 'authenticated', aud: 'authenticated', iat: now, exp: now + 3600 }, key);
  const flooder = await tokenOf('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
  const reader = await tokenOf('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

  const p = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1)];
  };

  async function run(fair) {
    const scratch = onServer ? await createScratchDatabase(process.env.DATABASE_URL) : null;
    const db = await openDatabase(scratch ? { url: scratch.url, max: poolMax } : { fair });
    await applyPlatform(db);
    await db.exec(schema);
    const stack = createStack({ db, limits: fair ? {} : { userConcurrency: null } });
    const server = http.createServer((req, res) => void stack(req, res));
    server.keepAliveTimeout = 65_000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    const worker = new Worker(new URL(import.meta.url), { workerData: { base, anonKey, reader, flooder } });
    const result = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    await db.close();
    await scratch?.drop();
    return result;
  }

  const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(11);
  console.log(`fairness: ${onServer ? `server (pool ${poolMax})` : 'PGlite'}; one user floods with ${flood} parallel slow rpc calls (${slowMs} ms each); another user reads 10 rows, ${reads} sequential reads per phase`);
  console.log(`${'limits'.padEnd(7)} ${'quiet p50'.padStart(11)} ${'quiet p95'.padStart(11)} ${'flood p50'.padStart(11)} ${'flood p95'.padStart(11)} ${'p95 ratio'.padStart(10)}  slow calls done (status)`);
  for (const fair of [false, true]) {
    const r = await run(fair);
    const ratio = p(r.flooded, 95) / p(r.quiet, 95);
    console.log(
      `${(fair ? 'on' : 'off').padEnd(7)} ${fmt(p(r.quiet, 50))} ${fmt(p(r.quiet, 95))} ${fmt(p(r.flooded, 50))} ${fmt(p(r.flooded, 95))} ${`${ratio.toFixed(1)}x`.padStart(10)}  ${r.slowDone} in ${r.seconds.toFixed(1)} s ${JSON.stringify(r.slowStatus)}`,
    );
  }
}
