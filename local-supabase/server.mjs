// The local stand-in for a Supabase project's HTTP API: `/auth/v1` (auth.mjs), `/rest/v1`
// (rest/) and `/functions/v1` (functions.mjs: supabase/functions under Deno), over a real Postgres. `createStack` gives a Node request handler usable as a plain http
// server or as connect/Vite middleware; `startStack` runs it standalone.
import http from 'node:http';
import { createAuthHandler } from './auth.mjs';
import { createFunctionsHandler } from './functions.mjs';
import { createMailbox } from './mailbox.mjs';
import { ApiError, pgrstError, toApiError } from './errors.mjs';
import { sendJson, sendPreflight } from './http.mjs';
import { apiRoles, cachedVerifier, secretKey } from './jwt.mjs';
import { createFairGate } from './fair-gate.mjs';
import { restLimits } from './limits.mjs';
import { anonKey, jwtSecret as defaultSecret } from './keys.mjs';
import { Catalog } from './rest/catalog.mjs';
import { createRestHandler } from './rest/handler.mjs';
import { databaseFromEnv, openStackDatabase } from './setup.mjs';

const services = /^\/(auth|rest|realtime|storage|functions|graphql|pg)\/v1(?:\/|$)/;
const refused = {
  realtime: 'Realtime',
  storage: 'Storage',
  graphql: 'GraphQL',
  pg: 'The Postgres meta API',
};

/**
 * The API gateway's check (Kong on a hosted project) and PostgREST's authentication: an `apikey`
 * must be one of the project's keys; the bearer token (else the apikey) must verify and decides
 * the database role.
 * @param {import('node:http').IncomingMessage} req
 * @param {ReturnType<typeof cachedVerifier>} verify
 * @returns {Promise<{ role: string, claims: Record<string, unknown> }>}
 */
