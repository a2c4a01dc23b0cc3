// Security of the local stack: token verification, role selection, and values that must never
// change the shape of the SQL.
import { SignJWT, base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonKey, jwtSecret, serviceRoleKey } from '../keys.mjs';
import { raw, startTestStack, users, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const secret = new TextEncoder().encode(jwtSecret);
const now = () => Math.floor(Date.now() / 1000);
const sign = (claims: Record<string, unknown>, key = secret, alg = 'HS256') =>
  new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
const userClaims = (extra: Record<string, unknown> = {}) => ({ sub: users.alice.id, role: 'authenticated', aud: 'authenticated', iat: now(), exp: now() + 600, ...extra });

/** GET /rest/v1/rpc/whoami with these headers. */
async function whoami(headers: Record<string, string>) {
  const r = await raw(stack.url, '/rest/v1/rpc/whoami', { headers });
  return { status: r.status, body: await r.json() };
}

describe('tokens', () => {
  it('the published keys verify with the local secret and carry the demo claims', async () => {
    const { jwtVerify } = await import('jose');
    expect((await jwtVerify(anonKey, secret)).payload).toEqual({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 });
    expect((await jwtVerify(serviceRoleKey, secret)).payload).toEqual({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 });
  });

  it('a valid user token selects authenticated with its claims', async () => {
    const r = await whoami({ Authorization: `Bearer ${await sign(userClaims())}` });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'authenticated', current_user: 'authenticated', uid: users.alice.id });
  });

  it('an expired token is refused with 401 PGRST303', async () => {
    const r = await whoami({ Authorization: `Bearer ${await sign(userClaims({ iat: now() - 7200, exp: now() - 3600 }))}` });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
  });

  it('a token signed with another secret is refused, whatever role it claims', async () => {
    const other = new TextEncoder().encode('another-secret-that-is-at-least-32-characters');
    for (const role of ['authenticated', 'service_role']) {
      const r = await whoami({ Authorization: `Bearer ${await sign(userClaims({ role }), other)}` });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('PGRST301');
    }
  });

  it('alg "none" and other algorithms are refused', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify(userClaims({ role: 'service_role' })));
    for (const token of [`${header}.${payload}.`, `${header}.${payload}`, await sign(userClaims(), secret, 'HS512')]) {
      const r = await whoami({ Authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('PGRST301');
    }
  });

  it('a tampered payload is refused', async () => {
    const [h, , s] = (await sign(userClaims())).split('.');
    const forged = base64url.encode(JSON.stringify(userClaims({ role: 'service_role' })));
    const r = await whoami({ Authorization: `Bearer ${h}.${forged}.${s}` });
    expect(r.status).toBe(401);
  });

  it('a role claim other than anon, authenticated or service_role is refused', async () => {
    for (const role of ['postgres', 'authenticator', 'nope"; drop table books; --']) {
      const r = await whoami({ Authorization: `Bearer ${await sign(userClaims({ role }))}` });
      expect(r.status, role).toBe(401);
    }
    const books = await stack.db.query('select count(*)::int as n from public.books');
    expect(books.rows[0].n).toBe(5);
  });

  it('no token and no apikey: 401; the anon key alone: anon; a user token without apikey: 401 as on hosted', async () => {
    const none = await whoami({ apikey: '' });
    expect(none.status).toBe(401);
    expect(none.body.message).toBe('No API key found in request');
    const anon = await whoami({});
    expect(anon.body).toMatchObject({ role: 'anon', current_user: 'anon', uid: null });
    const bearerOnly = await whoami({ apikey: '', Authorization: `Bearer ${await sign(userClaims())}` });
    expect(bearerOnly.status).toBe(401);
    expect(bearerOnly.body.message).toBe('No API key found in request');
    const withKey = await whoami({ Authorization: `Bearer ${await sign(userClaims())}` });
    expect(withKey.body).toMatchObject({ role: 'authenticated' });
    const authBearerOnly = await raw(stack.url, '/auth/v1/user', { headers: { apikey: '', Authorization: `Bearer ${await sign(userClaims())}` } });
    expect(authBearerOnly.status).toBe(401);
  });

  it('an apikey that is not one of the project keys is refused', async () => {
    const r = await whoami({ apikey: await sign(userClaims()) });
    expect(r.status).toBe(401);
    expect(r.body.message).toBe('Invalid API key');
    const garbage = await whoami({ apikey: 'not-a-jwt' });
    expect(garbage.status).toBe(401);
  });

  it('auth endpoints refuse requests without an apikey', async () => {
    const r = await raw(stack.url, '/auth/v1/token?grant_type=password', { method: 'POST', headers: { apikey: '' }, body: '{}' });
    expect(r.status).toBe(401);
  });
});

