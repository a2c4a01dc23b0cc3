// Benchmark of the local Supabase stack (local-supabase/): a select with one embedding and an rpc,
// through HTTP on loopback (2,000 requests at concurrency 8 each, as a signed-in user), and the
// same statements run directly on the database as the floor. PGlite in memory by default; a
// scratch database on the server of DATABASE_URL when set. Uses the stack's own fixture schema
// with a few thousand rows, not the app's schema. Prints figures, asserts nothing.
//   node bench/stack.mjs            DATABASE_URL=postgres://… node bench/stack.mjs
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { applyPlatform, createScratchDatabase, openDatabase } from '../local-supabase/db.mjs';
import { anonKey } from '../local-supabase/keys.mjs';
import { createStack } from '../local-supabase/server.mjs';
import fs from 'node:fs';

const requests = Number(process.env.BENCH_REQUESTS || 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY || 8);
const authors = 200;
const books = 5000;

const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
const db = await openDatabase(scratch ? { url: scratch.url } : {});
await applyPlatform(db);
await db.exec(fs.readFileSync(new URL('../local-supabase/tests/fixtures/schema.sql', import.meta.url), 'utf8'));
const userId = '11111111-1111-4111-8111-111111111111';
await db.query(
  `insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
   values ($1, 'authenticated', 'authenticated', 'bench@example.test', $2, now(), '{}', '{}', now(), now())`,
  [userId, bcrypt.hashSync('bench-password', 4)],
);
await db.exec(`
  insert into public.orgs (id, name) values ('00000000-0000-4000-8000-0000000000a1', 'Bench');
  insert into public.authors (org_id, name, born_on)
    select '00000000-0000-4000-8000-0000000000a1', 'Author ' || i, date '1900-01-01' + i from generate_series(1, ${authors}) i;
  insert into public.books (title, author_id, price, published_on, tags, meta)
    select 'Book ' || i, 1 + (i % ${authors}), (i % 500) + 0.99, date '2000-01-01' + (i % 7000), array['t' || (i % 7)], jsonb_build_object('pages', i % 900)
    from generate_series(1, ${books}) i;
  analyze;
`);

const stack = createStack({ db });
const server = http.createServer((req, res) => void stack(req, res));
// As startStack: idle keep-alive sockets outlive the database-only phases, else the client may
// reuse a socket the server is closing (ECONNRESET).
server.keepAliveTimeout = 65_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const signIn = await fetch(`${base}/auth/v1/token?grant_type=password`, {
  method: 'POST',
  headers: { apikey: anonKey, 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'bench@example.test', password: 'bench-password' }),
});
const { access_token: token } = await signIn.json();
const headers = { apikey: anonKey, Authorization: `Bearer ${token}`, 'Accept-Profile': 'public', 'X-Client-Info': 'bench' };

/** Runs `once(i)` `requests` times with `concurrency` in flight; returns per-call latencies (ms). */
async function load(once) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const t = performance.now();
        await once(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { rps: requests / seconds, p50: pct(50), p95: pct(95) };
}

async function httpCall(path, init = {}) {
  const res = await fetch(base + path, { ...init, headers: { ...headers, ...init.headers } });
  const body = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${body}`);
}

const claims = JSON.stringify({ sub: userId, role: 'authenticated', aud: 'authenticated' });
/** The floor: the same statement in a transaction with the role and claims set, no HTTP. */
async function direct(sql, params) {
  await db.transaction(async (tx) => {
    await tx.query("select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)", [claims]);
    await tx.query(sql, params);
  }, { readOnly: true });
}

const cases = [
  {
    name: 'select books + author (embed), 20 rows',
    http: (i) => httpCall(`/rest/v1/books?select=id,title,price,published_on,author:authors!author_id(id,name)&author_id=eq.${1 + (i % authors)}&order=id&limit=20`),
    db: (i) =>
      direct(
        `select coalesce(json_agg(t), '[]')::text from (
           select b.id, b.title, b.price, b.published_on, (select row_to_json(a) from (select a.id, a.name from public.authors a where a.id = b.author_id) a) as author
           from public.books b where b.author_id = $1 order by b.id limit 20) t`,
        [String(1 + (i % authors))],
      ),
  },
  {
    name: 'rpc books_cheaper_than, order + limit 10',
    http: (i) =>
      httpCall(`/rest/v1/rpc/books_cheaper_than?select=id,title,price&order=price.desc&limit=10`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Profile': 'public' },
        body: JSON.stringify({ max_price: 50 + (i % 400) }),
      }),
    db: (i) =>
      direct(
        `select coalesce(json_agg(t), '[]')::text from (select f.id, f.title, f.price from public.books_cheaper_than($1) f order by f.price desc limit 10) t`,
        [String(50 + (i % 400))],
      ),
  },
];

console.log(`local-supabase bench on ${db.kind === 'pg' ? 'PostgreSQL server' : 'PGlite'}: ${books} books, ${authors} authors; ${requests} requests, concurrency ${concurrency}`);
const fmt = (r) => `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p95 ${r.p95.toFixed(2).padStart(6)} ms`;
for (const c of cases) {
  await load(c.http); // warm-up: catalog, plans, JIT
  console.log(`${c.name}\n  HTTP (stack):  ${fmt(await load(c.http))}\n  database only: ${fmt(await load(c.db))}`);
}

server.closeAllConnections();
server.close();
await db.close();
await scratch?.drop();
