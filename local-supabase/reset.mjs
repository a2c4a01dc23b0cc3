// `npm run db:reset`: starts the local database over (platform, every migration, the seed).
// PGlite: deletes its directory. A server (DATABASE_URL): drops the schemas the platform and the
// migrations create, only with --force, since that database may hold someone's data.
import fs from 'node:fs';
import { openDatabase } from './db.mjs';
import { databaseFromEnv, openStackDatabase } from './setup.mjs';
import { exitWithError } from './cli.mjs';

const where = databaseFromEnv();
if (where.url) {
  if (!process.argv.includes('--force')) {
    console.error('DATABASE_URL is set: this would drop schemas public, private, auth, extensions and supabase_migrations there.');
    console.error('Run `npm run db:reset -- --force` to do it.');
    process.exit(1);
  }
  const db = await openDatabase({ url: where.url });
  await db.exec(`
    drop schema if exists public, private, auth, extensions, supabase_migrations cascade;
    create schema public authorization pg_database_owner;
    grant usage on schema public to public;
  `);
  await db.close();
} else if (where.dataDir) {
  fs.rmSync(where.dataDir, { recursive: true, force: true });
}
const { db, migrations, seeded } = await openStackDatabase(where).catch(exitWithError);
await db.close();
console.log(`Database reset (${where.url ? 'DATABASE_URL' : where.dataDir}): ${migrations.length} migrations applied${seeded ? ', seed loaded' : ''}.`);
