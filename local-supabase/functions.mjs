// `/functions/v1/<name>`: the project's Edge Functions (supabase/functions/<name>/index.ts), each run
// under Deno (the npm package `deno`) in a process of its own, started on the first request and
// restarted when a file of its folder changes. As on a hosted project:
// - the gateway checks the JWT of `Authorization: Bearer` unless `[functions.<name>] verify_jwt =
//   false` in supabase/config.toml (webhooks such as calendly-webhook), and needs no apikey;
// - the function gets SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY (and
//   SUPABASE_DB_URL over a server) in its environment, plus the secrets of supabase/functions/.env
//   if that (git-ignored) file exists: the service key lives in the function, never in the browser;
// - the request reaches it byte for byte (a webhook verifies its signature over the raw body), with
//   the path after `/functions/v1`, and the function answers CORS preflights itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './db.mjs';
import { ApiError } from './errors.mjs';
import { anonKey, serviceRoleKey } from './keys.mjs';

const bootstrap = path.join(import.meta.dirname, 'functions', 'bootstrap.ts');
const denoBin = path.join(repoRoot, 'node_modules', '.bin', 'deno');
const startTimeoutMs = 120_000; // the first start may fetch npm packages
const requestTimeoutMs = 150_000; // hosted wall-clock limit
const hopByHop = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade']);

/** Every handler's stop, so that no Deno process outlives the stack's process. */
const liveHandlers = new Set();
process.once('exit', () => {
  for (const stop of [...liveHandlers]) stop();
});

/** Reads `[functions.<name>] verify_jwt` from config.toml (default true, as the CLI). */
export function verifyJwtSetting(name, file = path.join(repoRoot, 'supabase', 'config.toml')) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return true;
  }
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) current = header[1].trim();
    else if (current === `functions.${name}`) {
      const m = /^\s*verify_jwt\s*=\s*(true|false)\s*(#.*)?$/.exec(line);
      if (m) return m[1] === 'true';
    }
  }
  return true;
}

/** KEY=value lines (no expansion), as `supabase functions serve --env-file`. */
function readEnvFile(file) {
  const env = {};
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return env;
  }
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

/** Newest modification time of the files of a function's folder (its code). */
function codeVersion(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * @param {{ functionsDir?: string, configFile?: string, env?: Record<string, string>, databaseUrl?: string,
 *   verify: (token: string) => Promise<{ claims: Record<string, unknown> } | { error: string }> }} opts
 */
export function createFunctionsHandler(opts) {
  const functionsDir = opts.functionsDir ?? path.join(repoRoot, 'supabase', 'functions');
  /** @type {Map<string, { child: import('node:child_process').ChildProcess, port: Promise<number>, version: number }>} */
  const workers = new Map();

  function stopWorker(name) {
    const w = workers.get(name);
    workers.delete(name);
    if (w && w.child.exitCode === null) w.child.kill('SIGKILL');
  }

  function startWorker(name, entry, version, origin) {
    if (!fs.existsSync(denoBin)) {
      throw new ApiError(501, { message: 'Edge Functions need the npm package deno (npm install)' });
    }
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DENO_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
      ...(process.env.DENO_DIR ? { DENO_DIR: process.env.DENO_DIR } : {}),
      ...readEnvFile(path.join(functionsDir, '.env')),
      ...opts.env,
      SUPABASE_URL: origin,
      SUPABASE_ANON_KEY: anonKey,
      SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey,
      ...(opts.databaseUrl ? { SUPABASE_DB_URL: opts.databaseUrl } : {}),
      LOCAL_FUNCTION_ENTRY: new URL(`file://${entry}`).href,
    };
    const child = spawn(denoBin, ['run', '--allow-all', '--quiet', bootstrap], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const port = new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Edge Function ${name} did not start within ${startTimeoutMs / 1000}s`)), startTimeoutMs);
      child.stdout.on('data', (chunk) => {
        const text = chunk.toString();
        out += text;
        const m = /__local_function_listening__ (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
        for (const line of text.split('\n')) if (line && !line.includes('__local_function_listening__')) process.stdout.write(`[functions/${name}] ${line}\n`);
      });
      child.stderr.on('data', (chunk) => {
        err += chunk.toString();
        process.stderr.write(`[functions/${name}] ${chunk}`);
      });
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (workers.get(name)?.child === child) workers.delete(name);
        reject(new Error(`Edge Function ${name} exited (${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
      });
    });
    port.catch(() => undefined); // awaited by the request; avoid an unhandled rejection on exit
    const w = { child, port, version };
    workers.set(name, w);
    return w;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    const m = /^\/functions\/v1\/([A-Za-z0-9_-]+)(\/.*)?$/.exec(url.pathname);
    const name = m?.[1];
    const dir = name ? path.join(functionsDir, name) : '';
    const entry = path.join(dir, 'index.ts');
    if (!name || !fs.existsSync(entry)) {
      throw new ApiError(404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
    }
    if (req.method !== 'OPTIONS' && verifyJwtSetting(name, opts.configFile)) {
      const token = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      if (!token) throw new ApiError(401, { code: 'UNAUTHORIZED_NO_AUTH_HEADER', message: 'Missing authorization header' });
      const v = await opts.verify(token);
      if ('error' in v) throw new ApiError(401, { code: 'UNAUTHORIZED_INVALID_JWT_FORMAT', message: 'Invalid JWT' });
    }

    const version = codeVersion(dir);
    let w = workers.get(name);
    if (w && w.version !== version) {
      stopWorker(name);
      w = undefined;
    }
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    w ??= startWorker(name, entry, version, origin);
    let port;
    try {
      port = await w.port;
    } catch (e) {
      stopWorker(name);
      throw new ApiError(503, { code: 'BOOT_ERROR', message: `Function failed to start: ${e instanceof Error ? e.message : e}` });
    }

    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (!hopByHop.has(k) && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    headers['x-forwarded-host'] = req.headers.host ?? '';
    let upstream;
    try {
      upstream = await fetch(`http://127.0.0.1:${port}/${name}${m[2] ?? ''}${url.search}`, {
        method: req.method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (e) {
      throw new ApiError(502, { code: 'FUNCTION_UNREACHABLE', message: `Function ${name} did not answer: ${e instanceof Error ? e.message : e}` });
    }
    const out = Buffer.from(await upstream.arrayBuffer());
    const resHeaders = {};
    upstream.headers.forEach((v, k) => {
      if (!hopByHop.has(k) && k !== 'content-encoding') resHeaders[k] = v;
    });
    res.writeHead(upstream.status, resHeaders);
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  function stopAll() {
    for (const name of [...workers.keys()]) stopWorker(name);
    liveHandlers.delete(stopAll);
  }
  liveHandlers.add(stopAll);
  return Object.assign(handle, { stopAll });
}
