// `POST /auth/v1/admin/users` of the local stack, as Supabase Auth answers it: only a service_role
// bearer may create a user; the user can sign in when the email is confirmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonKey, serviceRoleKey } from '../keys.mjs';
import { client, raw, startTestStack, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rows: false });
});
afterAll(async () => {
  await stack?.close();
});

const create = (body: unknown, bearer: string | null = serviceRoleKey) =>
  raw(stack.url, '/auth/v1/admin/users', {
    method: 'POST',
    headers: {
      apikey: bearer === serviceRoleKey ? serviceRoleKey : anonKey,
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify(body),
  });

describe('POST /auth/v1/admin/users', () => {
  it('creates a confirmed user with metadata and an email identity; the user signs in', async () => {
    const res = await create({ email: 'First.Admin@Example.test', password: 'a long enough password', email_confirm: true, user_metadata: { full_name: 'First Admin' } });
    expect(res.status).toBe(200);
    const user = await res.json();
    expect(user).toMatchObject({
      aud: 'authenticated',
      role: 'authenticated',
      email: 'first.admin@example.test',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { full_name: 'First Admin' },
    });
    expect(user.email_confirmed_at).toBeTruthy();
    const identity = await stack.db.query(`select provider, identity_data ->> 'email' as email from auth.identities where user_id = $1`, [user.id]);
    expect(identity.rows).toEqual([{ provider: 'email', email: 'first.admin@example.test' }]);
    const { data, error } = await client(stack.url).auth.signInWithPassword({ email: 'first.admin@example.test', password: 'a long enough password' });
    expect(error).toBeNull();
    expect(data.user!.id).toBe(user.id);
  });

  it('works through supabase-js auth.admin.createUser; without email_confirm the user cannot sign in yet', async () => {
    const { data, error } = await client(stack.url, serviceRoleKey).auth.admin.createUser({ email: 'later@example.test', password: 'another password' });
    expect(error).toBeNull();
    expect(data.user!.email_confirmed_at).toBeUndefined();
    const signIn = await client(stack.url).auth.signInWithPassword({ email: 'later@example.test', password: 'another password' });
    expect(signIn.error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });

  it('refuses without a bearer (401), with the anon key or a user token (403 not_admin), and creates nobody', async () => {
    const count = async () => Number((await stack.db.query(`select count(*)::int as n from auth.users`)).rows[0].n);
    const before = await count();
    const body = { email: 'intruder@example.test', password: 'whatever-123', email_confirm: true };
    expect((await create(body, null)).status).toBe(401);
    const asAnon = await create(body, anonKey);
    expect(asAnon.status).toBe(403);
    expect(await asAnon.json()).toMatchObject({ error_code: 'not_admin' });
    const alice = await client(stack.url).auth.signInWithPassword({ email: 'alice@example.test', password: 'correct horse battery staple' });
    const asUser = await create(body, alice.data.session!.access_token);
    expect(asUser.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses a taken email (422 email_exists), a bad email (400), a short or over-72-byte password (422 / 400)', async () => {
    const taken = await create({ email: 'ALICE@example.test', password: 'whatever-123' });
    expect(taken.status).toBe(422);
    expect(await taken.json()).toMatchObject({ error_code: 'email_exists' });
    expect((await create({ email: 'not an email', password: 'whatever-123' })).status).toBe(400);
    const weak = await create({ email: 'weak@example.test', password: '123' });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ error_code: 'weak_password' });
    expect((await create({ email: 'long@example.test', password: 'é'.repeat(37) })).status).toBe(400);
    const none = await stack.db.query(`select count(*)::int as n from auth.users where email in ('weak@example.test', 'long@example.test')`);
    expect(none.rows[0].n).toBe(0);
  });
});
