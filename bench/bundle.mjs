// JavaScript a browser downloads (gzip) before the sign-in page shows, and per page after it.
//   1. A production build (vite build --manifest) into a temporary directory, with the local
//      stack's public anon key (the values do not change the sizes).
//   2. First load, measured: headless Chromium (/usr/bin/chromium via playwright-core) opens
//      /sign-in on a static server of that build (every unknown path answers index.html; the
//      Supabase endpoints are not there: signed out, which is what a first visit is) and waits for
//      the email field; every .js response until then, gzip level 9 of its body. Goal: <= 150 kB.
//   3. Per route: the route module's chunk and its static imports, gzip, minus what the first load
//      already brought (from the manifest; lazy imports inside a page are listed on their own).
// Prints numbers, asserts nothing.  node bench/bundle.mjs   (BUNDLE_DIST=<dir>: measure a build as is)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { anonKey } from '../local-supabase/keys.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dist = process.env.BUNDLE_DIST;
let tmp;
if (!dist) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  dist = tmp;
  execFileSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--manifest', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_SUPABASE_ANON_KEY: anonKey, VITE_SUPABASE_URL: '' },
  });
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kB = (n) => (n / 1000).toFixed(1);

// Static server of the build (SPA fallback).
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
  res.writeHead(200, { 'content-type': type });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const firstLoad = new Map(); // asset path -> gzip bytes
try {
  for (const locale of ['en-US', 'pt-BR']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const seen = new Map();
    page.on('response', async (r) => {
      const u = new URL(r.url());
      if (u.origin === base && u.pathname.endsWith('.js')) seen.set(u.pathname, gz(fs.readFileSync(path.join(dist, u.pathname))));
    });
    await page.goto(`${base}/sign-in`);
    await page.waitForSelector('input[name="email"]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const total = [...seen.values()].reduce((a, b) => a + b, 0);
    console.log(`first load before the sign-in page shows (${locale} browser): ${kB(total)} kB gzip JS in ${seen.size} files (goal <= 150)`);
    for (const [p, n] of [...seen].sort((a, b) => b[1] - a[1])) console.log(`  ${kB(n).padStart(6)} kB  ${p}`);
    if (locale === 'en-US') for (const [p, n] of seen) firstLoad.set(p.replace(/^\//, ''), n);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

// Per route, from the manifest.
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const closure = (key, acc = new Set()) => {
  const m = manifest[key];
  if (!m || acc.has(m.file)) return acc;
  acc.add(m.file);
  for (const i of m.imports ?? []) closure(i, acc);
  return acc;
};
const size = (file) => gz(fs.readFileSync(path.join(dist, file)));
console.log(`\nper route (gzip JS beyond the first load: the route's chunk and its static imports):`);
const routes = Object.keys(manifest).filter((k) => /^src\/app\/(routes|layout)\/[^/]+\.tsx$/.test(k) && manifest[k].isDynamicEntry);
for (const key of routes.sort()) {
  const files = [...closure(key)].filter((f) => f.endsWith('.js') && !firstLoad.has(f));
  const total = files.reduce((a, f) => a + size(f), 0);
  console.log(`  ${kB(total).padStart(6)} kB  ${key.replace('src/app/', '')}`);
}
const lazy = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && !routes.includes(k) && !firstLoad.has(manifest[k].file));
if (lazy.length) {
  console.log(`other chunks loaded on demand:`);
  for (const key of lazy.sort()) {
    const files = [...closure(key)].filter((f) => f.endsWith('.js') && !firstLoad.has(f));
    console.log(`  ${kB(files.reduce((a, f) => a + size(f), 0)).padStart(6)} kB  ${key.replace(/^.*node_modules\//, '')}`);
  }
}
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
