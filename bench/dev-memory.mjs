// Peak memory of `npm run dev` until the app is served: clone (as the first start after a clone:
// an empty PGlite directory, no snapshot of the migrated database (local-supabase/snapshot.mjs), and
// an empty Vite dependency cache, so Vite pre-bundles the dependencies), cold (an empty PGlite
// directory, as after `npm run db:reset`: the first cold run creates the snapshot unless a clone run
// did, later ones unpack it) and warm (the same directory again). Samples the resident memory
// (RSS) of the whole process tree (npm, node, any child) every 50 ms from /proc until the dev
// server prints its URL, has served the page and its entry module (GET / and /src/main.tsx) and 3 s after; also the largest per-process peak the kernel recorded
// (VmHWM). Linux only. Prints numbers, asserts nothing.
//   node bench/dev-memory.mjs          (DEV_MEMORY_RUNS=clone,cold,warm by default)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = (process.env.DEV_MEMORY_RUNS || 'clone,cold,warm').split(',');

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
    if (kind === 'cold' || kind === 'clone') fs.rmSync(path.join(dataDir, 'pglite'), { recursive: true, force: true });
    if (kind === 'clone') {
      fs.rmSync(path.join(dataDir, 'snapshots'), { recursive: true, force: true });
      fs.rmSync(path.join(dataDir, 'vite'), { recursive: true, force: true });
    }
    const port = await freePort();
    const t0 = Date.now();
    const child = spawn('npm', ['run', 'dev'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), LOCAL_SUPABASE_DATA_DIR: path.join(dataDir, 'pglite'), LOCAL_SUPABASE_SNAPSHOT_DIR: path.join(dataDir, 'snapshots'), ...(kind === 'clone' ? { VITE_CACHE_DIR: path.join(dataDir, 'vite') } : {}), DATABASE_URL: '', VITE_SUPABASE_URL: '' },
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
    let opened = null;
    let servedAt = 0;
    await new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        const procs = tree(child.pid);
        const sum = procs.reduce((a, p) => a + p.rss, 0);
        peak = Math.max(peak, sum);
        peakHwm = Math.max(peakHwm, ...procs.map((p) => p.hwm), 0);
        if (readyAt && !opened) {
          // What a browser asks first: the page and its entry module (Vite pre-bundles the
          // dependencies it finds uncached then), so the peak includes serving the app.
          opened = Promise.all(['/', '/src/main.tsx'].map((p) => fetch(`http://127.0.0.1:${port}${p}`).then((r) => r.text()).catch(() => ''))).then(() => (servedAt = Date.now()));
        }
        if (servedAt && Date.now() - servedAt > 3000) {
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
    const vite = /bundling dependencies|optimized dependencies/.test(out) ? '; Vite pre-bundled dependencies' : '';
    const notes = /Saved snapshot/.test(out) ? 'created, migrated and seeded the database, saved a snapshot' : /unpacked from snapshot/.test(out) ? 'unpacked the snapshot' : /Applied migrations/.test(out) ? 'migrated' : 'reused the data directory';
    console.log(`${kind.padEnd(5)} npm run dev: ready in ${((readyAt - t0) / 1000).toFixed(1)} s, peak RSS of the process tree ${mb(peak)} MB, largest process peak (VmHWM) ${mb(peakHwm)} MB  (${notes}${vite})`);
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
