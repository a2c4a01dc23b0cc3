// Limits that keep one request from stalling the stack, as on a hosted project:
// - per-role settings (statement_timeout, lock_timeout, ...) set by platform.sql with `alter role`,
//   applied to each request's transaction the way PostgREST applies the impersonated role's
//   settings (the connection role `authenticator` first, then the request's role);
// - PostgREST's db-max-rows (`[api] max_rows` in supabase/config.toml) on every node of a read;
// - local bounds PostgREST does not have: embedding depth and the total rows of one response.
// Postgres interrupts a statement at statement_timeout on a server. PGlite cannot (WebAssembly has
// no timer signal inside a running statement), so there the generated SQL checks the request's
// deadline on every row it reads, through `_local_supabase.deadline()` below.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './db.mjs';

/** Reads `key = <integer>` from a section of supabase/config.toml (undefined when absent). */
export function configNumber(section, key, file = path.join(repoRoot, 'supabase', 'config.toml')) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) current = header[1].trim();
    else if (current === section) {
      const m = new RegExp(`^\\s*${key}\\s*=\\s*(\\d+)\\s*(#.*)?$`).exec(line);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

const envNumber = (name, fallback) => {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
};

/**
 * The REST limits of a stack (options win over the environment, the environment over the defaults).
 * @param {{ maxRows?: number | null, maxDepth?: number | null, maxTotalRows?: number | null }} [opts]
 */
export function restLimits(opts = {}) {
  return {
    maxRows: opts.maxRows !== undefined ? opts.maxRows : configNumber('api', 'max_rows') ?? 1000,
    maxDepth: opts.maxDepth !== undefined ? opts.maxDepth : envNumber('LOCAL_SUPABASE_MAX_EMBED_DEPTH', 4),
    maxTotalRows: opts.maxTotalRows !== undefined ? opts.maxTotalRows : envNumber('LOCAL_SUPABASE_MAX_RESPONSE_ROWS', 20000),
  };
}

/**
 * A Postgres duration setting in milliseconds: `3s`, `8000`, `1min`, `250ms`, `0` (off).
 * @param {string | undefined} value
 * @returns {number | null} null when unset, unparsable or 0
 */
export function durationMs(value) {
  if (value === undefined) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(value);
  if (!m) return null;
  const factor = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 'ms'];
  const ms = Number(m[1]) * factor;
  return ms > 0 ? ms : null;
}

/**
 * Role settings as PostgREST applies them (queryRoleSettings in PostgREST's Config/Database.hs):
 * - `authenticator`, the role PostgREST logs in as: Postgres applies its settings at login (global,
 *   then this database's). The stack connects as another role, so it re-applies those a session may
 *   change (context `user`: statement_timeout, lock_timeout, ...); settings that only act at login or
 *   that only a superuser may set (hosted: `session_preload_libraries = safeupdate`) are skipped, as
 *   they would make `set_config` fail with 42501 on a connection that is not a superuser.
 * - the impersonated roles (those authenticator is a member of): their global settings (`rolconfig`),
 *   values lower-cased, kept only when the setting is known (`pg_settings`) and of context `user` or
 *   `has_parameter_privilege(authenticator, name, 'set')`; PostgREST sets them per request after
 *   switching role.
 * Rows: role, name, value, in apply order (database-specific after global).
 */
export const roleSettingsSql = `
with setting as (
  select r.rolname as role, s.setdatabase, unnest(s.setconfig) as item
  from pg_catalog.pg_db_role_setting s join pg_catalog.pg_roles r on r.oid = s.setrole
  where (r.rolname = 'authenticator'
         and s.setdatabase in (0, (select oid from pg_catalog.pg_database where datname = current_database())))
     or (s.setdatabase = 0 and r.oid in (
           select m.roleid from pg_catalog.pg_auth_members m join pg_catalog.pg_roles a on a.oid = m.member
           where a.rolname = 'authenticator'))
), kv as (
  select role, setdatabase, substr(item, 1, strpos(item, '=') - 1) as name, substr(item, strpos(item, '=') + 1) as value
  from setting
)
select kv.role, kv.name, case when kv.role = 'authenticator' then kv.value else lower(kv.value) end as value
from kv join pg_catalog.pg_settings ps on ps.name = kv.name
where kv.name <> 'default_transaction_isolation'
  and case when kv.role = 'authenticator' then ps.context = 'user'
           else ps.context = 'user' or pg_catalog.has_parameter_privilege('authenticator', ps.name, 'SET') end
order by kv.setdatabase`;

