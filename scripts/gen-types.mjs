// Regenerates everything derived from the migrated database, on a scratch database of the Postgres
// server at ADMIN_DATABASE_URL (default: the local Debian server):
// - types:    src/types/database.types.ts (Supabase CLI `gen types`);
// - statuses: src/domain/generated/status-sets.ts, the CHECK constraints' value sets;
// - schema:   supabase/schemas/, one current file per table and function (`db schema declarative
//   generate`).
// `--only=types,statuses,schema` picks some; `--check` fails when a committed file differs (CI).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, applyPlatform, applyMigrations, createScratchDatabase, repoRoot } from '../local-supabase/db.mjs';
import { readStatusSets, renderStatusSets } from './lib/status-sets.mjs';
import { diffSnapshots, generateSchemaSnapshot } from './lib/schema-snapshot.mjs';

const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const check = process.argv.includes('--check');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : ['types', 'statuses', 'schema']);
const rel = (p) => path.relative(repoRoot, p);
let stale = 0;

/** Writes `content` to `target`, or (with --check) compares it with the committed file. */
function emit(target, content) {
  if (check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== content) {
      console.error(`${rel(target)} is out of date: run \`npm run gen:types\` and commit the result.`);
      stale++;
    } else console.log(`${rel(target)} is up to date`);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${rel(target)} (${content.length} bytes)`);
  }
}

const scratch = await createScratchDatabase(adminUrl);
try {
  const db = await openDatabase({ url: scratch.url, max: 1 });
  await applyPlatform(db);
  await applyMigrations(db);
  if (only.has('statuses')) emit(path.join(repoRoot, 'src', 'domain', 'generated', 'status-sets.ts'), renderStatusSets(await readStatusSets(db)));
  await db.close();

  if (only.has('types')) {
    const out = execFileSync(
      path.join(repoRoot, 'node_modules', '.bin', 'supabase'),
      ['gen', 'types', 'typescript', '--schema', 'public', `--remote=${scratch.url}`],
      { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGSSLMODE: 'disable' } },
    );
    emit(path.join(repoRoot, 'src', 'types', 'database.types.ts'), out);
  }

  if (only.has('schema')) {
    const target = path.join(repoRoot, 'supabase', 'schemas');
    const fresh = generateSchemaSnapshot(repoRoot, scratch.url);
    try {
      if (check) {
        const diffs = diffSnapshots(fresh, target);
        if (diffs.length) {
          console.error(`supabase/schemas/ is out of date (${diffs.slice(0, 10).join(', ')}${diffs.length > 10 ? ', ...' : ''}): run \`npm run gen:types\` and commit the result.`);
          stale++;
        } else console.log('supabase/schemas/ is up to date');
      } else {
        fs.rmSync(target, { recursive: true, force: true });
        fs.cpSync(fresh, target, { recursive: true });
        console.log(`wrote supabase/schemas/ (${fs.readdirSync(target, { recursive: true }).length} entries)`);
      }
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  }
} finally {
  await scratch.drop();
}
if (stale) process.exit(1);
