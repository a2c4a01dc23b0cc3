// Invitations through the local Auth, driven by supabase-js as the invite-member Edge Function and
// the accept page use them: the admin API's invite and generate_link, the email in the development
// mailbox, the link's /verify redirect with the session in the fragment, setting a password.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, password, raw, startTestStack, users, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rows: false });
});
afterAll(async () => {
  await stack?.close();
});

type Mail = { id: string; to: string; subject: string; text: string; html: string; links: string[] };
async function mailTo(email: string): Promise<Mail[]> {
  const r = await fetch(`${stack.url}/mailbox/messages.json?to=${encodeURIComponent(email)}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Mail[];
}
const fragmentOf = (location: string) => Object.fromEntries(new URLSearchParams(new URL(location).hash.slice(1)));

describe('POST /auth/v1/invite (auth.admin.inviteUserByEmail)', () => {
  it('creates the invited user, mails the link; the link signs them in once; they set a password and sign in with it', async () => {
    const email = 'kavya.invited@example.test';
    const redirectTo = `${stack.url}/accept-invitation`;
    const { data, error } = await stack.service().auth.admin.inviteUserByEmail(email, { redirectTo, data: { invited_to: 'Nikist' } });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, aud: 'authenticated', user_metadata: { invited_to: 'Nikist' } });
    expect(data.user!.email_confirmed_at).toBeUndefined();
    const row = (await stack.db.query(`select invited_at, email_confirmed_at, encrypted_password from auth.users where id = $1`, [data.user!.id])).rows[0];
    expect(row.invited_at).not.toBeNull();
    expect(row.email_confirmed_at).toBeNull();
    expect((await stack.db.query(`select provider from auth.identities where user_id = $1`, [data.user!.id])).rows).toEqual([{ provider: 'email' }]);

    const [mail] = await mailTo(email);
    expect(mail!.subject).toBe('You have been invited');
    expect(mail!.html).toContain('Nikist');
    const link = mail!.links[0]!;
    expect(link).toMatch(new RegExp(`^${stack.url}/auth/v1/verify\\?token=[0-9a-f]{56}&type=invite&redirect_to=`));

    // A browser follows it: no apikey, a 303 to the redirect with the session in the fragment.
    const r = await fetch(link, { redirect: 'manual' });
    expect(r.status).toBe(303);
    const location = r.headers.get('location')!;
    expect(location.startsWith(`${redirectTo}#`)).toBe(true);
    const f = fragmentOf(location);
    expect(f).toMatchObject({ token_type: 'bearer', type: 'invite', expires_in: '3600' });
    expect(decodeJwt(f.access_token!)).toMatchObject({ sub: data.user!.id, email, role: 'authenticated', amr: [{ method: 'invite' }] });
    expect((await stack.db.query(`select email_confirmed_at from auth.users where id = $1`, [data.user!.id])).rows[0].email_confirmed_at).not.toBeNull();

    // The link works once.
    const again = await fetch(link, { redirect: 'manual' });
    expect(fragmentOf(again.headers.get('location')!)).toMatchObject({ error: 'access_denied', error_code: 'otp_expired' });

    // The accept page: session from the fragment, then a password.
    const c = client(stack.url);
    const set = await c.auth.setSession({ access_token: f.access_token!, refresh_token: f.refresh_token! });
    expect(set.error).toBeNull();
    expect((await c.auth.updateUser({ password: 'a-new-password-1' })).error).toBeNull();
    const signIn = await client(stack.url).auth.signInWithPassword({ email, password: 'a-new-password-1' });
    expect(signIn.error).toBeNull();
    expect(signIn.data.user!.id).toBe(data.user!.id);
  });

  it('sends a new link to an invited user who has not accepted yet; the old link no longer works', async () => {
    const email = 'resend.invited@example.test';
    const svc = stack.service();
    const first = await svc.auth.admin.inviteUserByEmail(email);
    const second = await svc.auth.admin.inviteUserByEmail(email);
    expect(second.error).toBeNull();
    expect(second.data.user!.id).toBe(first.data.user!.id);
    const mails = await mailTo(email);
    expect(mails).toHaveLength(2);
    const [newest, oldest] = mails;
    expect(fragmentOf((await fetch(oldest!.links[0]!, { redirect: 'manual' })).headers.get('location')!).error_code).toBe('otp_expired');
    expect(fragmentOf((await fetch(newest!.links[0]!, { redirect: 'manual' })).headers.get('location')!).access_token).toBeTruthy();
  });

  it('refuses a confirmed user (422 email_exists), a bad email, and callers without the service key (403 not_admin)', async () => {
    const exists = await stack.service().auth.admin.inviteUserByEmail(users.alice.email);
    expect(exists.error).toMatchObject({ status: 422, code: 'email_exists' });
    const bad = await stack.service().auth.admin.inviteUserByEmail('not-an-email');
    expect(bad.error).toMatchObject({ status: 400 });
    const asAnon = await client(stack.url).auth.admin.inviteUserByEmail('x@example.test');
    expect(asAnon.error).toMatchObject({ status: 403, code: 'not_admin' });
    const alice = await stack.signedIn('alice');
    const token = (await alice.auth.getSession()).data.session!.access_token;
    const asUser = await raw(stack.url, '/auth/v1/invite', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'y@example.test' }) });
    expect(asUser.status).toBe(403);
    expect((await stack.db.query(`select count(*)::int n from auth.users where email in ('x@example.test', 'y@example.test', 'not-an-email')`)).rows[0].n).toBe(0);
    expect(await mailTo('x@example.test')).toEqual([]);
  });

  it('sends a link to another host back to the site (this origin), as GoTrue falls back to site_url', async () => {
    const email = 'redirect.invited@example.test';
    await stack.service().auth.admin.inviteUserByEmail(email, { redirectTo: 'https://evil.example/steal' });
    const [mail] = await mailTo(email);
    const location = (await fetch(mail!.links[0]!, { redirect: 'manual' })).headers.get('location')!;
    expect(location.startsWith(`${stack.url}/#`)).toBe(true);
  });
});

