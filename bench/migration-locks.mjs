#!/usr/bin/env node
// How long do writes wait on locks while the newest migrations run on a live-sized database?
//
//   DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres node bench/migration-locks.mjs
//     [--rows 1000000] [--since 20261202130300] [--writers 4] [--no-contrast]
//
// On a scratch database of the server (superuser): platform bootstrap and every migration up to
// --since (the schema the newest migrations meet in production), then --rows call_appointments
// (one set-based insert, triggers off, like rows that accumulated over time) and an ANALYZE. Then
// writers keep inserting and updating appointments (one statement per transaction, triggers on)
// while the migrations newer than --since are applied one by one through the project's harness
// (local-supabase/db.mjs, as the Supabase CLI applies them). A monitor samples pg_stat_activity
// every 10 ms for writers waiting on a lock. For each migration, and for a quiet window before,
// it prints: the longest lock wait a write had (sampled), and p50/p99/max write latency.
// Unless --no-contrast: the same for a plain `create index` on call_appointments next to
// `create index concurrently`, to show what the rules in README "Writing migrations" avoid.
// Prints, asserts nothing.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations, applyPlatform, createScratchDatabase, listMigrations, openDatabase } from '../local-supabase/db.mjs';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    since: { type: 'string', default: '20261202130300' },
    writers: { type: 'string', default: '4' },
    'no-contrast': { type: 'boolean', default: false },
  },
});
const adminUrl = process.env.DATABASE_URL ?? process.env.ADMIN_DATABASE_URL;
if (!adminUrl) {
  console.error('Set DATABASE_URL to a PostgreSQL server (superuser); this benchmark does not run on PGlite.');
  process.exit(2);
}
const rows = Number(args.rows);
const writers = Number(args.writers);
const newest = listMigrations().filter((m) => m.version > args.since);
if (newest.length === 0) {
  console.error(`No migration newer than ${args.since}.`);
  process.exit(2);
}

