import { ApiError } from './errors.mjs';
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

/** Largest request body accepted (bytes); larger ones get 413 (`LOCAL_SUPABASE_MAX_BODY_BYTES`). */
export const maxBodyBytes = /^\d+$/.test(process.env.LOCAL_SUPABASE_MAX_BODY_BYTES ?? '') ? Number(process.env.LOCAL_SUPABASE_MAX_BODY_BYTES) : 10 * 1024 * 1024;

/** The gateway's answer to a body over the limit (Kong's request-size-limiting plugin). */
function tooLarge() {
  return new ApiError(413, { message: 'Request size limit exceeded' }, { Connection: 'close' });
}

/**
 * Reads the request body as text (empty string when none). A body over the limit is refused with
 * 413: at once when Content-Length says so, else once it passes the limit; the rest is read and
 * dropped (up to 4× the limit, then the connection is cut) so the client receives the answer
 * instead of a connection reset.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [max]
 * @returns {Promise<string>}
 */
export function readBody(req, max = maxBodyBytes) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > max;
    req.on('data', (c) => {
      size += c.length;
      if (size > max) over = true;
      if (over) {
        chunks.length = 0;
        if (size > 4 * max) {
          reject(tooLarge());
          req.destroy();
        }
      } else chunks.push(c);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** How deeply JSON arguments may nest (PostgREST leaves it to Postgres, which fails with 54001). */
export const maxJsonDepth = 100;

/**
 * Whether JSON text nests arrays/objects deeper than `max`, scanned without recursion (so a
 * hostile body cannot overflow the stack of the parser or of JSON.stringify later).
 * @param {string} text
 * @param {number} [max]
 */
export function jsonTooDeep(text, max = maxJsonDepth) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
