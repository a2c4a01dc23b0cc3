// Turns parsed PostgREST requests into one SQL statement that returns the response body as JSON
// text built by Postgres itself (json_agg / row_to_json over lateral subqueries, as PostgREST
// does), so every type serializes exactly as PostgREST serializes it. Identifiers come from the
// catalog and are quoted; values are always bound parameters.
import { ApiError, notSupported, pgrstError } from '../errors.mjs';
import { filterOperators, parseFilter, parseLogic, parseOrder, parseCount, parseSelect } from './parse.mjs';

/** Quotes an identifier for SQL (doubling embedded quotes). */
export function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

/** A Postgres array literal of text items: `{"a","b\"c"}`. */
export function arrayLiteral(items) {
  return `{${items.map((v) => `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** Bound parameters of one statement. */
export class Params {
  /** @type {unknown[]} */
  values = [];
  /** Adds a value, returns its placeholder. */
  add(v) {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/**
 * Something rows are read from: a table or view of the catalog, or a function's result.
 * @typedef {{ name: string, columns: Map<string, { name: string, type: string }>, from: (alias: string) => string, embeddable: boolean }} Source
 * @typedef {import('./parse.mjs').SelectItem} SelectItem
 * @typedef {import('./parse.mjs').Condition} Condition
 * @typedef {import('./parse.mjs').OrderTerm} OrderTerm
 * @typedef {{ filters: [string, string][], logic: Condition[], order: OrderTerm[] | null, limit: number | null, offset: number | null, used: boolean }} PathParams
 * @typedef {{ source: Source, select: SelectItem[], embeds: Map<string, Embed>, conditions: Condition[], nullChecks: { key: string, isNull: boolean }[],
 *   order: OrderTerm[], limit: number | null, offset: number | null }} Node
 * @typedef {{ key: string, rel: import('./catalog.mjs').Relationship, inner: boolean, toOne: boolean, node: Node }} Embed
 */

/** A catalog table as a Source. */
export function tableSource(table) {
  return {
    name: table.name,
    columns: table.columns,
    from: (alias) => `public.${quoteIdent(table.name)} AS ${quoteIdent(alias)}`,
    embeddable: true,
  };
}

/** Query parameters that are not filters. */
const reservedParams = new Set(['select', 'order', 'limit', 'offset', 'or', 'and', 'not.or', 'not.and', 'on_conflict', 'columns']);

/**
 * Groups the query string by embedding path: '' is the root, 'rel' / 'rel.sub' are embedded
 * resources (by alias or name as written in `select`).
 * @param {URLSearchParams} query
 * @param {Set<string>} [skip] parameter names consumed elsewhere (function arguments)
 * @returns {Map<string, PathParams>}
 */
export function groupParams(query, skip = new Set()) {
  /** @type {Map<string, PathParams>} */
  const byPath = new Map();
  const at = (path) => {
    if (!byPath.has(path)) byPath.set(path, { filters: [], logic: [], order: null, limit: null, offset: null, used: false });
    return byPath.get(path);
  };
  at('');
  for (const [key, value] of query) {
    if (skip.has(key) || key === 'select' || key === 'on_conflict' || key === 'columns') continue;
    const logic = /^(?:(.*?)\.)??(not\.)?(or|and)$/.exec(key);
    if (logic) {
      at(logic[1] ?? '').logic.push(parseLogic(/** @type {'or'|'and'} */ (logic[3]), Boolean(logic[2]), value));
      continue;
    }
    const mod = /^(?:(.*)\.)?(order|limit|offset)$/.exec(key);
    if (mod) {
      const p = at(mod[1] ?? '');
      if (mod[2] === 'order') p.order = parseOrder(value);
      else p[mod[2]] = parseCount(key, value);
      continue;
    }
    if (reservedParams.has(key)) continue;
    const dot = key.lastIndexOf('.');
    at(dot < 0 ? '' : key.slice(0, dot)).filters.push([dot < 0 ? key : key.slice(dot + 1), value]);
  }
  return byPath;
}

/** PostgREST's error for a column that does not exist (42703, 400). */
function unknownColumn(source, column) {
  return new ApiError(400, { code: '42703', details: null, hint: null, message: `column ${source.name}.${column} does not exist` });
}

function checkColumn(source, column) {
  if (!source.columns.has(column)) throw unknownColumn(source, column);
  return column;
}

/**
 * Builds the plan of a read: the select tree with relationships resolved and the query-string
 * parameters of each embedding path attached.
 * @param {import('./catalog.mjs').Catalog} catalog
 * @param {Source} source
 * @param {string} selectParam
 * @param {Map<string, PathParams>} byPath
 * @param {{ maxRows?: number | null, maxDepth?: number | null }} [limits] maxRows: PostgREST's
 *   db-max-rows, a LIMIT on every node of the tree (root and embedded), as its treeRestrictRange;
 *   maxDepth: how deep embeddings may nest (a local bound; PostgREST has none)
 * @returns {Promise<Node>}
 */
export async function planRead(catalog, source, selectParam, byPath, limits = {}) {
  const node = await planNode(catalog, source, parseSelect(selectParam), '', byPath, limits, 0);
  for (const [path, p] of byPath) {
    if (!p.used && path !== '') {
      const name = path.split('.').at(-1);
      throw pgrstError(400, 'PGRST108', `'${name}' is not an embedded resource in this request`, null, `Verify that '${name}' is included in the 'select' query parameter.`);
    }
  }
  return node;
}

async function planNode(catalog, source, select, path, byPath, limits, depth) {
  const params = byPath.get(path) ?? { filters: [], logic: [], order: null, limit: null, offset: null, used: false };
  params.used = true;
  if (limits.maxDepth != null && depth > limits.maxDepth) {
    throw pgrstError(400, 'PGRST100', '"failed to parse select parameter"', `Embedded resources nest ${depth} levels deep at '${path}'; the local Supabase stack allows ${limits.maxDepth}`, 'Select fewer nested resources, or read them in a second request.');
  }
  /** @type {Map<string, Embed>} */
  const embeds = new Map();
  for (const item of select) {
    if (item.type === 'column') {
      if (item.name === 'count' && !source.columns.has('count')) throw notSupported('Aggregate functions in select');
      checkColumn(source, item.name);
    } else if (item.type === 'embed') {
      if (!source.embeddable) throw notSupported('Embedding on function results');
      const key = item.alias ?? item.name;
      const rel = await catalog.relationship(source.name, item.name, item.hint);
      const target = await catalog.table(rel.target);
      const childPath = path === '' ? key : `${path}.${key}`;
      const child = await planNode(catalog, tableSource(target), item.select.length ? item.select : [{ type: 'star' }], childPath, byPath, limits, depth + 1);
      embeds.set(key, { key, rel, inner: item.inner, toOne: rel.cardinality !== 'one-to-many', node: child });
    }
  }
  const conditions = [...params.logic];
  /** @type {{ key: string, isNull: boolean }[]} */
  const nullChecks = [];
  for (const [column, expr] of params.filters) {
    const embed = embeds.get(column);
    if (embed) {
      // `rel=is.null` / `rel=not.is.null`: parents without / with a matching embedded row.
      const f = parseFilter(column, expr);
      if (f.type !== 'filter' || f.op !== 'is' || f.value !== 'null') {
        throw pgrstError(400, 'PGRST100', `"failed to parse filter (${column}=${expr})"`, 'Only is.null and not.is.null filter an embedded resource');
      }
      if (embed.inner && !f.negate) throw pgrstError(400, 'PGRST100', `"failed to parse filter (${column}=${expr})"`, 'is.null on an !inner embedding');
      nullChecks.push({ key: column, isNull: !f.negate });
      continue;
    }
    conditions.push(parseFilter(column, expr));
  }
  const validate = (c) => {
    if (c.type === 'logic') c.children.forEach(validate);
    else checkColumn(source, c.column);
  };
  conditions.forEach(validate);
  const order = params.order ?? [];
  for (const term of order) {
    if (term.relation) {
      const e = embeds.get(term.relation);
      if (!e) throw pgrstError(400, 'PGRST108', `'${term.relation}' is not an embedded resource in this request`, null, `Verify that '${term.relation}' is included in the 'select' query parameter.`);
      if (!e.toOne) throw pgrstError(400, 'PGRST118', `A related order on '${term.relation}' is not possible`, `'${source.name}' and '${term.relation}' do not form a many-to-one or one-to-one relationship`);
      checkColumn(e.node.source, term.column);
    } else checkColumn(source, term.column);
  }
  const max = limits.maxRows ?? null;
  const limit = max === null ? params.limit : Math.min(params.limit ?? max, max);
  return { source, select, embeds, conditions, nullChecks, order, limit, offset: params.offset };
}

/**
 * The request's limits inside the statement (see limits.mjs): each row a node returns is counted
 * against the request's row budget; with `scan` (PGlite, which cannot interrupt a statement) every
 * row a node reads also checks the request's deadline.
 * @typedef {{ scan: boolean }} Guard
 */
function guardCall(countRow) {
  return countRow ? '"_local_supabase".count_row()' : '"_local_supabase".deadline()';
}

/** Per-statement alias generator. */
class Aliases {
  n = 0;
  next(prefix) {
    return `${prefix}${this.n++}`;
  }
}

/**
 * SQL of one condition on `alias`.
 * @param {Condition} c
 * @param {string} alias
 * @param {Params} params
 */
export function conditionSql(c, alias, params) {
  if (c.type === 'logic') {
    const inner = c.children.map((ch) => conditionSql(ch, alias, params)).join(c.op === 'or' ? ' OR ' : ' AND ');
    const sql = `(${inner || (c.op === 'or' ? 'FALSE' : 'TRUE')})`;
    return c.negate ? `NOT ${sql}` : sql;
  }
  const col = `${quoteIdent(alias)}.${quoteIdent(c.column)}`;
  let sql;
  if (c.op === 'in') sql = `${col} = ANY(${params.add(arrayLiteral(/** @type {string[]} */ (c.value)))})`;
  else if (c.op === 'is') {
    const kw = { null: 'NULL', not_null: 'NOT NULL', true: 'TRUE', false: 'FALSE', unknown: 'UNKNOWN' }[/** @type {string} */ (c.value)];
    sql = `${col} IS ${kw}`;
  } else {
    let value = /** @type {string} */ (c.value);
    if (c.op === 'like' || c.op === 'ilike') value = value.replaceAll('*', '%');
    const op = filterOperators[c.op];
    sql = c.quantifier ? `${col} ${op} ${c.quantifier.toUpperCase()}(${params.add(value)})` : `${col} ${op} ${params.add(value)}`;
  }
  return c.negate ? `NOT (${sql})` : sql;
}

/**
 * Builds `SELECT … FROM … WHERE … ORDER BY … LIMIT … OFFSET …` for a node.
 * @param {Node} node
 * @param {string} alias
 * @param {{ params: Params, aliases: Aliases, link?: string[], forCount?: boolean, guard?: Guard }} ctx
 *   link: join conditions to the parent; forCount: only what decides which rows match
 */
function nodeSql(node, alias, ctx) {
  const { params, aliases, guard } = ctx;
  const a = quoteIdent(alias);
  const columns = [];
  const joins = [];
  const where = [...(ctx.link ?? [])];
  /** @type {Map<string, string>} embed key -> lateral alias */
  const lateral = new Map();
  const needed = new Set(ctx.forCount ? node.nullChecks.map((n) => n.key) : node.embeds.keys());
  for (const e of node.embeds.values()) if (e.inner) needed.add(e.key);

  for (const e of node.embeds.values()) {
    if (!needed.has(e.key)) continue;
    const childAlias = aliases.next('t');
    const j = aliases.next('j');
    lateral.set(e.key, j);
    const link = e.rel.columns.map((c, i) => `${quoteIdent(childAlias)}.${quoteIdent(e.rel.targetColumns[i])} = ${a}.${quoteIdent(c)}`);
    const child = nodeSql(e.node, childAlias, { params, aliases, link, guard });
    const agg = e.toOne ? `row_to_json(_e)` : `json_agg(_e)`;
    const on = !e.toOne && e.inner ? `${quoteIdent(j)}.v IS NOT NULL` : 'TRUE';
    const counted = guard && !ctx.forCount ? ` WHERE ${guardCall(true)}` : '';
    joins.push(`${e.inner ? 'JOIN' : 'LEFT JOIN'} LATERAL (SELECT ${agg} AS v FROM (${child}) AS _e${counted}) AS ${quoteIdent(j)} ON ${on}`);
  }

  if (ctx.forCount) columns.push('1');
  else {
    for (const item of node.select) {
      if (item.type === 'star') columns.push(`${a}.*`);
      else if (item.type === 'column') {
        const cast = item.cast ? `::${item.cast}` : '';
        columns.push(`${a}.${quoteIdent(item.name)}${cast} AS ${quoteIdent(item.alias ?? item.name)}`);
      } else {
        const e = /** @type {Embed} */ (node.embeds.get(item.alias ?? item.name));
        const v = `${quoteIdent(/** @type {string} */ (lateral.get(e.key)))}.v`;
        columns.push(`${e.toOne ? v : `COALESCE(${v}, '[]'::json)`} AS ${quoteIdent(e.key)}`);
      }
    }
    if (columns.length === 0) columns.push(`${a}.*`);
  }

  for (const n of node.nullChecks) where.push(`${quoteIdent(/** @type {string} */ (lateral.get(n.key)))}.v IS ${n.isNull ? '' : 'NOT '}NULL`);
  for (const c of node.conditions) where.push(conditionSql(c, alias, params));
  // Declared nearly free, so Postgres checks it first, on every row read (after RLS).
  if (guard?.scan) where.push(guardCall(false));

  let sql = `SELECT ${columns.join(', ')} FROM ${node.source.from(alias)}`;
  if (joins.length) sql += ` ${joins.join(' ')}`;
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  if (!ctx.forCount) {
    if (node.order.length) sql += ` ORDER BY ${node.order.map((t) => orderSql(t, node, alias)).join(', ')}`;
    if (node.limit !== null) sql += ` LIMIT ${params.add(String(node.limit))}`;
    if (node.offset !== null) sql += ` OFFSET ${params.add(String(node.offset))}`;
  }
  return sql;
}

function orderSql(term, node, alias) {
  let expr;
  if (term.relation) {
    // Ordering by a column of a to-one embedded resource: the related row's value.
    const e = /** @type {Embed} */ (node.embeds.get(term.relation));
    const r = 'o_' + alias;
    const on = e.rel.columns.map((c, i) => `${quoteIdent(r)}.${quoteIdent(e.rel.targetColumns[i])} = ${quoteIdent(alias)}.${quoteIdent(c)}`);
    expr = `(SELECT ${quoteIdent(r)}.${quoteIdent(term.column)} FROM ${e.node.source.from(r)} WHERE ${on.join(' AND ')})`;
  } else expr = `${quoteIdent(alias)}.${quoteIdent(term.column)}`;
  const nulls = term.nulls ? ` NULLS ${term.nulls.toUpperCase()}` : '';
  return `${expr} ${term.desc ? 'DESC' : 'ASC'}${nulls}`;
}

/**
 * The whole read statement: one row `{ total, page_total, body }` where body is JSON text.
 * @param {Node} node
 * @param {{ count: boolean, single: boolean, stripNulls: boolean, scalarColumn?: string, prefix?: string, params?: Params, guard?: Guard }} opts
 *   scalarColumn: the body is an array of that column's values (set-returning scalar functions);
 *   prefix: a WITH clause the statement starts with.
 */
export function readSql(node, opts) {
  const params = opts.params ?? new Params();
  const aliases = new Aliases();
  const root = aliases.next('t');
  const guard = opts.guard;
  const rows = nodeSql(node, root, { params, aliases, guard });
  const total = opts.count ? `(SELECT count(*) FROM (${nodeSql(node, aliases.next('t'), { params, aliases, forCount: true, guard })}) AS _c)` : 'NULL::bigint';
  const item = opts.scalarColumn ? `_pgrst_t.${quoteIdent(opts.scalarColumn)}` : '_pgrst_t';
  let body = opts.single ? `json_agg(${item})->0` : `COALESCE(json_agg(${item}), '[]'::json)`;
  if (opts.stripNulls) body = `json_strip_nulls(${body})`;
  const sql =
    `${opts.prefix ?? ''}SELECT ${total} AS total, count(*) AS page_total, (${body})::text AS body, ` +
    `nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status ` +
    `FROM (${rows}) AS _pgrst_t${guard ? ` WHERE ${guardCall(true)}` : ''}`;
  return { sql, params: params.values };
}

