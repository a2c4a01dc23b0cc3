// One small database interface over the two real Postgres engines this project runs on:
// embedded PGlite (default) and a Postgres server through node-postgres (when a URL is given).
// Used by the local stack, the database tests, the benchmarks and the scripts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFairGate } from './fair-gate.mjs';
import { isNonTransactional, splitStatements, stripLeadingComments } from './sql-statements.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
export const platformSqlPath = path.join(here, 'platform.sql');
export const migrationsDir = path.join(repoRoot, 'supabase', 'migrations');
// The demo data (demo logins with a published password): local stack, tests and CI only. Not
// supabase/seed.sql, so no Supabase CLI command loads it into a hosted project (README "Going live").
export const demoSeedSqlPath = path.join(here, 'demo-seed.sql');
/** @deprecated the demo seed's path: demoSeedSqlPath */
export const seedSqlPath = demoSeedSqlPath;

/**
 * @typedef {{ rows: any[], rowCount: number, fields: { name: string, dataTypeID: number }[] }} Result
 * @typedef {{ query: (sql: string, params?: unknown[]) => Promise<Result>, exec: (sql: string) => Promise<void> }} Queryable
 * @typedef {Queryable & { kind: 'pglite' | 'pg', transaction: <T>(fn: (tx: Queryable) => Promise<T>, opts?: { readOnly?: boolean, key?: string }) => Promise<T>, session: <T>(fn: (s: Queryable) => Promise<T>) => Promise<T>, close: () => Promise<void>, url?: string, max?: number }} Database
 */

/**
 * Opens a database. `url` set: a node-postgres pool of `max` connections (default 10) on that
 * server. Otherwise PGlite, in memory or persisted in `dataDir`; its one connection runs one
 * transaction at a time, and transactions given a `key` (the request's user) wait in a queue served
 * round-robin across keys (fair-gate.mjs), so one user's queued work cannot delay another's by more
 * than one transaction per key; `fair: false` makes it first come, first served (benchmarks).
 * @param {{ url?: string, dataDir?: string, max?: number, fair?: boolean }} [opts]
 * @returns {Promise<Database>}
 */
export async function openDatabase(opts = {}) {
  if (opts.url) return openPg(opts.url, opts.max ?? 10);
  return openPglite(opts.dataDir, opts.fair ?? true);
}

async function openPglite(dataDir, fair) {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  // PGlite has one connection: one transaction or statement at a time, so concurrent requests queue
  // instead of interleaving inside one session; the queue is served round-robin across users.
  const gate = createFairGate({ total: 1, perKey: 1, yieldBetween: true });
  const serial = (fn, key = '') => gate.run(fair ? key : '', fn);
  const wrap = (q) => ({
    query: async (sql, params = []) => {
      const r = await q.query(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, fields: r.fields };
    },
    exec: async (sql) => { await q.exec(sql); },
  });
  const base = wrap(db);
  return {
    kind: 'pglite',
    query: (sql, params) => serial(() => base.query(sql, params)),
    exec: (sql) => serial(() => base.exec(sql)),
    transaction: (fn, opts = {}) =>
      serial(
        () =>
          db.transaction(async (tx) => {
            if (opts.readOnly) await tx.query('set transaction read only');
            return fn(wrap(tx));
          }),
        opts.key,
      ),
    // One session, no transaction around it (statements that refuse a transaction block).
    session: (fn) => serial(() => fn(base)),
    /** The whole data directory as a gzipped tarball (local-supabase/snapshot.mjs). */
    dumpDataDir: () => serial(() => db.dumpDataDir('gzip')),
    close: () => db.close(),
  };
}

