// The app for the browser tests: `local-supabase/dev.mjs` (local stack + Vite on one origin) on a
// fresh, throw-away PGlite data directory, removed again when Playwright stops the server.
// Started by playwright.config.ts (webServer) with PORT set to a free port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohort-desk-e2e-'));
const dev = spawn(process.execPath, [path.join(root, 'local-supabase', 'dev.mjs')], {
  cwd: root,
  env: { ...process.env, LOCAL_SUPABASE_DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: 'inherit',
});

const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
dev.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (dev.exitCode === null) dev.kill(signal);
  });
}