/**
 * Settings per API role: `login` (authenticator's, applied before switching role) and `role`
 * (the impersonated role's, applied after), merged in `all` for the deadline.
 * @param {{ role: string, name: string, value: string }[]} rows
 * @returns {Map<string, { login: Record<string, string>, role: Record<string, string>, all: Record<string, string> }>}
 */
export function mergeRoleSettings(rows) {
  /** @type {Map<string, Record<string, string>>} */
  const own = new Map();
  for (const r of rows) {
    const entry = own.get(r.role) ?? {};
    entry[r.name] = r.value;
    own.set(r.role, entry);
  }
  const login = own.get('authenticator') ?? {};
  return new Map(
    ['anon', 'authenticated', 'service_role'].map((role) => {
      const mine = own.get(role) ?? {};
      return [role, { login, role: mine, all: { ...login, ...mine } }];
    }),
  );
}

/**
 * The checks the generated SQL calls (see query.mjs). `deadline()` (on every row a node reads, on
 * PGlite) raises 57014 past `local_supabase.deadline` (epoch seconds); declared nearly free so
 * Postgres evaluates it before the filters, on every row read. `count_row()` (on every row a node
 * returns) counts against `local_supabase.max_rows` and raises 54000 past it; declared costly so it
 * runs after the filters. Both run after RLS (they are not leakproof). Created by the stack.
 */
export const guardSql = `
create schema if not exists _local_supabase;
comment on schema _local_supabase is 'The local Supabase stack''s request limits (local-supabase/limits.mjs); not part of a hosted project.';
create or replace function _local_supabase.deadline() returns boolean
language plpgsql volatile cost 0.01
as $$
declare
  deadline text := current_setting('local_supabase.deadline', true);
begin
  if deadline is not null and deadline <> '' and extract(epoch from pg_catalog.clock_timestamp()) > deadline::float8 then
    raise exception 'canceling statement due to statement timeout' using errcode = '57014';
  end if;
  return true;
end
$$;
create or replace function _local_supabase.count_row() returns boolean
language plpgsql volatile cost 1000
as $$
declare
  budget text := current_setting('local_supabase.max_rows', true);
  n bigint;
begin
  if budget is not null and budget <> '' then
    n := coalesce(nullif(current_setting('local_supabase.rows', true), ''), '0')::bigint + 1;
    if n > budget::bigint then
      raise exception 'The response would hold more than % rows', budget using errcode = '54000',
        hint = 'The local Supabase stack bounds the rows of one response: filter or limit the request and its embedded resources.';
    end if;
    perform pg_catalog.set_config('local_supabase.rows', n::text, true);
  end if;
  return true;
end
$$;
revoke all on function _local_supabase.deadline(), _local_supabase.count_row() from public;
grant usage on schema _local_supabase to anon, authenticated, service_role;
grant execute on function _local_supabase.deadline(), _local_supabase.count_row() to anon, authenticated, service_role;
`;

/**
 * Creates the guard once per database (skipped when it exists, so stacks sharing a database do
 * not race on `create or replace`).
 * @param {import('./db.mjs').Database} db
 */
export async function ensureGuard(db) {
  const r = await db.query(`select to_regprocedure('_local_supabase.count_row()') is not null and to_regprocedure('_local_supabase.deadline()') is not null as present`);
  if (!r.rows[0].present) await db.exec(guardSql);
}