describe('values never change the query', () => {
  const hostile = [
    "x' or '1'='1",
    'x"; drop table public.books; --',
    "Robert'); DROP TABLE books;--",
    '1) or (1=1',
    'a,b,c',
    '(x)',
    'select * from auth.users',
    '$1',
    '\\',
    "'; set role postgres; --",
  ];

  it('eq / neq / like / in with hostile values return exactly the matching rows', async () => {
    const c = stack.anon();
    for (const v of hostile) {
      const eq = await c.from('books').select('id').eq('title', v);
      expect(eq.error, v).toBeNull();
      expect(eq.data, v).toEqual(v === "Robert'); DROP TABLE books;--" ? [{ id: 4 }] : []);
      const neq = await c.from('books').select('id').neq('title', v);
      expect(neq.data!.length, v).toBe(v === "Robert'); DROP TABLE books;--" ? 4 : 5);
      const like = await c.from('books').select('id').like('title', `%${v}%`);
      expect(like.error, v).toBeNull();
      const inn = await c.from('books').select('id').in('title', [v, 'The C Programming Language']);
      expect(inn.error, v).toBeNull();
      expect(inn.data!.map((b) => b.id), v).toContain(2);
    }
    const books = await stack.db.query('select count(*)::int as n from public.books');
    expect(books.rows[0].n).toBe(5);
  });

  it('hostile values inside or=() are values, quoted or not', async () => {
    const r = await raw(stack.url, `/rest/v1/books?select=id&or=(${encodeURIComponent('title.eq."x\'); drop table books; --",id.eq.2')})`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual([{ id: 2 }]);
    const sneaky = await raw(stack.url, `/rest/v1/books?select=id&or=(${encodeURIComponent('id.eq.2) or (1=1')})`);
    expect(sneaky.status).toBe(400);
  });

  it('rpc arguments are values', async () => {
    for (const v of hostile) {
      const r = await stack.anon().rpc('echo', { message: v });
      expect(r.data, v).toBe(v);
    }
  });

  it('identifiers must exist in the catalog: 400/404 errors, never SQL', async () => {
    const cases: [string, number, string][] = [
      ['/rest/v1/books?select=id,title;drop table books', 400, 'PGRST100'],
      ['/rest/v1/books?select=id&order=title;drop table books', 400, 'PGRST100'],
      ['/rest/v1/books?select=id&"title"=eq.x', 400, '42703'],
      ['/rest/v1/books?select=id&nope=eq.1', 400, '42703'],
      ['/rest/v1/books?select=id&order=nope', 400, '42703'],
      ['/rest/v1/books?select=id,pg_sleep(id)', 400, 'PGRST200'],
      [`/rest/v1/${encodeURIComponent('books; drop table books')}?select=id`, 404, 'PGRST205'],
      ['/rest/v1/pg_user?select=*', 404, 'PGRST205'],
      ['/rest/v1/rpc/pg_sleep?seconds=1', 404, 'PGRST202'],
      [`/rest/v1/books?select=${encodeURIComponent('id,"ti\\"tle"')}`, 400, '42703'],
      [`/rest/v1/books?select=${encodeURIComponent('id,"ti""tle"')}`, 400, 'PGRST100'],
    ];
    for (const [path, status, code] of cases) {
      const r = await raw(stack.url, path);
      expect(r.status, path).toBe(status);
      expect((await r.json()).code, path).toBe(code);
    }
    const books = await stack.db.query('select count(*)::int as n from public.books');
    expect(books.rows[0].n).toBe(5);
  });

  it('the auth schema is not exposed', async () => {
    const r = await stack.service().from('users').select('*');
    expect(r.status).toBe(404);
    const p = await raw(stack.url, '/rest/v1/users?select=*', { headers: { 'Accept-Profile': 'auth' } });
    expect(p.status).toBe(406);
  });
});

describe('platform bootstrap as on a hosted project', () => {
  it('auth tables: GoTrue columns and identities, service_role has no rights on them (as hosted), test users valid for GoTrue', async () => {
    const cols = await stack.db.query(
      `select column_name, is_generated from information_schema.columns where table_schema = 'auth' and table_name = 'users' and column_name = 'confirmed_at'`,
    );
    expect(cols.rows).toEqual([{ column_name: 'confirmed_at', is_generated: 'ALWAYS' }]);
    const privileges = await stack.db.query(
      `select t, has_table_privilege(r, 'auth.' || t, 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER') as any
       from unnest(array['users', 'sessions', 'refresh_tokens', 'identities']) as t, unnest(array['anon', 'authenticated', 'service_role']) as r`,
    );
    expect(privileges.rows).toHaveLength(12);
    expect(privileges.rows.filter((r) => r.any)).toEqual([]);
    // Nor through a function that runs as the caller.
    const viaRpc = await stack.service().rpc('count_auth_users');
    expect(viaRpc.status).toBe(403);
    expect(viaRpc.error?.code).toBe('42501');
    const invalid = await stack.db.query(
      `select count(*)::int as n from auth.users u
       where instance_id is distinct from '00000000-0000-0000-0000-000000000000' or confirmation_token is null or recovery_token is null
          or email_change_token_new is null or email_change is null
          or not exists (select 1 from auth.identities i where i.user_id = u.id and i.provider = 'email')`,
    );
    expect(invalid.rows[0]!.n).toBe(0);
    const confirmed = await stack.db.query(`select email, confirmed_at is not null as c from auth.users order by email`);
    expect(confirmed.rows).toEqual([
      { email: users.alice.email, c: true },
      { email: users.bob.email, c: true },
      { email: users.carol.email, c: false },
    ]);
  });

  it('the supabase_realtime publication exists, as on every project', async () => {
    const r = await stack.db.query(`select count(*)::int as n from pg_catalog.pg_publication where pubname = 'supabase_realtime'`);
    expect(r.rows[0]!.n).toBe(1);
  });
});
