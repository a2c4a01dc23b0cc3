// Conformance of /auth/v1 with Supabase Auth (GoTrue v2), driven by supabase-js's auth client.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonKey } from '../keys.mjs';
import { client, password, raw, startTestStack, users, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rows: false });
});
afterAll(async () => {
  await stack?.close();
});

describe('sign in with password', () => {
  it('returns a session with Supabase Auth claims and the user, and records last_sign_in_at', async () => {
    const c = client(stack.url);
    const before = Math.floor(Date.now() / 1000);
    const { data, error } = await c.auth.signInWithPassword({ email: 'Alice@Example.test', password });
    expect(error).toBeNull();
    const s = data.session!;
    expect(s.token_type).toBe('bearer');
    expect(s.expires_in).toBe(3600);
    expect(s.expires_at).toBeGreaterThanOrEqual(before + 3600);
    expect(s.refresh_token).toMatch(/^\S{16,}$/);
    expect(data.user).toMatchObject({
      id: users.alice.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: users.alice.email,
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { name: 'alice' },
    });
    expect(data.user!.last_sign_in_at).toBeTruthy();
    const claims = decodeJwt(s.access_token);
    expect(claims).toMatchObject({
      sub: users.alice.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: users.alice.email,
      aal: 'aal1',
      is_anonymous: false,
      app_metadata: { provider: 'email' },
      user_metadata: { name: 'alice' },
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(typeof claims.session_id).toBe('string');
    expect(claims.iss).toMatch(/\/auth\/v1$/);
    expect(Array.isArray(claims.amr)).toBe(true);
    const row = await stack.db.query('select last_sign_in_at from auth.users where id = $1', [users.alice.id]);
    expect(row.rows[0].last_sign_in_at).not.toBeNull();
    const sessions = await stack.db.query('select 1 from auth.sessions where id = $1', [claims.session_id]);
    expect(sessions.rows.length).toBe(1);
  });

  it('wrong password and unknown email give the same AuthApiError: 400 invalid_credentials', async () => {
    const attempts: [string, string][] = [
      [users.alice.email, 'wrong password'],
      ['nobody@example.test', password],
      [users.alice.email, ''],
    ];
    for (const [email, pw] of attempts) {
      const { data, error } = await client(stack.url).auth.signInWithPassword({ email, password: pw });
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ name: 'AuthApiError', status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    }
  });

  it('an unconfirmed email is refused with email_not_confirmed', async () => {
    const { error } = await client(stack.url).auth.signInWithPassword({ email: users.carol.email, password });
    expect(error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });

  it('GoTrue error shapes: new with X-Supabase-Api-Version, legacy without', async () => {
    const body = JSON.stringify({ email: users.alice.email, password: 'nope' });
    const modern = await raw(stack.url, '/auth/v1/token?grant_type=password', { method: 'POST', body, headers: { 'X-Supabase-Api-Version': '2024-01-01' } });
    expect(modern.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(await modern.json()).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
    const legacy = await raw(stack.url, '/auth/v1/token?grant_type=password', { method: 'POST', body });
    expect(await legacy.json()).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });
});

describe('session', () => {
  it('getUser returns the user of the bearer token', async () => {
    const c = await stack.signedIn('bob');
    const { data, error } = await c.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: users.bob.id, email: users.bob.email, aud: 'authenticated', role: 'authenticated' });
    for (const k of ['created_at', 'updated_at', 'email_confirmed_at', 'last_sign_in_at', 'app_metadata', 'user_metadata']) expect(data.user).toHaveProperty(k);
  });

  it('refresh tokens are single use; a new session keeps the same session id', async () => {
    const c = await stack.signedIn('alice');
    const { data: first } = await c.auth.getSession();
    const oldRefresh = first.session!.refresh_token;
    const refreshed = await c.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session!.refresh_token).not.toBe(oldRefresh);
    expect(decodeJwt(refreshed.data.session!.access_token).session_id).toBe(decodeJwt(first.session!.access_token).session_id);

    // Within GoTrue's reuse interval (10 s) the used token answers with the same new session: two
    // tabs refreshing together do not sign each other out.
    const twin = await client(stack.url).auth.refreshSession({ refresh_token: oldRefresh });
    expect(twin.error).toBeNull();
    expect(twin.data.session!.refresh_token).toBe(refreshed.data.session!.refresh_token);
    expect(decodeJwt(twin.data.session!.access_token).session_id).toBe(decodeJwt(first.session!.access_token).session_id);
    // After the interval, reusing it is reuse detection.
    await stack.db.query(`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where token = $1`, [oldRefresh]);
    const again = await client(stack.url).auth.refreshSession({ refresh_token: oldRefresh });
    expect(again.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
    // Reuse revokes the whole session's tokens (GoTrue's reuse detection), so the newer one too.
    const newer = await client(stack.url).auth.refreshSession({ refresh_token: refreshed.data.session!.refresh_token });
    expect(newer.error).toMatchObject({ status: 400 });
    const unknown = await client(stack.url).auth.refreshSession({ refresh_token: 'not-a-token' });
    expect(unknown.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });

  it('signOut answers 204, deletes the session and revokes its refresh tokens', async () => {
    const c = await stack.signedIn('bob');
    const { data } = await c.auth.getSession();
    const { access_token, refresh_token } = data.session!;
    const res = await raw(stack.url, '/auth/v1/logout?scope=global', { method: 'POST', headers: { Authorization: `Bearer ${access_token}` } });
    expect(res.status).toBe(204);
    const refreshed = await client(stack.url).auth.refreshSession({ refresh_token });
    expect(refreshed.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
    const user = await raw(stack.url, '/auth/v1/user', { headers: { Authorization: `Bearer ${access_token}`, 'X-Supabase-Api-Version': '2024-01-01' } });
    expect(user.status).toBe(403);
    expect((await user.json()).code).toBe('session_not_found');
  });

  it('supabase-js signOut clears the client session', async () => {
    const c = await stack.signedIn('alice');
    const { error } = await c.auth.signOut();
    expect(error).toBeNull();
    expect((await c.auth.getSession()).data.session).toBeNull();
  });

  it('getUser without a user token is refused', async () => {
    const noBearer = await raw(stack.url, '/auth/v1/user', { headers: { 'X-Supabase-Api-Version': '2024-01-01' } });
    expect(noBearer.status).toBe(401);
    const anonBearer = await raw(stack.url, '/auth/v1/user', { headers: { Authorization: `Bearer ${anonKey}`, 'X-Supabase-Api-Version': '2024-01-01' } });
    expect(anonBearer.status).toBe(403);
    expect((await anonBearer.json()).code).toBe('bad_jwt');
  });
});

describe('disabled and unsupported', () => {
  it('sign-up answers 422 signup_disabled', async () => {
    const { error } = await client(stack.url).auth.signUp({ email: 'new@example.test', password: 'long enough password' });
    expect(error).toMatchObject({ status: 422, code: 'signup_disabled', message: 'Signups not allowed for this instance' });
  });

  it('magic links, OAuth and MFA answer 501 naming the feature', async () => {
    for (const path of ['/auth/v1/otp', '/auth/v1/authorize?provider=github', '/auth/v1/factors']) {
      const r = await raw(stack.url, path, { method: path.includes('authorize') ? 'GET' : 'POST', body: path.includes('authorize') ? undefined : '{}' });
      expect(r.status, path).toBe(501);
      expect((await r.json()).message, path).toMatch(/not supported/);
    }
  });

  it('settings report sign-ups disabled', async () => {
    const r = await raw(stack.url, '/auth/v1/settings');
    expect(await r.json()).toMatchObject({ disable_signup: true, external: { email: true } });
  });
});

describe('hosted behaviour: password change, rate limit, token leeway', () => {
  it('PUT /user changes the password (updateUser), refuses the same or a short one, and signs out other sessions', async () => {
    const own = await startTestStack({ rows: false });
    try {
      const c = await own.signedIn('bob');
      const other = await own.signedIn('bob');
      const same = await c.auth.updateUser({ password });
      expect(same.error).toMatchObject({ status: 422, code: 'same_password' });
      const short = await c.auth.updateUser({ password: '12345' });
      expect(short.error).toMatchObject({ status: 422, code: 'weak_password' });
      const changed = await c.auth.updateUser({ password: 'a brand new passphrase' });
      expect(changed.error).toBeNull();
      expect(changed.data.user).toMatchObject({ id: users.bob.id, email: users.bob.email });
      const oldPw = await client(own.url).auth.signInWithPassword({ email: users.bob.email, password });
      expect(oldPw.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
      const newPw = await client(own.url).auth.signInWithPassword({ email: users.bob.email, password: 'a brand new passphrase' });
      expect(newPw.error).toBeNull();
      // This session goes on; the other one was signed out.
      expect((await c.auth.getUser()).error).toBeNull();
      const { data: otherSession } = await other.auth.getSession();
      const refreshOther = await client(own.url).auth.refreshSession({ refresh_token: otherSession.session!.refresh_token });
      expect(refreshOther.error).toMatchObject({ status: 400 });
    } finally {
      await own.close();
    }
  });

  it('repeated failed sign-ins from one address get 429 over_request_rate_limit, even with the right password', async () => {
    const own = await startTestStack({ rows: false, auth: { signInRateLimit: { max: 3, windowMs: 60_000 } } });
    try {
      const c = client(own.url);
      for (let i = 0; i < 3; i++) {
        const r = await c.auth.signInWithPassword({ email: users.alice.email, password: 'wrong' });
        expect(r.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
      }
      const limited = await c.auth.signInWithPassword({ email: users.alice.email, password });
      expect(limited.error).toMatchObject({ status: 429, code: 'over_request_rate_limit', message: 'Request rate limit reached' });
    } finally {
      await own.close();
    }
  });

  it('a new password over 72 bytes is refused as GoTrue refuses it (400 validation_failed), before anything is written', async () => {
    const own = await startTestStack({ rows: false });
    try {
      const c = await own.signedIn('alice');
      const stored = async () => (await own.db.query('select encrypted_password from auth.users where id = $1', [users.alice.id])).rows[0].encrypted_password;
      const before = await stored();
      // 73 ASCII bytes, and 37 characters of 2 bytes each (74 bytes: GoTrue counts bytes, as bcrypt does).
      for (const tooLong of ['a'.repeat(73), 'é'.repeat(37)]) {
        const r = await c.auth.updateUser({ password: tooLong });
        expect(r.error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Password cannot be longer than 72 characters' });
      }
      expect(await stored()).toBe(before);
      // Exactly 72 bytes is accepted, and signs in.
      const limit = 'b'.repeat(36) + 'é'.repeat(18);
      expect(Buffer.byteLength(limit)).toBe(72);
      expect((await c.auth.updateUser({ password: limit })).error).toBeNull();
      expect((await client(own.url).auth.signInWithPassword({ email: users.alice.email, password: limit })).error).toBeNull();
      // Sign-up (disabled here, as GoTrue answers first) refuses a long password too, and creates no user.
      const signUp = await client(own.url).auth.signUp({ email: 'long@example.test', password: 'x'.repeat(100) });
      expect(signUp.error?.status).toBe(422);
      expect((await own.db.query(`select count(*)::int as n from auth.users where email = 'long@example.test'`)).rows[0].n).toBe(0);
    } finally {
      await own.close();
    }
  }, 180_000);

  it('the shared rule for every endpoint that sets a password (PUT /user, admin create): GoTrue\'s order and answers', async () => {
    const { newPasswordProblem, maxPasswordBytes } = await import('../passwords.mjs');
    expect(maxPasswordBytes).toBe(72);
    expect(newPasswordProblem('x'.repeat(72))).toBeNull();
    expect(newPasswordProblem('x'.repeat(73))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(newPasswordProblem('😀'.repeat(19))).toMatchObject({ status: 400, code: 'validation_failed' }); // 76 bytes, 19 characters
    expect(newPasswordProblem('12345')).toMatchObject({ status: 422, code: 'weak_password', weak_password: { reasons: ['length'] } });
    expect(newPasswordProblem(42)).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('the sign-in limiter counts an attempt before the password check: 150 parallel wrong passwords make at most 30 checks', async () => {
    const own = await startTestStack({ rows: false, auth: { signInRateLimit: { max: 30, windowMs: 60_000 } } });
    try {
      // A slower hash than the fixtures' (cost 8): each check takes long enough for the attempts to overlap.
      const bcrypt = (await import('bcryptjs')).default;
      await own.db.query('update auth.users set encrypted_password = $2 where id = $1', [users.alice.id, bcrypt.hashSync(password, 8)]);
      const attempt = () =>
        raw(own.url, '/auth/v1/token?grant_type=password', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Supabase-Api-Version': '2024-01-01' },
          body: JSON.stringify({ email: users.alice.email, password: 'wrong password' }),
        }).then(async (r) => ({ status: r.status, code: (await r.json()).code }));
      const results = await Promise.all(Array.from({ length: 150 }, attempt));
      // Every 400 invalid_credentials is one password check; the others were refused before it.
      const checked = results.filter((r) => r.status === 400 && r.code === 'invalid_credentials').length;
      const limited = results.filter((r) => r.status === 429 && r.code === 'over_request_rate_limit').length;
      expect(checked + limited).toBe(150);
      expect(checked).toBe(30);
    } finally {
      await own.close();
    }
  }, 180_000);

  it('a successful sign-in does not use up the budget (only failures count)', async () => {
    const own = await startTestStack({ rows: false, auth: { signInRateLimit: { max: 2, windowMs: 60_000 } } });
    try {
      for (let i = 0; i < 4; i++) expect((await client(own.url).auth.signInWithPassword({ email: users.alice.email, password })).error).toBeNull();
      expect((await client(own.url).auth.signInWithPassword({ email: users.alice.email, password: 'wrong' })).error).toMatchObject({ status: 400 });
      expect((await client(own.url).auth.signInWithPassword({ email: users.alice.email, password })).error).toBeNull();
    } finally {
      await own.close();
    }
  }, 180_000);

  it('tokens get PostgREST\'s 30 s clock leeway on exp, and iat in the future beyond it is refused', async () => {
    const { SignJWT } = await import('jose');
    const { jwtSecret } = await import('../keys.mjs');
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT({ sub: users.alice.id, role: 'authenticated', aud: 'authenticated', ...claims }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(jwtSecret));
    const call = async (token: string) => raw(stack.url, '/rest/v1/rpc/whoami', { headers: { Authorization: `Bearer ${token}` } });
    expect((await call(await sign({ iat: now - 100, exp: now - 10 }))).status).toBe(200);
    const expired = await call(await sign({ iat: now - 100, exp: now - 60 }));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
    expect((await call(await sign({ iat: now + 10, exp: now + 600 }))).status).toBe(200);
    const future = await call(await sign({ iat: now + 120, exp: now + 600 }));
    expect(future.status).toBe(401);
    expect(await future.json()).toMatchObject({ code: 'PGRST303', message: 'JWT issued at future' });
  });
});
