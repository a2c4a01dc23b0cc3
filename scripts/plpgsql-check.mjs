#!/usr/bin/env node
// Runs plpgsql_check (Debian postgresql-<ver>-plpgsql-check) over every plpgsql function of schemas
// public and private, on a scratch database of the server with the platform bootstrap and every
// migration applied (`.ci/run` runs it). Trigger functions are checked against a table they are
// attached to. Extra warnings (variables never read, unused parameters...) and security warnings
// are on, performance warnings off. Exit 1 on any finding, errors, warnings and extra warnings alike
// (0 of each today: keep it so): fix it in the function (a warning that is right to keep is silenced
// in the function itself, with a reason, by a plpgsql_check pragma comment:
// `-- @plpgsql_check_options: extra_warnings = false`).
//
//   ADMIN_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres node scripts/plpgsql-check.mjs
// (falls back to DATABASE_URL; needs a superuser: plpgsql_check is not a trusted extension).
import { applyMigrations, applyPlatform, createScratchDatabase, openDatabase } from '../local-supabase/db.mjs';

const adminUrl = process.env.ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;
if (!adminUrl) {
  console.error('plpgsql-check: set ADMIN_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server (superuser).');
  process.exit(2);
}

const scratch = await createScratchDatabase(adminUrl);
const db = await openDatabase({ url: scratch.url, max: 2 });
let findings = [];
let checked = 0;
try {
  await applyPlatform(db);
  await applyMigrations(db);
  await db.exec('create extension if not exists plpgsql_check');
  checked = Number(
    (
      await db.query(`select count(*)::int as n from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        join pg_language l on l.oid = p.prolang
       where l.lanname = 'plpgsql' and n.nspname in ('public', 'private')`)
    ).rows[0].n,
  );
  findings = (
    await db.query(`
      select p.oid::regprocedure::text as fn, c.level, c.sqlstate, c.message, c.detail, c.hint, c.lineno, c.statement
        from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        join pg_language l on l.oid = p.prolang and l.lanname = 'plpgsql'
        left join lateral (select t.tgrelid, t.tgoldtable, t.tgnewtable from pg_trigger t where t.tgfoid = p.oid order by t.oid limit 1) tg on true
        cross join lateral plpgsql_check_function_tb(p.oid, coalesce(tg.tgrelid, 0),
          extra_warnings => true, performance_warnings => false, security_warnings => true,
          -- A statement trigger's transition tables (referencing old / new table as ...).
          oldtable => tg.tgoldtable, newtable => tg.tgnewtable) c
       where n.nspname in ('public', 'private')
       order by 1, c.lineno`)
  ).rows;
} finally {
  await db.close();
  await scratch.drop();
}

const by = (level) => findings.filter((f) => f.level === level).length;
for (const f of findings) {
  console.log(`${f.fn}: line ${f.lineno ?? '?'}${f.statement ? ` (${f.statement})` : ''}: ${f.level} ${f.sqlstate}: ${f.message}` +
    `${f.detail ? ` - ${f.detail}` : ''}${f.hint ? ` (hint: ${f.hint})` : ''}`);
}
console.log(
  `plpgsql_check: ${checked} plpgsql functions in public and private; ${by('error')} errors, ${by('warning')} warnings, ` +
    `${by('warning extra')} extra warnings, ${findings.length - by('error') - by('warning') - by('warning extra')} other`,
);
process.exit(findings.length > 0 ? 1 : 0);
