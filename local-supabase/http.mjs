// Small HTTP helpers shared by the Auth and REST handlers (plain Node http, no framework).

/** Request headers supabase-js sends, allowed on cross-origin requests to the standalone stack. */
const allowedHeaders =
  'authorization, apikey, content-type, x-client-info, prefer, range, range-unit, accept, accept-profile, content-profile, x-supabase-api-version, x-retry-count';
const exposedHeaders = 'Content-Range, Content-Location, Location, Preference-Applied, X-Supabase-Api-Version, X-Sb-Error-Code';

/** CORS headers for any origin (same-origin use through Vite needs none, they do no harm there). */
export function corsHeaders(req) {
  return {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Expose-Headers': exposedHeaders,
    Vary: 'Origin',
  };
}

/** Answers a CORS preflight. */
export function sendPreflight(req, res) {
  res.writeHead(204, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? allowedHeaders,
    'Access-Control-Max-Age': '86400',
  });
  res.end();
}

/**
 * Sends a response. `body` is a string already serialized as JSON (or null for no body).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string | null} body
 * @param {Record<string, string>} [headers]
 */
export function send(req, res, status, body, headers = {}) {
  const h = { ...corsHeaders(req), ...headers };
  if (body !== null) {
    h['Content-Type'] ??= 'application/json; charset=utf-8';
    h['Content-Length'] = String(Buffer.byteLength(body));
  }
  res.writeHead(status, h);
  res.end(req.method === 'HEAD' || body === null ? undefined : body);
}

/** Sends a value as JSON. */
export function sendJson(req, res, status, value, headers = {}) {
  send(req, res, status, JSON.stringify(value), headers);
}

const maxBody = 10 * 1024 * 1024;

/**
 * Reads the request body as text (empty string when none). Refuses bodies over 10 MB.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > maxBody) {
        reject(Object.assign(new Error('Request body too large'), { tooLarge: true }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
