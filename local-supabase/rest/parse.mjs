// Parsers for PostgREST's query-string grammar: `select`, filters (`col=op.value`), logic trees
// (`or=(...)`), `order`, `limit`/`offset`. They produce plain trees; nothing here touches SQL.
// Unsupported syntax is refused (501) rather than guessed at.
import { notSupported, parseError } from '../errors.mjs';

/**
 * @typedef {{ type: 'star' }
 *   | { type: 'column', name: string, alias: string | null, cast: string | null }
 *   | { type: 'embed', name: string, alias: string | null, hint: string | null, inner: boolean, select: SelectItem[] }} SelectItem
 * @typedef {{ type: 'filter', column: string, negate: boolean, op: string, quantifier: 'any' | 'all' | null, value: string | string[] }
 *   | { type: 'logic', op: 'and' | 'or', negate: boolean, children: Condition[] }} Condition
 * @typedef {{ column: string, relation: string | null, desc: boolean, nulls: 'first' | 'last' | null }} OrderTerm
 */

/** Casts allowed in `select` (`col::text`); anything else is refused. */
const allowedCasts = new Set([
  'text', 'varchar', 'char', 'uuid', 'json', 'jsonb', 'boolean', 'bool', 'date', 'time', 'timetz', 'timestamp', 'timestamptz',
  'interval', 'numeric', 'real', 'float4', 'float8', 'double precision', 'smallint', 'int2', 'integer', 'int', 'int4', 'bigint', 'int8',
]);

/** Filter operators and the SQL operator each becomes. */
export const filterOperators = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  isdistinct: 'is distinct from',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
};
const quantifiable = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch']);
const fullTextOperators = new Set(['fts', 'plfts', 'phfts', 'wfts']);

/** Reads a double-quoted string starting at s[i] === '"'; backslash escapes the next character. */
function readQuoted(s, i) {
  let out = '';
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\' && j + 1 < s.length) {
      out += s[j + 1];
      j += 2;
    } else if (c === '"') {
      return { value: out, end: j + 1 };
    } else {
      out += c;
      j++;
    }
  }
  return null;
}

/**
 * Splits `s` at top-level occurrences of `sep`, ignoring separators inside double quotes,
 * parentheses and braces. Throws `onError()` on unbalanced input.
 */
function splitTopLevel(s, sep, onError) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      const q = readQuoted(s, i);
      if (!q) throw onError('unclosed double quote');
      i = q.end - 1;
    } else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') {
      depth--;
      if (depth < 0) throw onError(`unexpected "${c}"`);
    } else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw onError('unbalanced parentheses');
  parts.push(s.slice(start));
  return parts;
}

/** A field name: quoted (`"my col"`) or bare; JSON paths are refused. */
function parseName(raw, what) {
  const s = raw.trim();
  if (s.startsWith('"')) {
    const q = readQuoted(s, 0);
    if (!q || q.end !== s.length) throw parseError(what, `invalid quoted name ${raw}`);
    return q.value;
  }
  if (s.includes('->')) throw notSupported('JSON path operators (->, ->>)');
  if (!/^[\p{L}\p{N}_ $]+$/u.test(s)) throw parseError(what, `unexpected "${raw}"`);
  return s;
}

/**
 * Parses the `select` parameter.
 * @param {string} input
 * @returns {SelectItem[]}
 */
export function parseSelect(input) {
  const what = `select parameter (${input})`;
  const fail = (msg) => parseError(what, msg);
  const trimmed = input.trim();
  if (trimmed === '') return [{ type: 'star' }];
  return splitTopLevel(trimmed, ',', fail).map((part) => parseSelectItem(part.trim(), what, fail));
}

function parseSelectItem(part, what, fail) {
  if (part === '') throw fail('empty item');
  if (part.startsWith('...')) throw notSupported('Spread embedding (...relation) in select');
  if (part === '*') return { type: 'star' };
  // alias:rest (an alias never contains "(" or quotes before the colon).
  let alias = null;
  let rest = part;
  const colon = part.search(/:(?!:)/);
  if (colon > 0 && !part.slice(0, colon).includes('(') && part[colon - 1] !== ':') {
    alias = parseName(part.slice(0, colon), what);
    rest = part.slice(colon + 1).trim();
  }
  const paren = rest.indexOf('(');
  if (paren >= 0) {
    if (!rest.endsWith(')')) throw fail(`unexpected text after ")" in ${part}`);
    const head = rest.slice(0, paren).trim();
    const inside = rest.slice(paren + 1, -1);
    if (/\.(count|sum|avg|min|max)$/.test(head) || ['count', 'sum', 'avg', 'min', 'max'].includes(head) && inside.trim() === '') {
      throw notSupported('Aggregate functions in select');
    }
    const [nameRaw, ...marks] = head.split('!');
    const name = parseName(nameRaw, what);
    let inner = false;
    let hint = null;
    for (const m of marks.map((x) => x.trim())) {
      if (m === 'inner') inner = true;
      else if (m === 'left') inner = false;
      else if (hint === null && m !== '') hint = parseName(m, what);
      else throw fail(`unexpected "!${m}" in ${part}`);
    }
    const select = inside.trim() === '' ? [] : splitTopLevel(inside, ',', fail).map((p) => parseSelectItem(p.trim(), what, fail));
    return { type: 'embed', name, alias, hint, inner, select };
  }
  let cast = null;
  const castAt = rest.indexOf('::');
  if (castAt >= 0) {
    cast = rest.slice(castAt + 2).trim().toLowerCase();
    rest = rest.slice(0, castAt);
    if (!allowedCasts.has(cast)) throw notSupported(`Cast to "${cast}" in select`);
  }
  if (/\.(count|sum|avg|min|max)\(\)$/.test(rest)) throw notSupported('Aggregate functions in select');
  return { type: 'column', name: parseName(rest, what), alias, cast };
}

