// The stack over a database shaped like a hosted project: `authenticator` carries a setting only a
// superuser may set (platform.sql's log_statement, standing in for hosted's
// session_preload_libraries = safeupdate) and the stack connects as a role that is not a superuser
// (hosted-roles.sql's hosted_postgres, which has the rights hosted gives postgres). Copying every
// role setting onto each request with set_config made every request fail there with 42501; the
// stack applies only what PostgREST applies (limits.mjs roleSettingsSql).
// On a server the stack's pool logs in as hosted_postgres; on PGlite (one session) the session
// switches to it with `set session authorization`.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, openDatabase, repoRoot, type Database } from '../db.mjs';
import { ensureGuard, roleSettingsSql } from '../limits.mjs';
import { createStack } from '../server.mjs';
import { client, loadFixtures, password, users } from './helpers/stack';
import { serviceRoleKey } from '../keys.mjs';

let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
let admin: Database | undefined;
let db: Database;
let server: http.Server;
let url: string;

beforeAll(async () => {
  const hostedRoles = fs.readFileSync(path.join(repoRoot, 'local-supabase', 'hosted-roles.sql'), 'utf8');
  if (process.env.DATABASE_URL) {
    scratch = await createScratchDatabase(process.env.DATABASE_URL);
    admin = await openDatabase({ url: scratch.url, max: 2 });
    await loadFixtures(admin);
    await ensureGuard(admin);
    await admin.exec(hostedRoles);
    const u = new URL(scratch.url);
    u.username = 'hosted_postgres';
    u.password = 'postgres';
    db = await openDatabase({ url: u.toString(), max: 4 });
  } else {
    db = await openDatabase();
    await loadFixtures(db);
    await ensureGuard(db);
    await db.exec(hostedRoles);
    await db.exec('set session authorization hosted_postgres');
  }
  const stack = createStack({ db });
  server = http.createServer((req, res) => void stack(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close();
  await admin?.close();
  await scratch?.drop();
});

describe('a database shaped like a hosted project', () => {
  it('is shaped so: authenticator carries a superuser-only setting, the stack connects as a role that cannot set it', async () => {
    const me = (await db.query(`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as su`)).rows[0];
    expect(me).toEqual({ u: 'hosted_postgres', su: false });
    const superOnly = await db.query(
      `select s.item from pg_db_role_setting d join pg_roles r on r.oid = d.setrole, unnest(d.setconfig) s(item)
       join pg_settings p on p.name = split_part(s.item, '=', 1) where r.rolname = 'authenticator' and p.context = 'superuser'`,
    );
    expect(superOnly.rows.map((r) => r.item)).toContain('log_statement=none');
    // What the stack did before: copy it onto the request.
    const refused = await db.transaction((tx) => tx.query(`select set_config('log_statement', 'none', true)`)).catch((e) => e);
    expect(refused.code).toBe('42501');
  });

  it('applies only what PostgREST applies: authenticator\'s user settings and the API roles\' settings they may set', async () => {
    const rows = (await db.query(roleSettingsSql)).rows.map((r) => `${r.role}:${r.name}=${r.value}`);
    expect(rows).toEqual(expect.arrayContaining(['anon:statement_timeout=3s', 'authenticated:statement_timeout=8s', 'authenticator:statement_timeout=8s', 'authenticator:lock_timeout=8s']));
    expect(rows.filter((r) => r.includes('log_statement'))).toEqual([]);
  });

  it('serves every kind of request: anon read, sign-in, a signed-in read, a service rpc, with the roles\' timeouts', async () => {
    const anon = client(url);
    const books = await anon.from('books').select('id').limit(1);
    expect(books.error).toBeNull();
    expect(books.data).toHaveLength(1);
    expect((await anon.rpc('request_settings')).data).toMatchObject({ statement_timeout: '3s', lock_timeout: '8s', current_user: 'anon' });

    const alice = client(url);
    const signIn = await alice.auth.signInWithPassword({ email: users.alice.email, password });
    expect(signIn.error).toBeNull();
    const notes = await alice.from('notes').select('body').order('body');
    expect(notes.error).toBeNull();
    expect(notes.data).toEqual([{ body: 'alice 1' }, { body: 'alice 2' }]);
    expect((await alice.rpc('request_settings')).data).toMatchObject({ statement_timeout: '8s', current_user: 'authenticated' });

    const service = client(url, serviceRoleKey);
    expect((await service.rpc('request_settings')).data).toMatchObject({ statement_timeout: '8s', lock_timeout: '8s', current_user: 'service_role' });
  });
});
