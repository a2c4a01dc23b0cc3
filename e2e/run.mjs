// Runs every e2e/*.e2e.mjs against `npm run dev` (local stack + Vite on one origin) on a fresh,
// throw-away PGlite database, unless BASE_URL points at a running app already.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, 'e2e'))
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up within ${ms / 1000}s`);
}

let dev;
let dataDir;
let baseUrl = process.env.BASE_URL;
if (!baseUrl) {
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohort-desk-e2e-'));
  dev = spawn(process.execPath, [path.join(root, 'local-supabase', 'dev.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCAL_SUPABASE_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
  const log = fs.createWriteStream(path.join(root, 'artifacts', 'e2e-dev-server.log'));
  dev.stdout.pipe(log);
  dev.stderr.pipe(log);
  baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/sign-in`, 180_000);
}

let passed = 0;
let failed = 0;
for (const f of files) {
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(root, 'e2e', f)], { cwd: root, env: { ...process.env, BASE_URL: baseUrl }, stdio: 'inherit' });
    p.on('exit', (c) => resolve(c ?? 1));
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    passed++;
    console.log(`ok   ${f} (${secs}s)`);
  } else {
    failed++;
    console.log(`FAIL ${f} (${secs}s)`);
  }
}

if (dev) {
  try {
    process.kill(-dev.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
