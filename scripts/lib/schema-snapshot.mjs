// The per-object schema snapshot (supabase/schemas/): `supabase db schema declarative generate`
// on the migrated database, one file per table, function, view... so the current definition of
// every object is one file to read (the migrations stay the history).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const README = `# Schema snapshot (generated)

The current definition of every table, function, policy and grant of the schemas \`public\` and
\`private\`, one file per object (\`<schema>/tables/<name>.sql\`, \`<schema>/functions/<name>.sql\`),
as \`supabase db schema declarative generate\` writes it for a database with all of
\`supabase/migrations/\` applied. Read a function's current body here, not in the migrations.

Do not edit: the migrations are the source. \`npm run gen:types\` (or \`npm run gen:schema\`)
rewrites this folder after a migration; CI fails when it is out of date. It is not used by the
Supabase CLI (\`schema_paths\` in config.toml is empty).
`;

/** Generates the snapshot of the database at `url` into a new temporary directory; returns it. */
export function generateSchemaSnapshot(repoRoot, url) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cohort-desk-schemas-'));
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'supabase'),
    ['db', 'schema', 'declarative', 'generate', `--remote=${url}`, '--output-dir', out, '--overwrite', '--yes', '--schema', 'public,private'],
    { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGSSLMODE: 'disable' } },
  );
  fs.writeFileSync(path.join(out, 'README.md'), README);
  return out;
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The differences between two snapshot directories (added, removed and changed files). */
export function diffSnapshots(expectedDir, actualDir) {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  const diffs = [];
  for (const f of expected) {
    if (!actual.includes(f)) diffs.push(`missing ${f}`);
    else if (fs.readFileSync(path.join(expectedDir, f), 'utf8') !== fs.readFileSync(path.join(actualDir, f), 'utf8')) diffs.push(`changed ${f}`);
  }
  for (const f of actual) if (!expected.includes(f)) diffs.push(`stale ${f}`);
  return diffs;
}
