// `/rest/v1`: the PostgREST subset supabase-js uses. Each request is one transaction that switches
// to the token's role and sets the request GUCs the way PostgREST does, then runs one statement
// built by query.mjs.
import { ApiError, notSupported, pgrstError } from '../errors.mjs';
import { jsonTooDeep, maxJsonDepth, readBody, send } from '../http.mjs';
import { exposedSchema } from './catalog.mjs';
import { durationMs, ensureGuard, mergeRoleSettings, restLimits, roleSettingsSql } from '../limits.mjs';
import { Params, conditionSql, groupParams, planRead, quoteIdent, readSql, tableSource } from './query.mjs';

/**
 * @typedef {{ role: string, claims: Record<string, unknown>, key?: string }} Auth
 *   key: who the request is (server.mjs userKey), for PGlite's round-robin queue
 * @typedef {{ return?: string, count?: string, resolution?: string, missing?: string, tx?: string, params?: string, handling?: string }} Prefer
 */

/** Parses `Prefer: return=representation, count=exact` (several headers or comma-separated). */
function parsePrefer(header) {
  /** @type {Record<string, string>} */
  const prefs = {};
  for (const part of String(header ?? '').split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (k) prefs[k] = v ?? '';
  }
  if (prefs.tx === 'rollback') throw notSupported('Prefer: tx=rollback');
  if (prefs.missing === 'default') throw notSupported('Prefer: missing=default');
  if (prefs.params === 'single-object') throw notSupported('Prefer: params=single-object');
  if (prefs.return === 'headers-only') throw notSupported('Prefer: return=headers-only');
  return /** @type {Prefer} */ (prefs);
}

/** What the client accepts: an array (default), one object (`.single()`), nulls stripped or not. */
function parseAccept(header) {
  const accept = String(header ?? '*/*').toLowerCase();
  const stripNulls = /nulls=stripped/.test(accept);
  if (accept.includes('application/vnd.pgrst.object+json')) return { single: true, stripNulls };
  if (accept.includes('text/csv')) throw notSupported('CSV output (Accept: text/csv)');
  if (accept.includes('application/vnd.pgrst.plan')) throw notSupported('Execution plans (Accept: application/vnd.pgrst.plan)');
  if (accept === '' || /(^|[\s,])(\*\/\*|application\/\*|application\/json|application\/vnd\.pgrst\.array\+json)/.test(accept)) {
    return { single: false, stripNulls };
  }
  throw pgrstError(406, 'PGRST107', `None of these media types are available: ${header}`);
}

/** PGRST116: `.single()` on a result that is not exactly one row. */
function notOneRow(n) {
  return pgrstError(406, 'PGRST116', 'JSON object requested, multiple (or no) rows returned', `The result contains ${n} rows`);
}