async function openPg(url, max) {
  const pg = (await import('pg')).default;
  // Return timestamps, dates, numerics and bigints as text, the way they travel as JSON.
  for (const oid of [1114, 1184, 1082, 1700, 20]) pg.types.setTypeParser(oid, (v) => v);
  const pool = new pg.Pool({ connectionString: url, max });
  // node-postgres re-emits errors of idle clients on the pool; without a listener they crash the
  // process. pool.end() resolves before every socket is closed, so a scratch database dropped
  // right after (tests, benchmarks) terminates them with 57P01: expected, not worth a word.
  // A server restart ends every idle connection the same way (57P01, "Connection terminated"):
  // the pool drops them and opens new ones on demand; only other errors are worth a line.
  pool.on('error', (e) => {
    if (!isConnectionError(e)) console.error(`postgres pool: idle connection error: ${e?.message ?? e}`);
  });
  const wrap = (c) => ({
    query: async (sql, params = []) => {
      const r = await c.query(sql, params);
      return { rows: r.rows, rowCount: r.rowCount ?? 0, fields: r.fields ?? [] };
    },
    exec: async (sql) => { await c.query(sql); },
  });
  const base = wrap(pool);
  return {
    kind: 'pg',
    url,
    query: (sql, params) =>
      base.query(sql, params).catch((e) => {
        throw isConnectionError(e) ? connectionError(e, 'query') : e;
      }),
    exec: (sql) =>
      base.exec(sql).catch((e) => {
        throw isConnectionError(e) ? connectionError(e, 'query') : e;
      }),
    max,
    transaction: (fn, opts = {}) => pgTransaction(fn, opts),
    // One connection for fn, no transaction around it; the connection is closed afterwards rather
    // than returned to the pool, so nothing fn set on the session (SET lock_timeout...) leaks.
    session: async (fn) => {
      const client = await pool.connect();
      // As in a transaction: a connection lost while checked out must not crash the process.
      const ignore = () => {};
      client.on('error', ignore);
      try {
        return await fn(wrap(client));
      } finally {
        client.off('error', ignore);
        client.release(true);
      }
    },
    close: () => pool.end(),
  };

  /** One transaction on a client of the pool. */
  async function pgTransaction(fn, opts) {
    const client = await pool.connect().catch((e) => {
      throw connectionError(e, 'connect');
    });
    // A checked-out client has no pool listener: a server restart or a terminated backend between
    // two statements of the transaction would emit an unhandled 'error' and crash the process.
    /** @type {unknown} */
    let broken = null;
    const onError = (e) => {
      broken = e;
    };
    client.on('error', onError);
    try {
      await client.query(opts.readOnly ? 'begin read only' : 'begin');
      const out = await fn(wrap(client));
      await client.query('commit');
      return out;
    } catch (e) {
      const lost = broken || isConnectionError(e);
      if (lost) broken ??= e;
      else await client.query('rollback').catch((r) => (broken ??= r));
      throw lost ? connectionError(e, 'query') : e;
    } finally {
      client.off('error', onError);
      // A broken connection (or one whose rollback failed) is discarded, not returned to the pool.
      client.release(broken ? /** @type {Error} */ (broken) : undefined);
    }
  }
}

/**
 * Whether an error means the database connection is gone or cannot be made (the server restarting,
 * shutting down, unreachable), as opposed to an error of the statement.
 * @param {any} e
 */
export function isConnectionError(e) {
  if (!e || typeof e !== 'object') return false;
  if (e.connectionError) return true;
  // From the server: FATAL ends the session (57P01 admin shutdown, 57P03 starting up); an ERROR
  // (even a function raising SQLSTATE 08006) leaves the connection usable.
  if (typeof e.severity === 'string') return e.severity === 'FATAL' || e.severity === 'PANIC';
  const code = String(e.code ?? '');
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) return true;
  return /Connection terminated|Client has encountered a connection error|Connection ended|timeout exceeded when trying to connect/i.test(String(e.message ?? ''));
}

/**
 * The error a request gets when the database connection failed: marked `connectionError`, which
 * errors.mjs answers with 503 as PostgREST does (PGRST000 when no connection could be made, PGRST001
 * when one broke; a server's own 57P01 keeps its SQLSTATE).
 * @param {any} e
 * @param {'connect' | 'query'} stage
 */
function connectionError(e, stage) {
  if (e && typeof e === 'object') {
    try {
      e.connectionError = e.connectionError ?? stage;
      return e;
    } catch {
      /* frozen: wrap below */
    }
  }
  return Object.assign(new Error(String(e?.message ?? e)), { connectionError: stage, cause: e });
}

/** Migration files in apply order: [{ version, name, file }]. `dir`: another migrations folder (tests). */
export function listMigrations(dir = migrationsDir) {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const m = /^(\d+)_(.+)\.sql$/.exec(f);
      return { version: m[1], name: m[2], file: path.join(dir, f) };
    });
}

export async function applyPlatform(db) {
  await db.exec(fs.readFileSync(platformSqlPath, 'utf8'));
}

const recordMigrationSql =
  'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)';

