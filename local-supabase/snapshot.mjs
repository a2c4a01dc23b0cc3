// A migrated, seeded PGlite data directory kept as a tarball while platform.sql, the migrations
// and the seed are unchanged (the key is a hash of their contents and PGlite's version), so that
// a fresh local database (first `npm run dev`, `npm run db:reset`, every browser-test run) is
// unpacked instead of created: creating one (PGlite's initdb) is what made `npm run dev` peak at
// ~950 MB; unpacking peaks at ~350 MB (bench/dev-memory.mjs). Both run in a child process, so the
// dev server never holds that memory: it opens the prepared directory as on any later start.
//   node local-supabase/snapshot.mjs <dataDir>    prepares an empty <dataDir>
// Snapshots live in .local-data/snapshots (LOCAL_SUPABASE_SNAPSHOT_DIR to share them between
// checkouts; LOCAL_SUPABASE_SNAPSHOT=off to always create the database).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listMigrations, openDatabase, platformSqlPath, repoRoot, seedSqlPath } from './db.mjs';

const here = fileURLToPath(import.meta.url);

export function snapshotKey() {
  const h = createHash('sha256');
  const pglite = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
  h.update(`pglite ${pglite}\n`);
  for (const f of [platformSqlPath, ...listMigrations().map((m) => m.file), seedSqlPath]) {
    if (!fs.existsSync(f)) continue;
    h.update(`${path.basename(f)}\n`);
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

export function snapshotFile(env = process.env) {
  const dir = env.LOCAL_SUPABASE_SNAPSHOT_DIR || path.join(repoRoot, '.local-data', 'snapshots');
  return path.join(dir, `pglite-${snapshotKey()}.tar.gz`);
}

/**
 * Prepares an empty PGlite directory in a child process: unpacks the snapshot of the current
 * migrations, or (none yet) creates the database there, migrates and seeds it and saves the
 * snapshot. Resolves to a line for the console; the caller then opens the directory as usual.
 * @param {string} dataDir
 */
export function prepareFromSnapshot(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`preparing ${dataDir} failed (exit ${code})`))));
  });
}

async function main(dataDir) {
  const file = snapshotFile();
  if (fs.existsSync(file)) {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    await db.waitReady;
    await db.close();
    console.log(`Database unpacked from snapshot ${path.relative(repoRoot, file)}`);
    return;
  }
  const { prepareDatabase } = await import('./setup.mjs');
  const db = await openDatabase({ dataDir });
  const { migrations, seeded } = await prepareDatabase(db);
  const blob = await db.dumpDataDir();
  await db.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(tmp, file);
  console.log(`Applied migrations: ${migrations.join(', ')}${seeded ? '\nLoaded the demo data (local-supabase/demo-seed.sql)' : ''}\nSaved snapshot ${path.relative(repoRoot, file)}`);
}

if (process.argv[1] === here) {
  main(process.argv[2]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
