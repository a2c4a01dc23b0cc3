// Splits a migration file into statements and recognizes the statements PostgreSQL refuses inside a
// transaction block, so the migration harness can apply such a file the way the Supabase CLI does:
// the statements before one of them run in a transaction, it runs alone (no transaction), the ones
// after it resume in a new transaction, and the version is recorded with the last group.

/**
 * Statements that cannot run inside a transaction block (SQLSTATE 25001). Same set as the Supabase
 * CLI's pipeline-incompatible list (CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY,
 * REINDEX ... CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER), matched on the statement without its
 * leading comments.
 */
const NON_TRANSACTIONAL = [
  /^create\s+(?:unique\s+)?index\s+concurrently(?:\s|$)/i,
  /^drop\s+index\s+concurrently(?:\s|$)/i,
  /^reindex(?:\s|\()[\s\S]*\sconcurrently(?:\s|$)/i,
  /^vacuum(?:\s|\(|$)/i,
  /^alter\s+system(?:\s|$)/i,
  /^cluster(?:\s|$)/i,
];

/** The statement without leading whitespace and comments. */
export function stripLeadingComments(stmt) {
  let s = stmt;
  for (;;) {
    const t = s.replace(/^\s+/, '');
    if (t.startsWith('--')) {
      const nl = t.indexOf('\n');
      s = nl < 0 ? '' : t.slice(nl + 1);
    } else if (t.startsWith('/*')) {
      let depth = 0;
      let i = 0;
      for (; i < t.length; i++) {
        if (t.startsWith('/*', i)) { depth++; i++; } else if (t.startsWith('*/', i)) { depth--; i++; if (depth === 0) break; }
      }
      s = t.slice(i + 1);
    } else {
      return t;
    }
  }
}

/** True when PostgreSQL refuses `stmt` inside a transaction block. */
export function isNonTransactional(stmt) {
  const s = stripLeadingComments(stmt);
  return NON_TRANSACTIONAL.some((re) => re.test(s));
}

const identChar = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Splits SQL text into statements at top-level semicolons: not inside '...' / E'...' strings,
 * "..." identifiers, $tag$...$tag$ bodies, -- and nested /* *\/ comments, or a
 * `begin atomic ... end` function body. Statements keep their text (comments included) without the
 * terminating semicolon; statements made only of whitespace and comments are dropped.
 * @param {string} sql
 * @returns {string[]}
 */
export function splitStatements(sql) {
  const out = [];
  let start = 0;
  let i = 0;
  let atomicDepth = 0; // inside `begin atomic`: counts case/begin ... end pairs
  const n = sql.length;
  const wordAt = (k) => {
    if (k > 0 && identChar.test(sql[k - 1])) return '';
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(k, k + 64));
    return m ? m[0].toLowerCase() : '';
  };
  const push = (end) => {
    const text = sql.slice(start, end);
    if (stripLeadingComments(text).trim() !== '') out.push(text.trim());
  };
  while (i < n) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      let depth = 0;
      for (; i < n; i++) {
        if (sql[i] === '/' && sql[i + 1] === '*') { depth++; i++; } else if (sql[i] === '*' && sql[i + 1] === '/') { depth--; i++; if (depth === 0) { i++; break; } }
      }
    } else if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]) && !(i > 1 && identChar.test(sql[i - 2]));
      i++;
      while (i < n) {
        if (escapes && sql[i] === '\\') { i += 2; continue; }
        if (sql[i] === "'") {
          if (sql[i + 1] === "'") { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < n) {
        if (sql[i] === '"') {
          if (sql[i + 1] === '"') { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
    } else if (c === '$' && !(i > 0 && identChar.test(sql[i - 1]))) {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 80));
      if (m) {
        const close = sql.indexOf(m[0], i + m[0].length);
        i = close < 0 ? n : close + m[0].length;
      } else {
        i++;
      }
    } else if (c === ';' && atomicDepth === 0) {
      push(i);
      start = ++i;
    } else if (/[A-Za-z_]/.test(c)) {
      const w = wordAt(i);
      if (!w) { i++; continue; }
      if (w === 'begin' && /^begin\s+atomic\b/i.test(sql.slice(i, i + 40))) atomicDepth++;
      else if (atomicDepth > 0 && w === 'case') atomicDepth++;
      else if (atomicDepth > 0 && w === 'end') atomicDepth--;
      i += w.length;
    } else {
      i++;
    }
  }
  push(n);
  return out;
}