describe('POST /auth/v1/admin/generate_link (type invite) and POST /verify', () => {
  it('returns the link and token hash without sending mail; verifyOtp with the hash gives a session', async () => {
    const email = 'linked.invited@example.test';
    const { data, error } = await stack.service().auth.admin.generateLink({ type: 'invite', email, options: { redirectTo: `${stack.url}/accept-invitation` } });
    expect(error).toBeNull();
    expect(data.user!.email).toBe(email);
    expect(data.properties).toMatchObject({ verification_type: 'invite', redirect_to: `${stack.url}/accept-invitation` });
    expect(data.properties!.action_link).toContain(`token=${data.properties!.hashed_token}`);
    expect(data.properties!.email_otp).toMatch(/^\d{6}$/);
    expect(await mailTo(email)).toEqual([]);
    const c = client(stack.url);
    const v = await c.auth.verifyOtp({ type: 'invite', token_hash: data.properties!.hashed_token });
    expect(v.error).toBeNull();
    expect(v.data.session!.user.email).toBe(email);
    const reuse = await client(stack.url).auth.verifyOtp({ type: 'invite', token_hash: data.properties!.hashed_token });
    expect(reuse.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });

  it('refuses other link types clearly (501) and callers without the service key', async () => {
    const other = await stack.service().auth.admin.generateLink({ type: 'magiclink', email: users.alice.email });
    expect(other.error).toMatchObject({ status: 501 });
    const asAnon = await client(stack.url).auth.admin.generateLink({ type: 'invite', email: 'z@example.test' });
    expect(asAnon.error).toMatchObject({ status: 403 });
  });

  it('an expired link redirects with otp_expired', async () => {
    const email = 'late.invited@example.test';
    const { data } = await stack.service().auth.admin.generateLink({ type: 'invite', email });
    await stack.db.query(`update auth.users set confirmation_sent_at = now() - interval '2 days' where email = $1`, [email]);
    const location = (await fetch(data.properties!.action_link, { redirect: 'manual' })).headers.get('location')!;
    expect(fragmentOf(location)).toMatchObject({ error: 'access_denied', error_code: 'otp_expired', error_description: 'Email link is invalid or has expired' });
  });
});

describe('GET /mailbox (the development mailbox page)', () => {
  it('lists the emails sent and shows each with its link, needing no key', async () => {
    const email = 'page.invited@example.test';
    await stack.service().auth.admin.inviteUserByEmail(email);
    const list = await fetch(`${stack.url}/mailbox`);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('text/html');
    const html = await list.text();
    expect(html).toContain(email);
    const id = /href="\/mailbox\/([0-9a-f-]{36})"/.exec(html)![1];
    const one = await (await fetch(`${stack.url}/mailbox/${id}`)).text();
    expect(one).toContain('Accept the invite');
    expect(one).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/auth\/v1\/verify\?token=/);
    expect((await fetch(`${stack.url}/mailbox/${id}`, { method: 'POST' })).status).toBe(405);
    expect(password).toBeTruthy();
  });
});