const t0 = Date.now();
const log = (msg) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const scratch = await createScratchDatabase(adminUrl);
const db = await openDatabase({ url: scratch.url, max: 2 });
const clients = [];
let stop = false;
try {
  await applyPlatform(db);
  const before = await applyMigrations(db, { until: newest[0].version });
  log(`schema: ${before.length} migrations up to ${args.since}; newest to apply: ${newest.map((m) => `${m.version}_${m.name}`).join(', ')}`);

  // --- data -------------------------------------------------------------------------------------
  const org = (await db.query(`insert into public.organizations (name, slug, timezone, currency) values ('Bench Academy', 'bench-academy', 'Asia/Kolkata', 'INR') returning id`)).rows[0].id;
  await db.query(
    `insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
       confirmation_token, recovery_token, email_change_token_new, email_change)
     select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', 'closer' || g || '@bench.test',
       '{"provider":"email","providers":["email"]}', jsonb_build_object('full_name', 'Closer ' || g), now(), now(), '', '', '', ''
     from generate_series(1, 20) g`,
  );
  await db.query(`insert into public.memberships (organization_id, user_id, role) select $1, id, 'closer' from public.profiles`, [org]);
  const load = await db.session(async (s) => {
    const started = Date.now();
    await s.exec(`set session_replication_role = replica`); // rows that accumulated: no triggers, no FK checks
    await s.query(
      `insert into public.leads (id, organization_id, full_name, created_at)
       select gen_random_uuid(), $1, 'Lead ' || g, now() - make_interval(days => g % 700) from generate_series(1, $2::int) g`,
      [org, Math.max(1, Math.floor(rows / 5))],
    );
    await s.query(
      `with l as (select id, row_number() over () as n from public.leads),
            c as (select id, row_number() over () - 1 as n from public.profiles),
            nc as (select count(*) as k from c)
       insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, scheduled_time, status, offer_amount, created_at, updated_at)
       select $1, l.id, c.id, current_date - (g % 700), time '09:00' + make_interval(mins => (g % 40) * 15),
              (array['scheduled','pending','reschedule','not_decided','so_so','not_converted','no_show'])[1 + g % 7],
              (g % 50) * 1000, now() - make_interval(days => g % 700), now() - make_interval(days => g % 700)
       from generate_series(1, $2::int) g
       join l on l.n = 1 + g % (select count(*) from l)
       join c on c.n = g % (select k from nc)`,
      [org, rows],
    );
    await s.exec('reset session_replication_role');
    await s.exec('analyze public.leads, public.call_appointments');
    return Date.now() - started;
  });
  const count = (await db.query(`select count(*)::int as n, pg_size_pretty(pg_total_relation_size('public.call_appointments')) as size from public.call_appointments`)).rows[0];
  log(`loaded ${count.n} call_appointments (${count.size} with indexes) in ${(load / 1000).toFixed(1)} s`);

  // --- writers and the lock monitor -------------------------------------------------------------
  const ids = (await db.query(`select id from public.call_appointments tablesample system (1) limit 20000`)).rows.map((r) => r.id);
  const leadIds = (await db.query(`select id from public.leads limit 5000`)).rows.map((r) => r.id);
  const closers = (await db.query(`select id from public.profiles`)).rows.map((r) => r.id);
  /** @type {{ at: number, ms: number }[]} */
  const writes = [];
  const errors = new Map();
  const pids = [];
  for (let w = 0; w < writers; w++) {
    const c = new pg.Client({ connectionString: scratch.url, application_name: 'bench-writer' });
    await c.connect();
    await c.query(`set statement_timeout = '120s'`);
    pids.push((await c.query('select pg_backend_pid() as p')).rows[0].p);
    clients.push(c);
  }
  const pick = (a) => a[Math.floor(Math.random() * a.length)];
  const writer = async (c) => {
    while (!stop) {
      const started = performance.now();
      try {
        if (Math.random() < 0.4) {
          await c.query(
            `insert into public.call_appointments (organization_id, lead_id, closer_id, scheduled_date, status) values ($1, $2, $3, current_date + 1, 'scheduled')`,
            [org, pick(leadIds), pick(closers)],
          );
        } else {
          await c.query(
            `update public.call_appointments set additional_comments = 'bench ' || now()::text, status = $2 where id = $1`,
            [pick(ids), pick(['pending', 'not_decided', 'so_so', 'reschedule'])],
          );
        }
        writes.push({ at: Date.now(), ms: performance.now() - started });
      } catch (e) {
        const k = `${e.code ?? ''} ${e.message}`;
        errors.set(k, (errors.get(k) ?? 0) + 1);
      }
    }
  };
  /** Longest lock wait seen per window: samples of writers in wait_event_type = 'Lock'. */
  const lockWaits = []; // { at, ms }
  const monitor = new pg.Client({ connectionString: scratch.url });
  await monitor.connect();
  clients.push(monitor);
  const monitorLoop = async () => {
    while (!stop) {
      const r = await monitor.query(
        `select pid, wait_event, extract(epoch from clock_timestamp() - query_start) * 1000 as ms from pg_stat_activity
          where pid = any($1) and wait_event_type = 'Lock'`,
        [pids],
      );
      for (const row of r.rows) lockWaits.push({ at: Date.now(), ms: Number(row.ms), table: row.wait_event === 'relation' });
      await new Promise((res) => setTimeout(res, 10));
    }
  };
  const loops = [...clients.slice(0, writers).map(writer), monitorLoop()];

  const windows = [];
  const measure = async (label, fn) => {
    const from = Date.now();
    const started = performance.now();
    let outcome = 'ok';
    try {
      await fn();
    } catch (e) {
      outcome = `failed: ${e.code ?? ''} ${e.message}`.slice(0, 80);
    }
    const took = performance.now() - started;
    await new Promise((res) => setTimeout(res, 300)); // writes queued behind the statement finish
    const to = Date.now();
    const ws = writes.filter((w) => w.at >= from && w.at <= to).map((w) => w.ms).sort((a, b) => a - b);
    const inWindow = lockWaits.filter((l) => l.at >= from && l.at <= to);
    const lw = inWindow.filter((l) => l.table).reduce((m, l) => Math.max(m, l.ms), 0);
    const anyLw = inWindow.reduce((m, l) => Math.max(m, l.ms), 0);
    const q = (p) => (ws.length ? ws[Math.min(ws.length - 1, Math.floor(p * ws.length))] : NaN);
    windows.push({ label, took, writes: ws.length, lockWait: lw, anyLockWait: anyLw, p50: q(0.5), p99: q(0.99), max: ws.length ? ws[ws.length - 1] : NaN, outcome });
  };

  await new Promise((res) => setTimeout(res, 1000)); // warm up
  await measure('quiet (no migration), 3 s', () => new Promise((res) => setTimeout(res, 3000)));
  for (let i = 0; i < newest.length; i++) {
    const m = newest[i];
    await measure(`${m.version}_${m.name}`, async () => {
      const done = await applyMigrations(db, { until: newest[i + 1]?.version });
      if (!done.includes(m.version)) throw new Error('not applied');
    });
  }
  if (!args['no-contrast']) {
    await measure('contrast: create index (plain) on call_appointments', () =>
      db.exec(`create index bench_plain_idx on public.call_appointments (updated_at)`),
    );
    await measure('contrast: create index concurrently on call_appointments', () =>
      db.session((s) => s.exec(`create index concurrently bench_concurrent_idx on public.call_appointments (created_at)`)),
    );
  }
  stop = true;
  await Promise.allSettled(loops);

  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
  console.log('');
  console.log(`call_appointments: ${count.n} rows; ${writers} writers (40% inserts, 60% updates by id), lock waits sampled every 10 ms`);
  console.log('table lock: a write waiting for a lock on a table (what DDL takes); any lock: also row locks between the writers themselves');
  console.log('| window | statement ms | writes | longest table-lock wait ms | longest any-lock wait ms | write p50 ms | write p99 ms | write max ms | outcome |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const w of windows) {
    console.log(`| ${w.label} | ${f(w.took)} | ${w.writes} | ${f(w.lockWait)} | ${f(w.anyLockWait)} | ${f(w.p50)} | ${f(w.p99)} | ${f(w.max)} | ${w.outcome} |`);
  }
  const all = writes.map((w) => w.ms).sort((a, b) => a - b);
  console.log(`all writes: ${all.length}, p50 ${f(all[Math.floor(all.length / 2)])} ms, p99 ${f(all[Math.floor(all.length * 0.99)])} ms, max ${f(all[all.length - 1])} ms; longest table-lock wait of a write during the newest migrations ${f(windows.filter((w) => /^\d/.test(w.label)).reduce((m, w) => Math.max(m, w.lockWait), 0))} ms`);
  if (errors.size) for (const [k, n] of errors) console.log(`write errors: ${n} x ${k}`);
  log('done');
} finally {
  stop = true;
  for (const c of clients) await c.end().catch(() => {});
  await db.close();
  await scratch.drop();
}
