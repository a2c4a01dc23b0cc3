// Opens the local stack's database and brings it up to date: platform bootstrap, pending
// migrations, and the seed on a database that has no users yet.
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, applyPlatform, applySeed, demoSeedSqlPath, openDatabase, repoRoot } from './db.mjs';

/** Where `npm run dev` / `npm run stack` keep PGlite's files unless told otherwise. */
export const defaultDataDir = path.join(repoRoot, '.local-data', 'pglite');

/**
 * Where the local stack's database is, from the environment: `DATABASE_URL` (a Postgres server) or
 * `LOCAL_SUPABASE_DATA_DIR` (PGlite's directory, default `.local-data/pglite`).
 * @param {NodeJS.ProcessEnv} env
 */
export function databaseFromEnv(env = process.env) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: env.LOCAL_SUPABASE_DATA_DIR || defaultDataDir };
}

/**
 * Applies platform.sql (idempotent), every migration not yet recorded, and the demo data
 * (local-supabase/demo-seed.sql, one transaction, so a failed seed leaves nothing behind) when the
 * database has no users yet.
 * @param {import('./db.mjs').Database} db
 * @returns {Promise<{ migrations: string[], seeded: boolean }>}
 */
export async function prepareDatabase(db) {
  await applyPlatform(db);
  const migrations = await applyMigrations(db);
  let seeded = false;
  if (fs.existsSync(demoSeedSqlPath)) {
    const users = await db.query('select exists (select 1 from auth.users) as any');
    if (!users.rows[0].any) {
      await applySeed(db);
      seeded = true;
    }
  }
  return { migrations, seeded };
}

/**
 * Opens the database described by `opts` (creating PGlite's directory) and prepares it.
 * @param {{ url?: string, dataDir?: string }} opts
 */
export async function openStackDatabase(opts) {
  let prepared = '';
  if (!opts.url && opts.dataDir) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    // A new PGlite directory is prepared from a snapshot in a child process (local-supabase/snapshot.mjs).
    if (fs.readdirSync(opts.dataDir).length === 0 && process.env.LOCAL_SUPABASE_SNAPSHOT !== 'off') {
      const { prepareFromSnapshot } = await import('./snapshot.mjs');
      prepared = await prepareFromSnapshot(opts.dataDir);
    }
  }
  const db = await openDatabase(opts);
  const result = await prepareDatabase(db);
  return { db, ...result, prepared };
}
