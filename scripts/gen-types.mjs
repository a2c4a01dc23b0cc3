// Regenerates src/types/database.types.ts with the Supabase CLI from the migrations, on a
// scratch database of the Postgres server at ADMIN_DATABASE_URL (default: the local Debian
// server). `--check` fails when the committed file differs (CI).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, applyPlatform, applyMigrations, createScratchDatabase, repoRoot } from '../local-supabase/db.mjs';

const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const target = path.join(repoRoot, 'src', 'types', 'database.types.ts');
const check = process.argv.includes('--check');

const scratch = await createScratchDatabase(adminUrl);
try {
  const db = await openDatabase({ url: scratch.url, max: 1 });
  await applyPlatform(db);
  await applyMigrations(db);
  await db.close();
  const out = execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'supabase'),
    ['gen', 'types', 'typescript', '--schema', 'public', `--remote=${scratch.url}`],
    { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGSSLMODE: 'disable' } },
  );
  if (check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== out) {
      console.error('src/types/database.types.ts is out of date: run `npm run gen:types` and commit the result.');
      process.exit(1);
    }
    console.log('database.types.ts is up to date');
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out);
    console.log(`wrote ${path.relative(repoRoot, target)} (${out.length} bytes)`);
  }
} finally {
  await scratch.drop();
}