async function authenticate(req, verify) {
  const apikey = req.headers.apikey === undefined ? undefined : String(req.headers.apikey);
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
  // As the hosted gateway: every request needs an apikey, a bearer token alone is refused.
  if (apikey === undefined) {
    throw new ApiError(401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
  }
  const key = await verify(apikey);
  if ('error' in key || !['anon', 'service_role'].includes(String(key.claims.role))) {
    throw new ApiError(401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
  }
  const token = bearer ?? apikey;
  const v = await verify(token);
  if ('error' in v) {
    const e = pgrstError(401, v.expired || v.error === 'JWT issued at future' ? 'PGRST303' : 'PGRST301', v.error);
    e.headers['WWW-Authenticate'] = `Bearer error="invalid_token", error_description="${v.error}"`;
    throw e;
  }
  const role = v.claims.role === undefined ? 'anon' : String(v.claims.role);
  if (!apiRoles.has(role)) {
    throw pgrstError(401, 'PGRST303', `JWT role "${role}" is not allowed`, 'Only the roles anon, authenticated and service_role may be used through the API.');
  }
  return { role, claims: v.claims };
}

/**
 * Who a request is, for fairness: the token's user, else its role from the client's address (anon,
 * service_role).
 * @param {import('node:http').IncomingMessage} req
 * @param {{ role: string, claims: Record<string, unknown> }} who
 */
function userKey(req, who) {
  const sub = who.claims.sub;
  return typeof sub === 'string' && sub !== '' ? `user:${sub}` : `${who.role}@${req.socket?.remoteAddress ?? 'unknown'}`;
}

/**
 * How many REST requests of one user run at once (the others wait their turn, first come first
 * served): a third of a server's pool (at least 1), so one user's parallel slow requests leave the
 * rest of the pool to the others; 1 on PGlite (one connection; its queue is round-robin across
 * users, db.mjs). LOCAL_SUPABASE_USER_CONCURRENCY overrides; `limits.userConcurrency: null` turns it off.
 * @param {import('./db.mjs').Database} db
 * @param {number | null | undefined} option
 */
export function userConcurrency(db, option) {
  if (option !== undefined) return option;
  const env = Number(process.env.LOCAL_SUPABASE_USER_CONCURRENCY);
  if (Number.isInteger(env) && env > 0) return env;
  return db.kind === 'pg' ? Math.max(1, Math.floor((db.max ?? 10) / 3)) : 1;
}

/**
 * @param {{ db: import('./db.mjs').Database, jwtSecret?: string, limits?: Parameters<typeof restLimits>[0] & { userConcurrency?: number | null }, auth?: import('./auth.mjs').AuthOptions,
 *   functions?: { functionsDir?: string, configFile?: string, env?: Record<string, string>, databaseUrl?: string } }} opts
 *   limits: REST limits (defaults: config.toml's max_rows, the environment); auth: sign-in rate limit etc.;
 *   functions: where the Edge Functions are and what they get in their environment.
 * @returns {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (err?: unknown) => void) => Promise<void>) & { reloadSchema: () => Promise<void>, stopFunctions: () => void }}
 */
export function createStack({ db, jwtSecret = defaultSecret, limits, auth: authOptions, functions: functionsOptions }) {
  const key = secretKey(jwtSecret);
  const catalog = new Catalog(db);
  const rest = createRestHandler({ db, catalog, limits: restLimits(limits) });
  const mailbox = createMailbox();
  const auth = createAuthHandler({ db, key, mailbox, ...authOptions });
  const verify = cachedVerifier(key);
  const functions = createFunctionsHandler({ ...functionsOptions, verify });
  const perUser = userConcurrency(db, limits?.userConcurrency);
  const users = perUser === null ? null : createFairGate({ total: Infinity, perKey: perUser });

  const handler = async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The development mailbox page (emails the local Auth sent), as Inbucket beside `supabase start`.
    if (mailbox.handle(req, res, url)) return;
    const service = services.exec(url.pathname)?.[1];
    if (!service) {
      if (next) return next();
      return sendJson(req, res, 404, { message: 'Not found: the local Supabase stack serves /auth/v1 and /rest/v1' });
    }
    let role = 'anon';
    try {
      // The gateway passes functions through without an apikey (webhooks have none) and lets
      // each function answer its own CORS preflight.
      if (service === 'functions') return await functions(req, res, url);
      if (req.method === 'OPTIONS') return sendPreflight(req, res);
      if (refused[service]) throw new ApiError(501, { message: `${refused[service]} is not supported by the local Supabase stack` });
      // The email link (GET /auth/v1/verify) is opened by a browser without an apikey; the hosted
      // gateway lets it through (an open Auth route) as it does here.
      const openAuthRoute = service === 'auth' && req.method === 'GET' && /^\/auth\/v1\/verify\/?$/.test(url.pathname);
      const who = openAuthRoute ? { role: 'anon', claims: {} } : await authenticate(req, verify);
      role = who.role;
      if (service === 'auth') await auth(req, res, url);
      else {
        const auth = { ...who, key: userKey(req, who) };
        if (users) await users.run(auth.key, () => rest(req, res, url, auth));
        else await rest(req, res, url, auth);
      }
    } catch (e) {
      const err = toApiError(e, role);
      if (res.headersSent) res.end();
      else sendJson(req, res, err.status, err.body, err.headers);
    }
  };
  return Object.assign(handler, { reloadSchema: () => catalog.reload(), stopFunctions: () => functions.stopAll(), mailbox });
}

/**
 * Opens (and prepares) the database, then serves the stack on `port`.
 * @param {{ port?: number, host?: string, url?: string, dataDir?: string }} [opts] defaults from the environment
 */
export async function startStack(opts = {}) {
  const where = opts.url || opts.dataDir ? { url: opts.url, dataDir: opts.dataDir } : databaseFromEnv();
  const { db, migrations, seeded } = await openStackDatabase(where);
  const stack = createStack({ db, functions: { databaseUrl: where.url } });
  const server = http.createServer((req, res) => void stack(req, res));
  // Longer than Node's 5 s default: a client reusing an idle keep-alive socket just as the server
  // closes it gets ECONNRESET (Node's fetch does not retry a POST). The client now closes first.
  server.keepAliveTimeout = 65_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise((resolve) => server.listen(opts.port ?? 54321, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    anonKey,
    db,
    server,
    stack,
    migrations,
    seeded,
    close: async () => {
      stack.stopFunctions();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await db.close();
    },
  };
}
