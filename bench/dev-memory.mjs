// Peak memory of `npm run dev` until the app is served: cold (an empty PGlite directory, as after
// a clone or `npm run db:reset`; the first time without a snapshot of the migrated database, then
// with it: local-supabase/snapshot.mjs) and warm (the same directory again). Samples the resident memory
// (RSS) of the whole process tree (npm, node, any child) every 50 ms from /proc until the dev
// server prints its URL and 2 s after; also the largest per-process peak the kernel recorded
// (VmHWM). Linux only. Prints numbers, asserts nothing.
//   node bench/dev-memory.mjs          (DEV_MEMORY_RUNS=cold,warm,cold)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = (process.env.DEV_MEMORY_RUNS || 'cold,cold,warm').split(',');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function procStatus(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number((new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(text) ?? [])[1] ?? 0);
    const ppid = Number((/^PPid:\s+(\d+)/m.exec(text) ?? [])[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), ppid };
  } catch {
    return null;
  }
}

function tree(rootPid) {
  const all = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = procStatus(Number(d));
    if (s) all.set(Number(d), s);
  }
  const out = [];
  const walk = (pid) => {
    const s = all.get(pid);
    if (!s) return;
    out.push({ pid, ...s });
    for (const [p, c] of all) if (c.ppid === pid) walk(p);
  };
  walk(rootPid);
  return out;
}

const mb = (kb) => (kb / 1024).toFixed(0);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-memory-'));
try {
  for (const kind of runs) {
    if (kind === 'cold') fs.rmSync(path.join(dataDir, 'pglite'), { recursive: true, force: true });
    const port = await freePort();
    const t0 = Date.now();
    const child = spawn('npm', ['run', 'dev'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), LOCAL_SUPABASE_DATA_DIR: path.join(dataDir, 'pglite'), LOCAL_SUPABASE_SNAPSHOT_DIR: path.join(dataDir, 'snapshots'), DATABASE_URL: '', VITE_SUPABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let readyAt = 0;
    child.stdout.on('data', (d) => {
      out += d;
      if (!readyAt && /App and local Supabase API on/.test(out)) readyAt = Date.now();
    });
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    let peakHwm = 0;
    await new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        const procs = tree(child.pid);
        const sum = procs.reduce((a, p) => a + p.rss, 0);
        peak = Math.max(peak, sum);
        peakHwm = Math.max(peakHwm, ...procs.map((p) => p.hwm), 0);
        if (readyAt && Date.now() - readyAt > 2000) {
          clearInterval(timer);
          resolve();
        }
        if (Date.now() - t0 > 600_000) {
          clearInterval(timer);
          reject(new Error(`not ready after 10 minutes:\n${out}`));
        }
      }, 50);
      child.on('exit', (code) => {
        if (!readyAt) {
          clearInterval(timer);
          reject(new Error(`npm run dev exited (${code}) before serving:\n${out}`));
        }
      });
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => child.once('exit', r).once('close', r) && setTimeout(r, 5000));
    const notes = /Saved snapshot/.test(out) ? 'created, migrated and seeded the database, saved a snapshot' : /unpacked from snapshot/.test(out) ? 'unpacked the snapshot' : /Applied migrations/.test(out) ? 'migrated' : 'reused the data directory';
    console.log(`${kind.padEnd(5)} npm run dev: ready in ${((readyAt - t0) / 1000).toFixed(1)} s, peak RSS of the process tree ${mb(peak)} MB, largest process peak (VmHWM) ${mb(peakHwm)} MB  (${notes})`);
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