/**
 * Reads one value of a list or logic tree at s[i], as PostgREST does: a double-quoted value
 * (backslash escapes) when the closing quote is followed by `,` or `)`, else everything up to the
 * next `,` or `)` taken literally.
 */
function readValueAt(s, i) {
  if (s[i] === '"') {
    const q = readQuoted(s, i);
    if (q && (s[q.end] === ',' || s[q.end] === ')')) return q;
  }
  let j = i;
  while (j < s.length && s[j] !== ',' && s[j] !== ')') j++;
  return { value: s.slice(i, j), end: j };
}

/** Parses a `(a,b,"c,d")` list starting at s[i] === '(' (the value of `in.`). */
function parseListAt(s, i, what) {
  if (s[i] !== '(') throw parseError(what, `expecting "(" at "${s.slice(i)}"`);
  const values = [];
  let j = i + 1;
  if (s[j] === ')') return { values, end: j + 1 };
  for (;;) {
    const v = readValueAt(s, j);
    values.push(v.value);
    if (s[v.end] === ',') j = v.end + 1;
    else if (s[v.end] === ')') return { values, end: v.end + 1 };
    else throw parseError(what, 'expecting "," or ")" in the list');
  }
}

/** Reads `[not.]op[(any|all)].` at the start of `expr`. */
function parseOperator(expr, what) {
  let rest = expr;
  let negate = false;
  if (rest.startsWith('not.')) {
    negate = true;
    rest = rest.slice(4);
  }
  const m = /^([a-z]+)(?:\((any|all)\))?\./.exec(rest);
  const op = m?.[1] ?? /^([a-z]+)/.exec(rest)?.[1];
  if (op && fullTextOperators.has(op)) throw notSupported('Full-text search operators (fts, plfts, phfts, wfts)');
  if (!m || !(op in filterOperators || op === 'in' || op === 'is')) throw parseError(what, `unknown operator in "${expr}"`);
  const quantifier = /** @type {'any' | 'all' | null} */ (m[2] ?? null);
  if (quantifier && !quantifiable.has(m[1])) throw parseError(what, `"${m[1]}" takes no (${quantifier}) modifier`);
  return { negate, op: m[1], quantifier, rest: rest.slice(m[0].length) };
}

/** A filter condition, checking the values `is` accepts. */
function makeFilter(column, negate, op, quantifier, value, what) {
  if (op === 'is') {
    const v = String(value).toLowerCase();
    if (!['null', 'not_null', 'true', 'false', 'unknown'].includes(v)) throw parseError(what, `"is" expects null, not_null, true, false or unknown, got "${value}"`);
    return { type: 'filter', column, negate, op, quantifier: null, value: v };
  }
  return { type: 'filter', column, negate, op, quantifier, value };
}

/**
 * Parses `[not.]op[(any|all)].value` for `column` (a query-string filter; the value is literal,
 * except the list of `in.`).
 * @param {string} column
 * @param {string} expr
 * @returns {Condition}
 */
export function parseFilter(column, expr) {
  const what = `filter (${column}=${expr})`;
  const { negate, op, quantifier, rest } = parseOperator(expr, what);
  if (op === 'in') {
    const list = parseListAt(rest, 0, what);
    if (list.end !== rest.length) throw parseError(what, `unexpected text after the list: "${rest.slice(list.end)}"`);
    return makeFilter(column, negate, op, null, list.values, what);
  }
  return /** @type {Condition} */ (makeFilter(column, negate, op, quantifier, rest, what));
}

/**
 * Parses a logic tree such as `(a.eq.1,and(b.gt.2,c.is.null))` (the value of `or=` / `and=`).
 * Values inside may be double-quoted; fields must be columns of the resource being filtered.
 * @param {'and' | 'or'} op
 * @param {boolean} negate
 * @param {string} raw
 * @returns {Condition}
 */
