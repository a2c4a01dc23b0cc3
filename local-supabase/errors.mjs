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
 * HTTP status PostgREST gives a Postgres error: `mapSQLtoHTTP` in PostgREST's src/PostgREST/Error.hs
 * (v12-v14), which the "HTTP Status Codes" table of its errors reference documents. Checked line by
 * line; local-supabase/tests/errors.test.ts raises each case through the stack.
 * @param {string} code SQLSTATE
 * @param {string} role the database role of the request (42501 is 401 for anon, 403 otherwise)
 * @param {string} [message] the error's message (21000, 22023 and 42883 depend on it)
 */
export function statusForSqlState(code, role, message = '') {
  if (/^PT/.test(code)) {
    const n = Number(code.slice(2));
    return /^\d{3}$/.test(code.slice(2)) && n >= 100 && n <= 599 ? n : 500;
  }
  switch (code) {
    case '23503': // foreign_key_violation
    case '23505': // unique_violation
      return 409;
    case '25006': // read_only_sql_transaction: a GET that tried to write
      return 405;
    case '21000': // cardinality_violation: a server error, except pg-safeupdate's "requires a WHERE clause"
      return message.endsWith('requires a WHERE clause') ? 400 : 500;
    case '22023': // invalid_parameter_value; "role ... does not exist" is a token naming an unknown role
      return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400;
    case '53400': // configuration_limit_exceeded
      return 500;
    case '57P01': // admin_shutdown
      return 503;
    case 'P0001': // raise exception without errcode
      return 400;
    case '42883': // undefined_function
      return message.startsWith('function xmlagg(') ? 406 : 404;
    case '42P01': // undefined_table
      return 404;
    case '42P17': // infinite recursion (in a policy)
      return 500;
    case '42501': // insufficient_privilege
      return role === 'anon' ? 401 : 403;
  }
  switch (code.slice(0, 2)) {
    case '08': // connection exception
    case '53': // insufficient resources
      return 503;
    case '0L': // invalid grantor
    case '0P': // invalid role specification
    case '28': // invalid authorization specification
      return 403;
    case '09': // triggered action exception
    case '25': // invalid transaction state
    case '2D': // invalid transaction termination
    case '38': // external routine exception
    case '39': // external routine invocation exception
    case '3B': // savepoint exception
    case '40': // transaction rollback (40001 serialization failure, 40P01 deadlock)
    case '54': // program limit exceeded (54000, 54001 stack depth)
    case '55': // object not in prerequisite state
    case '57': // operator intervention (57014 statement timeout / canceled)
    case '58': // system error
    case 'F0': // configuration file error
    case 'HV': // foreign data wrapper error
    case 'P0': // PL/pgSQL errors other than P0001
    case 'XX': // internal error
      return 500;
  }
  return 400;
}

/**
 * PostgREST's `RAISE SQLSTATE 'PGRST'`: the message is JSON `{ code, message, details?, hint? }`
 * and the detail JSON `{ status, status_text?, headers }`, giving the function full control of the
 * answer. A malformed one is PGRST121 (500), as in PostgREST.
 * @param {any} err
 */
function raisedPgrst(err) {
  const parse = (t) => {
    try {
      const v = JSON.parse(t);
      return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    } catch {
      return null;
    }
  };
  const msg = parse(String(err.message ?? ''));
  const bad = (details, hint) => new ApiError(500, { code: 'PGRST121', details, hint, message: 'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error' });
  const msgHint = "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.";
  const detHint = "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.";
  if (!msg || typeof msg.code !== 'string' || typeof msg.message !== 'string') return bad(`Invalid JSON value for MESSAGE: '${err.message}'`, msgHint);
  if (err.detail === undefined || err.detail === null) return bad('DETAIL is missing in the RAISE statement', detHint);
  const det = parse(String(err.detail));
  if (!det || typeof det.status !== 'number' || !det.headers || typeof det.headers !== 'object') return bad(`Invalid JSON value for DETAIL: '${err.detail}'`, detHint);
  const headers = Object.fromEntries(Object.entries(det.headers).map(([k, v]) => [k, String(v)]));
  return new ApiError(det.status, { code: msg.code, details: msg.details ?? null, hint: msg.hint ?? null, message: msg.message }, headers);
}

/**
 * Turns anything thrown while serving a request into an ApiError.
 * @param {any} err
 * @param {string} role
 */
export function toApiError(err, role) {
  if (err instanceof ApiError) return err;
  // The database connection failed (db.mjs isConnectionError): 503 as PostgREST answers while it
  // cannot reach the database. A server's SQLSTATE (57P01 admin_shutdown) is kept as the code.
  if (err?.connectionError) {
    const sqlstate = typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && typeof err.severity === 'string';
    if (sqlstate && err.code === '57P01') {
      return new ApiError(503, { code: err.code, details: err.detail ?? null, hint: err.hint ?? null, message: err.message }, { 'Retry-After': '1' });
    }
    return err.connectionError === 'connect'
      ? new ApiError(503, { code: 'PGRST000', details: String(err.message ?? err), hint: null, message: 'Could not connect with the database due to an incorrect db-uri or due to the PostgreSQL service not running.' }, { 'Retry-After': '1' })
      : new ApiError(503, { code: 'PGRST001', details: String(err.message ?? err), hint: null, message: 'Database client error. Retrying the connection.' }, { 'Retry-After': '1' });
  }
  if (err && typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && typeof err.severity === 'string') {
    if (err.code === 'PGRST') return raisedPgrst(err);
    const status = statusForSqlState(err.code, role, String(err.message ?? ''));
    return new ApiError(
      status,
      { code: err.code, details: err.detail ?? null, hint: err.hint ?? null, message: err.message },
      // PostgREST asks for credentials on a 401 from the database (42501 as anon).
      status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {},
    );
  }
  console.error('[local-supabase]', err);
  return pgrstError(500, 'PGRST000', 'Internal error in the local Supabase stack', String(err?.message ?? err));
}
