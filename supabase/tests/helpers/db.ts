// Test harness for database behaviour: a fresh real Postgres per test file (PGlite in memory by
// default, a scratch database on the server at DATABASE_URL otherwise), and helpers that run SQL
// as a given user exactly as PostgREST would (set local role + request.jwt.claims).
import { randomUUID } from 'node:crypto';
import {
  openDatabase,
  applyPlatform,
  applyMigrations,
  applySeed,
  createScratchDatabase,
} from '../../../local-supabase/db.mjs';

export type Row = Record<string, unknown>;
export interface Queryable {
  query: (sql: string, params?: unknown[]) => Promise<{ rows: Row[]; rowCount: number; fields: { name: string; dataTypeID: number }[] }>;
  exec: (sql: string) => Promise<void>;
}
export interface TestDb extends Queryable {
  kind: 'pglite' | 'pg';
  url?: string;
  transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;
  session: <T>(fn: (s: Queryable) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

export const serverUrl = process.env.DATABASE_URL;
export const onServer = Boolean(serverUrl);

/**
 * A fresh database with the platform bootstrap and migrations applied.
 * `until`: apply only migrations with a version below it (to test a migration on an older state).
 */
export async function createTestDb(opts: { until?: string; seed?: boolean; max?: number } = {}): Promise<TestDb> {
  let drop: (() => Promise<void>) | undefined;
  let url: string | undefined;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    drop = scratch.drop;
    url = scratch.url;
  }
  const db = (await openDatabase({ url, max: opts.max ?? 20 })) as unknown as TestDb;
  await applyPlatform(db);
  await applyMigrations(db, { until: opts.until });
  if (opts.seed) await applySeed(db);
  const close = db.close;
  db.close = async () => {
    await close();
    if (drop) await drop();
  };
  return db;
}

export function claimsFor(userId: string | null): Record<string, unknown> {
  return userId
    ? { sub: userId, role: 'authenticated', aud: 'authenticated', email: `${userId}@test.local` }
    : { role: 'anon' };
}

/** Runs fn in one transaction as `userId` (role authenticated) or as anon when userId is null. */
export async function as<T>(db: TestDb, userId: string | null, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', $1, true)`, [userId ? 'authenticated' : 'anon']);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claimsFor(userId))]);
    return fn(tx);
  });
}

/** Shorthand: one query as a user. */
export async function queryAs(db: TestDb, userId: string | null, sql: string, params: unknown[] = []): Promise<Row[]> {
  return as(db, userId, async (tx) => (await tx.query(sql, params)).rows);
}

/**
 * Calls a database function with named arguments as a user, like supabase.rpc does; `headers` are
 * the HTTP request headers PostgREST would pass in request.headers.
 */
export async function rpcAs(
  db: TestDb,
  userId: string | null,
  fn: string,
  args: Record<string, unknown> = {},
  opts: { headers?: Record<string, string> } = {},
): Promise<unknown> {
  const names = Object.keys(args);
  const list = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
  return as(db, userId, async (tx) => {
    if (opts.headers) await tx.query(`select set_config('request.headers', $1, true)`, [JSON.stringify(opts.headers)]);
    const r = await tx.query(`select to_jsonb(public.${fn}(${list})) as result`, names.map((n) => args[n]));
    return r.rows[0]?.result;
  });
}

/** Expects a promise to fail with a Postgres error; returns { code, message, hint }. */
export async function pgError(p: Promise<unknown>): Promise<{ code: string; message: string; hint?: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; message?: string; hint?: string };
    return { code: String(err.code), message: String(err.message), hint: err.hint };
  }
  throw new Error('expected a database error, but the call succeeded');
}

export async function createUser(db: Queryable, fullName: string, opts: { email?: string; phone?: string; id?: string } = {}): Promise<string> {
  const id = opts.id ?? randomUUID();
  const email = opts.email ?? `${fullName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${id.slice(0, 6)}@test.local`;
  await db.query(
    // Valid for GoTrue: nil instance_id and empty (not null) token columns, as it creates users.
    `insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
       confirmation_token, recovery_token, email_change_token_new, email_change)
     values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, '{"provider":"email","providers":["email"]}',
       jsonb_build_object('full_name', $3::text, 'phone', $4::text), now(), now(), '', '', '', '')`,
    [id, email, fullName, opts.phone ?? null],
  );
  return id;
}

export async function createOrg(db: Queryable, name: string, opts: { timezone?: string; currency?: string; locale?: string } = {}): Promise<string> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
  const r = await db.query(
    `insert into public.organizations (name, slug, timezone, currency, locale) values ($1, $2, $3, $4, $5) returning id`,
    [name, slug, opts.timezone ?? 'Asia/Kolkata', opts.currency ?? 'INR', opts.locale ?? 'en'],
  );
  return String(r.rows[0]!.id);
}

export async function addMember(db: Queryable, orgId: string, userId: string, role: string, companyId: string | null = null): Promise<void> {
  await db.query(`insert into public.memberships (organization_id, user_id, role, company_id) values ($1, $2, $3, $4)`, [
    orgId,
    userId,
    role,
    companyId,
  ]);
}