/**
 * Applies pending migrations in order, recording them in supabase_migrations.schema_migrations as
 * the Supabase CLI does. A file runs in one transaction, unless it holds a statement PostgreSQL
 * refuses inside one (`create index concurrently`, `drop index concurrently`, `reindex ...
 * concurrently`, `vacuum`, `alter system`, `cluster`): then, as the CLI does, the statements before
 * it commit as one transaction, it runs alone, the rest resume in a new transaction, and the version
 * is recorded with the last one (so a failed file is not recorded, and re-running it repeats only
 * what is idempotent: write such files with `if not exists`). Session settings a file makes
 * (`set lock_timeout ...`) do not outlive it.
 * @param {Database} db
 * @param {{ until?: string, only?: string[], dir?: string }} [opts] until: stop before the first version >= until (exclusive); dir: another migrations folder (tests)
 */
export async function applyMigrations(db, opts = {}) {
  const applied = new Set(
    (await db.query('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
  );
  const done = [];
  for (const m of listMigrations(opts.dir)) {
    if (opts.until && m.version >= opts.until) break;
    if (applied.has(m.version)) continue;
    const sql = fs.readFileSync(m.file, 'utf8');
    const statements = /concurrently|vacuum|alter\s+system|cluster/i.test(sql) ? splitStatements(sql) : [];
    if (statements.some(isNonTransactional)) {
      await applyNonTransactionalFile(db, m, statements);
    } else {
      await db.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query(recordMigrationSql, [m.version, m.name, [sql]]);
        await tx.exec('reset all');
      });
    }
    done.push(m.version);
  }
  return done;
}

/** A migration file with statements that refuse a transaction block, applied as the CLI does. */
async function applyNonTransactionalFile(db, m, statements) {
  await db.session(async (s) => {
    let group = [];
    const commitGroup = async (record) => {
      if (group.length === 0 && !record) return;
      await s.exec('begin');
      try {
        for (const stmt of group) await s.exec(stmt);
        if (record) await s.query(recordMigrationSql, [m.version, m.name, statements]);
        await s.exec('commit');
      } catch (e) {
        await s.exec('rollback').catch(() => {});
        throw e;
      }
      group = [];
    };
    try {
      for (const stmt of statements) {
        if (!isNonTransactional(stmt)) {
          group.push(stmt);
          continue;
        }
        await commitGroup(false);
        try {
          await s.exec(stmt);
        } catch (e) {
          if (/^create\s+(unique\s+)?index\s+concurrently/i.test(stripLeadingComments(stmt))) {
            e.message += ` (migration ${m.version}_${m.name}: a failed concurrent index build can leave an INVALID index behind;` +
              ' drop it with `drop index concurrently if exists ...` before re-running)';
          }
          throw e;
        }
      }
      // `create index concurrently if not exists` skips an index an earlier failed build left
      // INVALID (it exists): refuse to record the file while an index it names is invalid.
      const invalid = (
        await s.query(`select c.relname from pg_catalog.pg_index i join pg_catalog.pg_class c on c.oid = i.indexrelid where not i.indisvalid`)
      ).rows
        .map((r) => r.relname)
        .filter((name) => statements.some((st) => new RegExp(`\\b${name}\\b`).test(st)));
      if (invalid.length > 0) {
        throw new Error(
          `migration ${m.version}_${m.name}: index ${invalid.join(', ')} is INVALID (left by a failed concurrent build); ` +
            'drop it with `drop index concurrently if exists ...` and apply the migration again',
        );
      }
      await commitGroup(true);
    } finally {
      await s.exec('reset all').catch(() => {});
    }
  });
}

/**
 * Loads the demo data (local-supabase/demo-seed.sql, one transaction of its own: do not call it
 * inside another). The file refuses to run unless the session opts in, which this does.
 */
export async function applySeed(db) {
  const sql = fs.readFileSync(demoSeedSqlPath, 'utf8');
  const run = async (/** @type {Queryable} */ s) => {
    try {
      await s.exec(`set cohort_desk.demo_seed = 'on';\n${sql}`);
    } catch (e) {
      await s.exec('rollback').catch(() => {}); // the file's own transaction, left aborted
      throw e;
    } finally {
      await s.exec('reset cohort_desk.demo_seed').catch(() => {});
    }
  };
  // One session: the opt-in, the file's begin ... commit and a rollback after an error must share it.
  return 'session' in db && typeof db.session === 'function' ? db.session(run) : run(db);
}

/** Platform, every migration and (unless seed: false) the seed. */
export async function setupDatabase(db, { seed = true } = {}) {
  await applyPlatform(db);
  await applyMigrations(db);
  if (seed) await applySeed(db);
}

/**
 * For tests on a server: a fresh, empty database on the server of `adminUrl`, dropped by `drop()`.
 * @param {string} adminUrl
 */
export async function createScratchDatabase(adminUrl) {
  const pg = (await import('pg')).default;
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
