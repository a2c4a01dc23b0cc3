// Errors in PostgREST's JSON shape ({ code, message, details, hint }) and PostgREST's mapping of
// Postgres SQLSTATEs to HTTP statuses.

/** An error answered as JSON with an HTTP status (never a crash of the server). */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Record<string, unknown>} body
   * @param {Record<string, string>} [headers]
   */
  constructor(status, body, headers = {}) {
    super(String(body.message ?? body.msg ?? status));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** PostgREST's own error (`PGRSTnnn`), details and hint null unless given. */
export function pgrstError(status, code, message, details = null, hint = null) {
  return new ApiError(status, { code, details, hint, message });
}

/** A PostgREST or Supabase feature the local stack refuses instead of answering wrongly. */
export function notSupported(feature) {
  return pgrstError(501, 'PGRST127', `${feature} is not supported by the local Supabase stack`, feature, 'Run the app against a hosted Supabase project to use it.');
}

/** PostgREST's parse error for a query parameter (400, PGRST100). */
export function parseError(what, details) {
  return pgrstError(400, 'PGRST100', `"failed to parse ${what}"`, details);
}

/**
 * HTTP status PostgREST gives a Postgres error.
 * @param {string} code SQLSTATE
 * @param {string} role the database role of the request (42501 is 401 for anon, 403 otherwise)
 */
export function statusForSqlState(code, role) {
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2));
  switch (code) {
    case '23503':
    case '23505':
    case '40001': // serialization failure: the client may retry
      return 409;
    case '25006': // read-only transaction: a GET that tried to write
      return 405;
    case '42883':
    case '42P01':
      return 404;
    case '42P17':
      return 500;
    case '42501':
      return role === 'anon' ? 401 : 403;
    case 'P0001':
      return 400;
  }
  switch (code.slice(0, 2)) {
    case '08':
    case '53':
      return 503;
    case '0L':
    case '0P':
    case '28':
      return 403;
    case '54':
      return 413;
    case '09':
    case '25':
    case '2D':
    case '38':
    case '39':
    case '3B':
    case '40':
    case '55':
    case '57':
    case '58':
    case 'F0':
    case 'HV':
    case 'P0':
    case 'XX':
      return 500;
  }
  return 400;
}

/**
 * Turns anything thrown while serving a request into an ApiError.
 * @param {any} err
 * @param {string} role
 */
export function toApiError(err, role) {
  if (err instanceof ApiError) return err;
  if (err && typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && typeof err.severity === 'string') {
    return new ApiError(statusForSqlState(err.code, role), {
      code: err.code,
      details: err.detail ?? null,
      hint: err.hint ?? null,
      message: err.message,
    });
  }
  console.error('[local-supabase]', err);
  return pgrstError(500, 'PGRST000', 'Internal error in the local Supabase stack', String(err?.message ?? err));
}
