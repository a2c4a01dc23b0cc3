// A migrated, seeded PGlite data directory kept as a tarball while platform.sql, the migrations
// and the seed are unchanged (the key is a hash of their contents, PGlite's version and the
// cluster settings below), so that a fresh local database (first `npm run dev`, `npm run
// db:reset`, every browser-test run) is unpacked instead of created.
//
// Memory (bench/dev-memory.mjs): PGlite's own first start (`new PGlite(dir)` on an empty
// directory) runs initdb in a second, nested Postgres instance while the first one is loaded, with
// 128 MB shared buffers in each and the wasm code compiled by TurboFan: ~880 MB in one process.
// Here every step runs in a short-lived child process of its own, so the dev server never holds
// that memory and no two steps add up:
//   initdb   initdb straight into the directory, one Postgres instance (~380 MB);
//   migrate  opens it, applies platform, migrations and seed, saves the snapshot (~300 MB);
//   unpack   a new directory from the snapshot (~250 MB).
// The children compile wasm with Liftoff only (no TurboFan: less code memory, and faster for a
// run of seconds), and the cluster gets 16 MB shared buffers (the demo database is ~10 MB; every
// later start of the directory, the dev server's included, allocates the shared buffers up front).
//   node local-supabase/snapshot.mjs <step> <dataDir>
// Snapshots live in .local-data/snapshots (LOCAL_SUPABASE_SNAPSHOT_DIR to share them between
// checkouts; LOCAL_SUPABASE_SNAPSHOT=off to always create the database in the dev process).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { listMigrations, openDatabase, platformSqlPath, repoRoot, seedSqlPath } from './db.mjs';

const here = fileURLToPath(import.meta.url);

/** Settings initdb writes into the new cluster's postgresql.conf (part of the snapshot's key). */
export const clusterSettings = ['shared_buffers=16MB'];

const pgliteDist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));

export function snapshotKey() {
  const h = createHash('sha256');
  const pglite = JSON.parse(fs.readFileSync(path.join(pgliteDist, '..', 'package.json'), 'utf8')).version;
  h.update(`pglite ${pglite}\n`);
  h.update(`settings ${clusterSettings.join(' ')}\n`);
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

/** Runs one step in a child process; resolves to what it printed. */
function step(name, dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here, name, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`preparing ${dataDir} failed (${name}, exit ${code})`))));
  });
}

/**
 * Prepares an empty PGlite directory in child processes: unpacks the snapshot of the current
 * migrations, or (none yet) creates the database there (initdb), migrates and seeds it and saves
 * the snapshot. Resolves to a line for the console; the caller then opens the directory as usual.
 * @param {string} dataDir
 */
export async function prepareFromSnapshot(dataDir) {
  if (fs.existsSync(snapshotFile())) return step('unpack', dataDir);
  await step('initdb', dataDir);
  return step('migrate', dataDir);
}

/**
 * PGlite's initdb function (its first start runs it in a nested instance): found by what it
 * passes to initdb, since PGlite does not export it. Null when this PGlite has none.
 */
async function findInitdb() {
  for (const f of fs.readdirSync(pgliteDist).filter((n) => /^chunk-.*\.js$/.test(n))) {
    const mod = await import(pathToFileURL(path.join(pgliteDist, f)).href);
    for (const v of Object.values(mod)) {
      if (typeof v === 'function' && /--allow-group-access/.test(Function.prototype.toString.call(v)) && /wasmModule/.test(Function.prototype.toString.call(v))) return v;
    }
  }
  return null;
}

async function initdb(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const args = clusterSettings.flatMap((s) => ['--set', s]);
  const run = await findInitdb();
  if (!run) {
    // Another PGlite: its own first start (two instances at once, more memory).
    const db = new PGlite(dataDir, { initDbStartParams: args });
    await db.waitReady;
    await db.close();
    return;
  }
  const pg = await PGlite.create(dataDir, { noInitDb: true });
  try {
    const r = await run({ pg, args });
    if (r?.exitCode !== 0) throw new Error(`initdb failed: ${r?.stderr ?? r?.exitCode}`);
  } finally {
    await pg.close();
  }
}

async function migrate(dataDir, file) {
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

async function unpack(dataDir, file) {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  await db.waitReady;
  await db.close();
  console.log(`Database unpacked from snapshot ${path.relative(repoRoot, file)}`);
}

async function main(name, dataDir) {
  // Before PGlite's wasm is compiled: Liftoff only (see the top of this file).
  v8.setFlagsFromString('--liftoff-only');
  const file = snapshotFile();
  if (name === 'initdb') await initdb(dataDir);
  else if (name === 'migrate') await migrate(dataDir, file);
  else if (name === 'unpack') await unpack(dataDir, file);
  else throw new Error(`unknown step ${name}`);
}

if (process.argv[1] === here) {
  main(process.argv[2], process.argv[3]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