export function parseLogic(op, negate, raw) {
  const what = `logic tree (${raw})`;
  const { cond, end } = parseLogicAt(raw, 0, op, negate, what);
  if (end !== raw.length) throw parseError(what, `unexpected text after the tree: "${raw.slice(end)}"`);
  return cond;
}

function parseLogicAt(s, i, op, negate, what) {
  if (s[i] !== '(') throw parseError(what, `expecting "(" at "${s.slice(i)}"`);
  const children = [];
  let j = i + 1;
  for (;;) {
    const nested = /^(not\.)?(and|or)\(/.exec(s.slice(j));
    const item = nested
      ? parseLogicAt(s, j + nested[0].length - 1, /** @type {'and'|'or'} */ (nested[2]), Boolean(nested[1]), what)
      : parseLogicItem(s, j, what);
    children.push(item.cond);
    j = item.end;
    if (s[j] === ',') j++;
    else if (s[j] === ')') return { cond: /** @type {Condition} */ ({ type: 'logic', op, negate, children }), end: j + 1 };
    else throw parseError(what, `expecting "," or ")" at "${s.slice(j)}"`);
  }
}

/** One `field.[not.]op.value` of a logic tree starting at s[i]. */
function parseLogicItem(s, i, what) {
  let field;
  let j;
  if (s[i] === '"') {
    const q = readQuoted(s, i);
    if (!q || s[q.end] !== '.') throw parseError(what, `invalid field at "${s.slice(i)}"`);
    field = q.value;
    j = q.end + 1;
  } else {
    const dot = s.indexOf('.', i);
    if (dot < 0) throw parseError(what, `expecting "." after a field at "${s.slice(i)}"`);
    field = parseName(s.slice(i, dot), what);
    j = dot + 1;
  }
  const head = /^[^.,()]*/.exec(s.slice(j))?.[0] ?? '';
  const opName = head.replace(/\(.*$/, '');
  if (opName !== 'not' && opName !== 'in' && opName !== 'is' && !(opName in filterOperators) && !fullTextOperators.has(opName) && s[j + head.length] === '.') {
    throw notSupported('Filters on embedded columns inside or/and');
  }
  const opEnd = /^(not\.)?[a-z]+(\((any|all)\))?\./.exec(s.slice(j));
  if (!opEnd) throw parseError(what, `unknown operator at "${s.slice(j)}"`);
  const { negate, op, quantifier } = parseOperator(opEnd[0], what);
  j += opEnd[0].length;
  if (op === 'in') {
    const list = parseListAt(s, j, what);
    return { cond: makeFilter(field, negate, op, null, list.values, what), end: list.end };
  }
  if (s[j] === '{') {
    // A Postgres array literal may hold commas: `tags.cs.{a,b}`.
    const close = s.indexOf('}', j);
    if (close >= 0 && (s[close + 1] === ',' || s[close + 1] === ')')) {
      return { cond: makeFilter(field, negate, op, quantifier, s.slice(j, close + 1), what), end: close + 1 };
    }
  }
  const v = readValueAt(s, j);
  return { cond: makeFilter(field, negate, op, quantifier, v.value, what), end: v.end };
}

/**
 * Parses `order=a.desc.nullslast,b`.
 * @param {string} raw
 * @returns {OrderTerm[]}
 */
export function parseOrder(raw) {
  const what = `order (${raw})`;
  return splitTopLevel(raw, ',', (m) => parseError(what, m)).map((term) => {
    let t = term.trim();
    let relation = null;
    let column;
    const rel = /^([^.()]+)\(([^()]+)\)(.*)$/.exec(t);
    if (rel) {
      relation = parseName(rel[1], what);
      column = parseName(rel[2], what);
      t = rel[3];
    } else if (t.startsWith('"')) {
      const q = readQuoted(t, 0);
      if (!q) throw parseError(what, `invalid term "${term}"`);
      column = q.value;
      t = t.slice(q.end);
    } else {
      const dot = t.indexOf('.');
      column = parseName(dot < 0 ? t : t.slice(0, dot), what);
      t = dot < 0 ? '' : t.slice(dot);
    }
    const mods = t === '' ? [] : t.replace(/^\./, '').split('.');
    let desc = false;
    let nulls = null;
    for (const mod of mods) {
      if (mod === 'asc') desc = false;
      else if (mod === 'desc') desc = true;
      else if (mod === 'nullsfirst') nulls = 'first';
      else if (mod === 'nullslast') nulls = 'last';
      else throw parseError(what, `unexpected "${mod}" in "${term}"`);
    }
    return { column, relation, desc, nulls };
  });
}

/** Parses a non-negative integer parameter (`limit`, `offset`). */
export function parseCount(name, raw) {
  if (!/^\d+$/.test(raw.trim())) throw parseError(`${name} (${raw})`, 'expecting a non-negative integer');
  return Number(raw.trim());
}
