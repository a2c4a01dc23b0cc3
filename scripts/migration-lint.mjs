#!/usr/bin/env node
// Lints the migrations written from now on for live-database safety (`.ci/run` runs it):
//   1. squawk (npm squawk-cli) with .squawk.toml over every migration newer than BASELINE;
//   2. a statement PostgreSQL refuses in a transaction block (`create index concurrently` ...) is
//      the only statement of its file, besides `set`/`reset` (the runners apply it outside the
//      transaction; alone, a failure leaves nothing half-applied but that one index);
//   3. the file starts with `set lock_timeout ...` and `set statement_timeout ...`.
// Exit 1 on any finding. `node scripts/migration-lint.mjs [files...]` lints the given files instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listMigrations, repoRoot } from '../local-supabase/db.mjs';
import { isNonTransactional, splitStatements, stripLeadingComments } from '../local-supabase/sql-statements.mjs';

/**
 * The newest migration that was on main when the lint started (2026-12-07). The migrations up to it
 * predate these rules and are applied everywhere already; never move this forward to silence a
 * finding.
 */
export const BASELINE = '20261202130300';

const args = process.argv.slice(2);
const files = args.length
  ? args.map((f) => path.resolve(f))
  : listMigrations()
      .filter((m) => m.version > BASELINE)
      .map((m) => m.file);

if (files.length === 0) {
  console.log(`migration-lint: no migration newer than the baseline ${BASELINE}`);
  process.exit(0);
}

let failed = false;
const rel = (f) => path.relative(repoRoot, f);

// 1. squawk
const bin = path.join(repoRoot, 'node_modules', '.bin', 'squawk');
const sq = spawnSync(bin, ['--config', path.join(repoRoot, '.squawk.toml'), '--reporter', 'gcc', ...files.map(rel)], {
  cwd: repoRoot,
  encoding: 'utf8',
});
if (sq.error) throw sq.error;
const findings = `${sq.stdout}${sq.stderr}`.split('\n').filter((l) => l.trim() !== '');
if (sq.status !== 0 || findings.length > 0) {
  failed = true;
  for (const l of findings) console.log(l);
}

// 2. a non-transactional statement stands alone in its file; 3. every file sets lock_timeout and
// statement_timeout before anything else (squawk asks for them only before statements it knows to
// be slow; the project asks for them in every migration)
for (const f of files) {
  const statements = splitStatements(fs.readFileSync(f, 'utf8'));
  const leading = [];
  for (const st of statements) {
    if (!/^set\s/i.test(stripLeadingComments(st))) break;
    leading.push(stripLeadingComments(st).toLowerCase());
  }
  for (const setting of ['lock_timeout', 'statement_timeout']) {
    if (!leading.some((st) => new RegExp(`^set\\s+(session\\s+)?${setting}\\b`).test(st))) {
      failed = true;
      console.log(`${rel(f)}: timeouts-first: the migration must start with \`set ${setting} = ...\` (e.g. set lock_timeout = '5s'; set statement_timeout = '60s';)`);
    }
  }
  const nonTx = statements.filter(isNonTransactional);
  if (nonTx.length === 0) continue;
  const others = statements.filter((s) => !isNonTransactional(s) && !/^(set|reset)\s/i.test(stripLeadingComments(s)));
  if (nonTx.length > 1 || others.length > 0) {
    failed = true;
    console.log(
      `${rel(f)}: non-transactional-alone: \`${stripLeadingComments(nonTx[0]).split('\n')[0]}\` must be the only statement of its file ` +
        `(besides set/reset); found ${nonTx.length - 1 + others.length} other(s). Put it in a file of its own.`,
    );
  }
}

const n = files.length;
if (failed) {
  console.log(`migration-lint: findings in ${n} migration${n === 1 ? '' : 's'} newer than ${BASELINE} (see .squawk.toml)`);
  process.exit(1);
}
console.log(`migration-lint: ${n} migration${n === 1 ? '' : 's'} newer than ${BASELINE}, no finding (squawk ${squawkVersion()})`);

function squawkVersion() {
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^squawk\s*/, '');
}
