// The first admin of the first organization (README "Going live"): scripts/create-first-admin.mjs
// against the local stack over every migration (no demo seed), and the service_role-only database
// function it calls.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local-supabase/db.mjs';
import { anonKey, serviceRoleKey } from '../../local-supabase/keys.mjs';
import { createStack } from '../../local-supabase/server.mjs';
import { client } from '../../local-supabase/tests/helpers/stack';
import { createTestDb, createUser, pgError, queryAs, type TestDb } from './helpers/db';

let db: TestDb;
let server: http.Server;
let url: string;

beforeAll(async () => {
  db = await createTestDb();
  const stack = createStack({ db: db as never });
  server = http.createServer((req, res) => void stack(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close();
});

function runScript(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'create-first-admin.mjs'), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}
const anon = () => client(url);
const orgArgs = ['--email', 'owner@academy.test', '--name', 'Olivia Owner', '--org-name', 'First Academy', '--org-slug', 'first-academy', '--timezone', 'Asia/Kolkata', '--currency', 'inr'];

describe('scripts/create-first-admin.mjs', () => {
  it('creates the person and the organization; the person signs in as its admin', async () => {
    const r = await runScript(orgArgs, { SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey, FIRST_ADMIN_PASSWORD: 'first admin password' });
    expect(r.out).toMatch(/Organization: First Academy \(first-academy, .+\) created; owner@academy\.test is its admin/);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('first admin password');
    const c = anon();
    const { data, error } = await c.auth.signInWithPassword({ email: 'owner@academy.test', password: 'first admin password' });
    expect(error).toBeNull();
    const orgs = await c.from('organizations').select('name, slug, timezone, currency, locale');
    expect(orgs.data).toEqual([{ name: 'First Academy', slug: 'first-academy', timezone: 'Asia/Kolkata', currency: 'INR', locale: 'en' }]);
    const m = await c.from('memberships').select('role').eq('user_id', data.user!.id);
    expect(m.data).toEqual([{ role: 'admin' }]);
  });

  it('run again: the same organization, nobody and nothing duplicated', async () => {
    const r = await runScript(orgArgs, { SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey });
    expect(r.code).toBe(0);
    expect(r.out).toContain('already exists (password unchanged)');
    expect(r.out).toContain('already there');
    expect(r.out).not.toContain('One-time password');
    const n = await db.query(`select (select count(*) from public.organizations where slug = 'first-academy')::int as orgs,
      (select count(*) from auth.users where email = 'owner@academy.test')::int as users`);
    expect(n.rows[0]).toEqual({ orgs: 1, users: 1 });
  });

  it('without FIRST_ADMIN_PASSWORD prints a one-time password that works', async () => {
    const r = await runScript(['--email', 'second@academy.test', '--name', 'Sam Second', '--org-name', 'Second Academy', '--org-slug', 'second-academy'], {
      SUPABASE_URL: url,
      SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey,
    });
    expect(r.code).toBe(0);
    const pw = /One-time password for second@academy\.test: (\S+)/.exec(r.out)?.[1];
    expect(pw).toMatch(/^\S{16,}$/);
    const { error } = await anon().auth.signInWithPassword({ email: 'second@academy.test', password: pw! });
    expect(error).toBeNull();
  });

  it('fails clearly: no key in the environment, a slug that belongs to another admin, the anon key', async () => {
    const noKey = await runScript(orgArgs, { SUPABASE_URL: url });
    expect(noKey.code).toBe(1);
    expect(noKey.out).toContain('SUPABASE_SERVICE_ROLE_KEY must be set');
    const taken = await runScript(['--email', 'other@academy.test', '--name', 'Other', '--org-name', 'Copy', '--org-slug', 'first-academy'], {
      SUPABASE_URL: url,
      SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey,
    });
    expect(taken.code).toBe(1);
    expect(taken.out).toMatch(/PT409 An organization with the slug first-academy already exists/);
    const anonKeyRun = await runScript(['--email', 'x@academy.test', '--name', 'X', '--org-name', 'X', '--org-slug', 'x-academy'], {
      SUPABASE_URL: url,
      SUPABASE_SERVICE_ROLE_KEY: anonKey,
    });
    expect(anonKeyRun.code).toBe(1);
    expect(anonKeyRun.out).toContain('not_admin');
  });
});

describe('public.create_organization_with_admin', () => {
  it('is executable by service_role only: a signed-in user gets 42501 and nothing is created', async () => {
    const c = anon();
    await c.auth.signInWithPassword({ email: 'owner@academy.test', password: 'first admin password' });
    const r = await c.rpc('create_organization_with_admin', { p_admin_email: 'owner@academy.test', p_name: 'Mine', p_slug: 'mine' });
    expect(r.error).toMatchObject({ code: '42501' });
    const u = await createUser(db, 'Ursula User');
    expect((await pgError(queryAs(db, u, `select public.create_organization_with_admin('a@b.test', 'Mine', 'mine')`))).code).toBe('42501');
    expect((await db.query(`select count(*)::int as n from public.organizations where slug = 'mine'`)).rows[0]!.n).toBe(0);
  });

  it('refuses bad input with a field hint and an unknown email with PT404', async () => {
    const call = (email: string, name: string, slug: string, tz: string | null, cur: string | null, loc: string | null) =>
      pgError(db.query(`select public.create_organization_with_admin($1, $2, $3, $4, $5, $6)`, [email, name, slug, tz, cur, loc]));
    expect(await call('owner@academy.test', '   ', 'ok-slug', null, null, null)).toMatchObject({ code: '22023', hint: 'field:name' });
    expect(await call('owner@academy.test', 'Ok', '-bad slug', null, null, null)).toMatchObject({ code: '22023', hint: 'field:slug' });
    expect(await call('owner@academy.test', 'Ok', 'ok-slug', 'Mars/Base', null, null)).toMatchObject({ code: '22023', hint: 'field:timezone' });
    expect(await call('owner@academy.test', 'Ok', 'ok-slug', null, 'RUPEES', null)).toMatchObject({ code: '22023', hint: 'field:currency' });
    expect(await call('owner@academy.test', 'Ok', 'ok-slug', null, null, 'fr')).toMatchObject({ code: '22023', hint: 'field:locale' });
    expect(await call('nobody@academy.test', 'Ok', 'ok-slug', null, null, null)).toMatchObject({ code: 'PT404', hint: 'field:admin_email' });
    expect((await db.query(`select count(*)::int as n from public.organizations where slug = 'ok-slug'`)).rows[0]!.n).toBe(0);
  });
});