/** Parses a JSON request body (PGRST102 when it is not JSON). */
async function jsonBody(req, emptyAs) {
  const text = await readBody(req);
  if (text.trim() === '') {
    if (emptyAs !== undefined) return emptyAs;
    throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
  }
  if (jsonTooDeep(text)) throw pgrstError(400, 'PGRST102', 'Empty or invalid json', `The JSON nests deeper than ${maxJsonDepth} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
  }
}

/** Headers a function set through the `response.headers` GUC (a JSON array of one-key objects). */
function headersFromGuc(raw) {
  /** @type {Record<string, string>} */
  const out = {};
  if (!raw) return out;
  try {
    for (const h of JSON.parse(raw)) for (const [k, v] of Object.entries(h)) out[k] = String(v);
  } catch {
    throw pgrstError(500, 'PGRST111', 'response.headers guc must be a JSON array composed of objects with a single key and a string value');
  }
  return out;
}

/**
 * SQL for one function argument, bound as a parameter of the argument's type. Scalars travel as
 * text cast to the type (constants for the planner); JSON arrays and objects for non-JSON types
 * convert exactly as PostgREST's json_to_record does (arrays, composites).
 * @param {{ name: string, type: string }} arg
 * @param {unknown} value
 * @param {Params} params
 */
function argumentSql(arg, value, params) {
  const isJson = arg.type === 'json' || arg.type === 'jsonb';
  if (value === null || value === undefined) return `NULL::${arg.type}`;
  if (isJson) return `${params.add(JSON.stringify(value))}::${arg.type}`;
  if (typeof value === 'object') {
    return `(SELECT _v.v FROM json_to_record(json_build_object('v', ${params.add(JSON.stringify(value))}::json)) AS _v(v ${arg.type}))`;
  }
  return `${params.add(String(value))}::${arg.type}`;
}

/**
 * @param {{ db: import('../db.mjs').Database, catalog: import('./catalog.mjs').Catalog, limits?: ReturnType<typeof restLimits> }} deps
 */
export function createRestHandler({ db, catalog, limits = restLimits() }) {
  const settingsSql =
    "set_config('role', $1, true), set_config('request.jwt.claims', $2, true), set_config('request.method', $3, true), " +
    "set_config('request.path', $4, true), set_config('request.headers', $5, true), set_config('request.cookies', $6, true), " +
    "set_config('search_path', 'public, extensions', true)";
  const readLimits = { maxRows: limits.maxRows, maxDepth: limits.maxDepth };
  const writeLimits = { maxRows: null, maxDepth: limits.maxDepth };
  /** PGlite cannot interrupt a statement: the generated SQL checks the deadline row by row. */
  const guard = { scan: db.kind === 'pglite' };

  /** @type {{ at: number, map: Map<string, Record<string, string>> | null, guard: Promise<void> | null }} */
  const cache = { at: -1, map: null, guard: null };
  /** The settings of an API role (platform.sql's `alter role ... set`), re-read with the schema cache. */
  async function roleSettings(role) {
    await catalog.ready();
    if (cache.at !== catalog.loadedAt || !cache.map) {
      const at = catalog.loadedAt;
      cache.map = mergeRoleSettings((await db.query(roleSettingsSql)).rows);
      cache.at = at;
    }
    return cache.map.get(role) ?? { login: {}, role: {}, all: {} };
  }

  /**
   * Runs `fn` in one transaction as the request's role with PostgREST's request settings.
   * @template T
   * @param {import('node:http').IncomingMessage} req
   * @param {Auth} auth
   * @param {string} path
   * @param {boolean} readOnly
   * @param {(tx: import('../db.mjs').Queryable) => Promise<T>} fn
   */
  function inTransaction(req, auth, path, readOnly, fn) {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
    const cookies = Object.fromEntries(
      String(req.headers.cookie ?? '')
        .split(';')
        .map((c) => c.trim().split('='))
        .filter(([k]) => k)
        .map(([k, ...v]) => [k, v.join('=')]),
    );
    return prepare(auth.role).then(({ sql, values }) =>
      db.transaction(
        async (tx) => {
          await tx.query(sql, [auth.role, JSON.stringify(auth.claims), req.method, path, JSON.stringify(headers), JSON.stringify(cookies), ...values]);
          return fn(tx);
        },
        { readOnly, key: auth.key },
      ),
    );
  }

  /**
   * The statement that starts each request's transaction: the role's settings (statement_timeout,
   * lock_timeout, ...) as PostgREST applies them, before switching role; PostgREST's request
   * settings; the row budget; on PGlite the deadline (epoch seconds, from the transaction's start).
   */
  async function prepare(role) {
    cache.guard ??= ensureGuard(db).catch((e) => {
      cache.guard = null;
      throw e;
    });
    await cache.guard;
    const settings = await roleSettings(role);
    const values = [];
    const add = (v) => {
      values.push(v);
      return `$${6 + values.length}`;
    };
    // authenticator's (what its login would have set), then the role switch and PostgREST's request
    // settings, then the impersonated role's settings as that role, as PostgREST orders them.
    const setting = ([k, v]) => `set_config(${add(k)}, ${add(v)}, true)`;
    const parts = Object.entries(settings.login).map(setting);
    parts.push(settingsSql);
    parts.push(...Object.entries(settings.role).map(setting));
    if (limits.maxTotalRows !== null) parts.push(`set_config('local_supabase.max_rows', ${add(String(limits.maxTotalRows))}, true)`);
    const timeout = durationMs(settings.all.statement_timeout);
    if (guard.scan && timeout !== null) {
      parts.push(`set_config('local_supabase.deadline', (extract(epoch from clock_timestamp()) + ${add(String(timeout / 1000))}::float8)::text, true)`);
    }
    return { sql: `select ${parts.join(', ')}`, values };
  }

  /**
   * Sends the result row of readSql.
   * @param {{ single: boolean, offset: number, status?: number, extraHeaders?: Record<string, string>, checkedSingle?: boolean }} o
   */
  function sendRows(req, res, row, o) {
    const n = Number(row.page_total);
    const total = row.total === null || row.total === undefined ? null : Number(row.total);
    const range = n > 0 ? `${o.offset}-${o.offset + n - 1}` : '*';
    let status = o.status ?? 200;
    if (total !== null && status === 200) {
      if (o.offset > total) {
        throw pgrstError(416, 'PGRST103', 'Requested range not satisfiable', `An offset of ${o.offset} was requested, but there are only ${total} rows.`);
      }
      if (n < total) status = 206;
    }
    if (row.response_status) status = Number(row.response_status);
    const headers = {
      'Content-Range': `${range}/${total ?? '*'}`,
      ...(o.single ? { 'Content-Type': 'application/vnd.pgrst.object+json; charset=utf-8' } : {}),
      ...o.extraHeaders,
      ...headersFromGuc(row.response_headers),
    };
    send(req, res, status, row.body ?? 'null', headers);
  }

  /** GET/HEAD on a table or view. */
  async function read(req, res, auth, name, query, prefer, accept) {
    const table = await catalog.table(name);
    const byPath = groupParams(query);
    const node = await planRead(catalog, tableSource(table), query.get('select') ?? '*', byPath, readLimits);
    applyRangeHeader(req, node);
    const { sql, params } = readSql(node, { count: Boolean(prefer.count), single: accept.single, stripNulls: accept.stripNulls, guard });
    const row = await inTransaction(req, auth, `/${name}`, true, async (tx) => (await tx.query(sql, params)).rows[0]);
    if (accept.single && Number(row.page_total) !== 1) throw notOneRow(Number(row.page_total));
    sendRows(req, res, row, { single: accept.single, offset: node.offset ?? 0, extraHeaders: preferenceApplied(prefer, ['count']) });
  }

  /** `Range: 0-9` (items) as offset/limit, when the query string sets neither. */
  function applyRangeHeader(req, node) {
    const h = req.headers.range;
    if (!h) return;
    const m = /^(?:items=)?(\d+)-(\d*)$/.exec(String(h).trim());
    if (!m) throw pgrstError(416, 'PGRST103', 'Requested range not satisfiable', `Invalid Range header: ${h}`);
    if (node.limit !== readLimits.maxRows || node.offset !== null) throw notSupported('The Range header together with limit/offset');
    node.offset = Number(m[1]);
    if (m[2] !== '') node.limit = Math.max(0, Number(m[2]) - node.offset + 1);
    if (limits.maxRows !== null) node.limit = Math.min(node.limit ?? limits.maxRows, limits.maxRows);
  }

  /** POST/GET/HEAD /rpc/<name>. */
  async function rpc(req, res, auth, name, query, prefer, accept) {
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    const candidates = await catalog.functionsNamed(name);
    /** @type {Record<string, unknown>} */
    let args;
    /** @type {Set<string>} */
    let argKeys;
    if (isRead) {
      const argNames = new Set(candidates.flatMap((f) => f.inArgs.map((a) => a.name)));
      args = {};
      for (const [k, v] of query) if (argNames.has(k)) args[k] = v;
      argKeys = new Set(Object.keys(args));
    } else {
      const body = await jsonBody(req, {});
      if (Array.isArray(body)) throw notSupported('Calling a function with an array body (bulk rpc)');
      if (body === null || typeof body !== 'object') throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
      args = body;
      argKeys = new Set(Object.keys(body));
    }
    const fn = resolveFunction(name, candidates, argKeys, !isRead);
    if (fn.unknownRecord) throw notSupported(`Function ${name} returning an untyped record`);

    const params = new Params();
    const wholeBody = fn.inArgs.length === 1 && fn.inArgs[0].name === '';
    const callArgs = wholeBody
      ? [`${params.add(JSON.stringify(args))}::${fn.inArgs[0].type}`]
      : fn.inArgs
          .filter((a) => argKeys.has(a.name))
          .map((a) => `${a.mode === 'v' ? 'VARIADIC ' : ''}${quoteIdent(a.name)} => ${argumentSql(a, args[a.name], params)}`);
    const call = `public.${quoteIdent(fn.name)}(${callArgs.join(', ')})`;
    const readOnly = isRead || fn.volatility !== 'v';
    const path = `/rpc/${name}`;

    if (fn.returnKind === 'void' || (fn.returnKind === 'scalar' && !fn.returnsSet)) {
      const modifiers = [...groupParams(query, argKeys).values()].some((p) => p.filters.length || p.logic.length || p.order || p.limit !== null || p.offset !== null);
      if (modifiers || (query.has('select') && query.get('select') !== '*')) {
        throw notSupported(`Filters, order, limit or select on a function returning ${fn.returnKind === 'void' ? 'void' : 'a scalar'}`);
      }
      const sql = `SELECT to_json(${call})::text AS body, nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status`;
      const row = await inTransaction(req, auth, path, readOnly, async (tx) => (await tx.query(sql, params.values)).rows[0]);
      const headers = headersFromGuc(row.response_headers);
      if (fn.returnKind === 'void') {
        send(req, res, row.response_status ? Number(row.response_status) : 204, null, headers);
        return;
      }
      send(req, res, row.response_status ? Number(row.response_status) : 200, row.body ?? 'null', headers);
      return;
    }

    // Composite or set results: read through the same builder as tables, from the call's rows.
    const columns = fn.resultColumns ?? [{ name: fn.name, type: fn.returnType }];
    const scalar = fn.returnKind === 'scalar';
    const source = {
      name: fn.name,
      columns: new Map(columns.map((c) => [c.name, c])),
      from: (alias) => `_pgrst_source AS ${quoteIdent(alias)}`,
      embeddable: false,
    };
    // Not MATERIALIZED: referenced once it is inlined (set-returning SQL functions too); referenced
    // twice (count) Postgres materializes it, so the function still runs once.
    const prefix = `WITH _pgrst_source AS (SELECT _f.* FROM ${call} AS _f${scalar ? `(${quoteIdent(columns[0].name)})` : ''}) `;
    const node = await planRead(catalog, source, scalar ? '*' : query.get('select') ?? '*', groupParams(query, argKeys), readLimits);
    const single = accept.single || !fn.returnsSet;
    const { sql } = readSql(node, { count: Boolean(prefer.count), single, stripNulls: accept.stripNulls, scalarColumn: scalar ? columns[0].name : undefined, prefix, params, guard });
    const row = await inTransaction(req, auth, path, readOnly, async (tx) => {
      const r = (await tx.query(sql, params.values)).rows[0];
      if (accept.single && fn.returnsSet && Number(r.page_total) !== 1) throw notOneRow(Number(r.page_total));
      return r;
    });
    sendRows(req, res, row, { single: accept.single, offset: node.offset ?? 0, extraHeaders: preferenceApplied(prefer, ['count']) });
  }

  /**
   * Picks the one function of that name whose parameters match the arguments given, as PostgREST
   * does: every argument is a parameter, every parameter without default is given; or a single
   * unnamed json/jsonb parameter taking the whole body.
   */
  function resolveFunction(name, candidates, argKeys, hasBody) {
    const matches = candidates.filter((f) => {
      if (f.inArgs.length === 1 && f.inArgs[0].name === '' && ['json', 'jsonb'].includes(f.inArgs[0].type)) return hasBody;
      if (f.inArgs.some((a) => a.name === '')) return false;
      const names = new Set(f.inArgs.map((a) => a.name));
      return [...argKeys].every((k) => names.has(k)) && f.inArgs.slice(0, f.requiredArgs).every((a) => argKeys.has(a.name));
    });
    if (matches.length === 1) return matches[0];
    const qualified = `${exposedSchema}.${name}`;
    const keys = [...argKeys].sort();
    if (matches.length === 0) {
      const withParams = keys.length ? `(${keys.join(', ')})` : ' without parameters';
      const searched = keys.length ? `with parameters ${keys.join(', ')}` : 'without parameters';
      throw pgrstError(
        404,
        'PGRST202',
        `Could not find the function ${qualified}${withParams} in the schema cache`,
        `Searched for the function ${qualified} ${searched} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
      );
    }
    const sig = (f) => `${qualified}(${f.inArgs.map((a) => `${a.name} => ${a.type}`).join(', ')})`;
    throw pgrstError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${matches.map(sig).join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }

  /** Preference-Applied for the preferences honoured. */
  function preferenceApplied(prefer, keys) {
    const applied = keys.filter((k) => prefer[k]).map((k) => `${k}=${prefer[k]}`);
    return applied.length ? { 'Preference-Applied': applied.join(', ') } : {};
  }

  /** Validates a write's column names against the table. */
  function writeColumns(table, names) {
    for (const c of names) {
      if (!table.columns.has(c)) {
        throw pgrstError(400, 'PGRST204', `Could not find the '${c}' column of '${table.name}' in the schema cache`);
      }
    }
    return names;
  }

  /** Plans the filters and the representation (`select`) of a write; only root filters allowed. */
  async function planWrite(table, query) {
    const byPath = groupParams(query);
    const node = await planRead(catalog, tableSource(table), query.get('select') ?? '*', byPath, writeLimits);
    if (node.nullChecks.length) throw notSupported('Filters on embedded resources in writes');
    if (node.limit !== null || node.offset !== null) throw notSupported('limit/offset on insert, update or delete');
    return node;
  }

  /**
   * Runs a write statement; with return=representation reads the written rows through the read
   * builder (embeddings included) from the statement's RETURNING.
   */
  async function write(req, res, auth, name, node, writeSql, params, prefer, accept, status) {
    const representation = prefer.return === 'representation';
    const applied = preferenceApplied(prefer, ['return', 'resolution']);
    const path = `/${name}`;
    if (!representation) {
      const n = await inTransaction(req, auth, path, false, async (tx) => {
        const r = await tx.query(writeSql, params.values);
        if (accept.single && r.rowCount !== 1) throw notOneRow(r.rowCount);
        return r.rowCount;
      });
      const range = req.method === 'POST' || n === 0 ? '*/*' : `0-${n - 1}/*`;
      send(req, res, req.method === 'POST' ? 201 : 204, null, { 'Content-Range': range, ...applied });
      return;
    }
    const source = { ...tableSource(node.source), from: (alias) => `_pgrst_source AS ${quoteIdent(alias)}` };
    const readNode = { ...node, source, conditions: [] };
    const { sql } = readSql(readNode, {
      count: false,
      single: accept.single,
      stripNulls: accept.stripNulls,
      prefix: `WITH _pgrst_source AS (${writeSql} RETURNING _t.*) `,
      params,
      guard,
    });
    const row = await inTransaction(req, auth, path, false, async (tx) => {
      const r = (await tx.query(sql, params.values)).rows[0];
      if (accept.single && Number(r.page_total) !== 1) throw notOneRow(Number(r.page_total));
      return r;
    });
    sendRows(req, res, row, { single: accept.single, offset: 0, status, extraHeaders: applied });
  }

  /** POST: insert or upsert. */
  async function insert(req, res, auth, name, query, prefer, accept) {
    const table = await catalog.table(name);
    const node = await planWrite(table, query);
    if (node.conditions.length) throw notSupported('Filters on insert');
    const body = await jsonBody(req);
    const rows = Array.isArray(body) ? body : [body];
    if (!rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
    let columns;
    if (query.has('columns')) columns = writeColumns(table, query.get('columns').split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')));
    else {
      const keys = Object.keys(rows[0] ?? {});
      const same = rows.every((r) => Object.keys(r).length === keys.length && keys.every((k) => k in r));
      if (!same) throw pgrstError(400, 'PGRST102', 'All object keys must match');
      columns = writeColumns(table, keys);
    }
    const params = new Params();
    const target = `public.${quoteIdent(table.name)}`;
    const cols = columns.map(quoteIdent).join(', ');
    let sql = columns.length
      ? `INSERT INTO ${target} AS _t (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${target}, ${params.add(JSON.stringify(rows))}::json) AS _r`
      : `INSERT INTO ${target} AS _t SELECT FROM json_populate_recordset(NULL::${target}, ${params.add(JSON.stringify(rows))}::json) AS _r`;
    if (prefer.resolution === 'merge-duplicates' || prefer.resolution === 'ignore-duplicates') {
      const conflict = query.has('on_conflict') ? writeColumns(table, query.get('on_conflict').split(',').map((c) => c.trim())) : table.primaryKey;
      if (conflict.length === 0) throw pgrstError(400, 'PGRST100', `"failed to parse on_conflict"`, `Table ${table.name} has no primary key; give on_conflict`);
      const target = conflict.map(quoteIdent).join(', ');
      if (prefer.resolution === 'ignore-duplicates' || columns.length === 0) sql += ` ON CONFLICT (${target}) DO NOTHING`;
      else sql += ` ON CONFLICT (${target}) DO UPDATE SET ${columns.map((c) => `${quoteIdent(c)} = EXCLUDED.${quoteIdent(c)}`).join(', ')}`;
    }
    await write(req, res, auth, name, node, sql, params, prefer, accept, 201);
  }

  /** PATCH: update the rows the filters select. */
  async function update(req, res, auth, name, query, prefer, accept) {
    const table = await catalog.table(name);
    const node = await planWrite(table, query);
    if (node.conditions.length === 0) throw new ApiError(400, { code: '21000', details: null, hint: null, message: 'UPDATE requires a WHERE clause' });
    const body = await jsonBody(req);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw pgrstError(400, 'PGRST102', 'Empty or invalid json');
    const columns = writeColumns(table, Object.keys(body));
    if (columns.length === 0) throw pgrstError(400, 'PGRST102', 'Empty or invalid json', 'The body has no column to update');
    const params = new Params();
    const target = `public.${quoteIdent(table.name)}`;
    const set = columns.map((c) => `${quoteIdent(c)} = _r.${quoteIdent(c)}`).join(', ');
    const record = params.add(JSON.stringify(body));
    const where = node.conditions.map((c) => conditionSql(c, '_t', params)).join(' AND ');
    const sql = `UPDATE ${target} AS _t SET ${set} FROM json_populate_record(NULL::${target}, ${record}::json) AS _r WHERE ${where}`;
    await write(req, res, auth, name, node, sql, params, prefer, accept, 200);
  }

  /** DELETE the rows the filters select. */
  async function remove(req, res, auth, name, query, prefer, accept) {
    const table = await catalog.table(name);
    const node = await planWrite(table, query);
    if (node.conditions.length === 0) throw new ApiError(400, { code: '21000', details: null, hint: null, message: 'DELETE requires a WHERE clause' });
    const params = new Params();
    const where = node.conditions.map((c) => conditionSql(c, '_t', params)).join(' AND ');
    const sql = `DELETE FROM public.${quoteIdent(table.name)} AS _t WHERE ${where}`;
    await write(req, res, auth, name, node, sql, params, prefer, accept, 200);
  }

  /**
   * Handles one `/rest/v1/...` request (after authentication).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {Auth} auth
   */
  return async function handleRest(req, res, url, auth) {
    const method = req.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';
    const profile = req.headers[isRead ? 'accept-profile' : 'content-profile'];
    if (profile !== undefined && profile !== exposedSchema) {
      throw pgrstError(406, 'PGRST106', `The schema must be one of the following: ${exposedSchema}`);
    }
    const rest = url.pathname.replace(/^\/rest\/v1\/?/, '');
    if (rest === '') throw notSupported('The OpenAPI description (GET /rest/v1/)');
    const segments = rest.split('/').map((s) => decodeURIComponent(s));
    const prefer = parsePrefer(req.headers.prefer);
    const accept = parseAccept(req.headers.accept);
    const query = url.searchParams;

    if (segments[0] === 'rpc' && segments.length === 2) {
      if (!isRead && method !== 'POST') throw pgrstError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
      return rpc(req, res, auth, segments[1], query, prefer, accept);
    }
    if (segments.length !== 1 || segments[0] === '') throw pgrstError(404, 'PGRST125', `Invalid path specified in request URL`);
    const name = segments[0];
    switch (method) {
      case 'GET':
      case 'HEAD':
        return read(req, res, auth, name, query, prefer, accept);
      case 'POST':
        return insert(req, res, auth, name, query, prefer, accept);
      case 'PATCH':
        return update(req, res, auth, name, query, prefer, accept);
      case 'DELETE':
        return remove(req, res, auth, name, query, prefer, accept);
      case 'PUT':
        throw notSupported('PUT (single-row upsert)');
      default:
        throw pgrstError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
    }
  };
}
