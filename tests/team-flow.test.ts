// The team flow across the network, on the local stack with the migrations and the demo seed:
// the invite-member Edge Function (under Deno) invites a closer for an admin, the email is in the
// development mailbox, its link signs the invitee in, they set a password and accept; an admin
// removes them and their still-valid session reads nothing of the organization any more.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../local-supabase/demo-logins.mjs';
import { startSalesStack, type SalesStack } from './helpers/sales-stack.mjs';
import type { Database } from '../src/types/database.types';

let stack: SalesStack;
let admin: SupabaseClient<Database>;
let nikist: string;

function client(): SupabaseClient<Database> {
  return createClient<Database>(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as never },
  });
}
async function signIn(email: string, password = demoPassword) {
  const c = client();
  const { error } = await c.auth.signInWithPassword({ email, password });
  if (error) throw error;
  return c;
}
type Mail = { to: string; links: string[]; html: string };
async function mailTo(email: string): Promise<Mail[]> {
  return (await (await fetch(`${stack.url}/mailbox/messages.json?to=${encodeURIComponent(email)}`)).json()) as Mail[];
}
async function invoke(c: SupabaseClient<Database>, body: Record<string, unknown>) {
  const r = await c.functions.invoke('invite-member', { body });
  if (r.error) {
    const ctx = (r.error as { context?: Response }).context;
    return { status: ctx?.status ?? 0, body: ctx ? await ctx.json() : null };
  }
  return { status: 200, body: r.data };
}

beforeAll(async () => {
  stack = await startSalesStack();
  admin = await signIn('admin@nikist.demo');
  const { data } = await admin.from('organizations').select('id').eq('name', 'Nikist').single();
  nikist = data!.id;
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe('invite-member Edge Function and the invitee', () => {
  it('an admin invites a closer; the invitee follows the mailed link, sets a password, accepts and is a closer of Nikist', async () => {
    const email = 'kavya.new@nikist.demo';
    const r = await invoke(admin, { organization_id: nikist, email: ' Kavya.New@Nikist.demo ', roles: ['closer'], redirect_to: `${stack.url}/accept-invitation` });
    expect(r).toMatchObject({ status: 200, body: { email_sent: true, existing_user: false, invitation: { email, roles: ['closer'], status: 'pending' } } });

    const [mail] = await mailTo(email);
    expect(mail!.html).toContain('Nikist');
    const followed = await fetch(mail!.links[0]!, { redirect: 'manual' });
    expect(followed.status).toBe(303);
    const location = new URL(followed.headers.get('location')!);
    expect(location.pathname).toBe('/accept-invitation');
    const f = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));

    const invitee = client();
    expect((await invitee.auth.setSession({ access_token: f.access_token!, refresh_token: f.refresh_token! })).error).toBeNull();
    expect((await invitee.rpc('my_invitations')).data).toMatchObject([{ organization_id: nikist, organization_name: 'Nikist', roles: ['closer'] }]);
    expect((await invitee.auth.updateUser({ password: 'kavya-password-1' })).error).toBeNull();
    const accepted = await invitee.rpc('accept_invitation', { p_full_name: 'Kavya Rao' });
    expect(accepted.error).toBeNull();
    expect(accepted.data).toEqual({ organization_ids: [nikist] });

    const again = await signIn(email, 'kavya-password-1');
    const { data: roles } = await again.from('memberships').select('role').eq('organization_id', nikist).eq('user_id', (await again.auth.getUser()).data.user!.id);
    expect(roles).toEqual([{ role: 'closer' }]);
    const { data: pending } = await admin.from('invitations').select('status').eq('email', email);
    expect(pending).toEqual([{ status: 'accepted' }]);

    // Removed: the same session (its JWT still valid) reads nothing of the organization at once.
    expect((await again.from('organizations').select('id').eq('id', nikist)).data).toHaveLength(1);
    const userId = (await again.auth.getUser()).data.user!.id;
    const removed = await admin.rpc('remove_member', { p_organization_id: nikist, p_user_id: userId });
    expect(removed.error).toBeNull();
    expect((await again.from('organizations').select('id').eq('id', nikist)).data).toEqual([]);
    expect((await again.from('call_appointments').select('id').eq('organization_id', nikist)).data).toEqual([]);
    expect((await again.from('memberships').select('id').eq('organization_id', nikist)).data).toEqual([]);
  }, 180_000);

  it('refuses a closer (403) and sends no email; refuses an existing member (409)', async () => {
    const closer = await signIn('dipanshu@nikist.demo');
    const r = await invoke(closer, { organization_id: nikist, email: 'sneaky@example.com', roles: ['admin'] });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'PT403' });
    expect(await mailTo('sneaky@example.com')).toEqual([]);
    const member = await invoke(admin, { organization_id: nikist, email: 'ritika@nikist.demo', roles: ['manager'] });
    expect(member).toMatchObject({ status: 409, body: { hint: 'already_member' } });
    const bad = await invoke(admin, { organization_id: nikist, email: 'x@example.com', roles: [] });
    expect(bad).toMatchObject({ status: 400, body: { hint: 'field:roles' } });
  }, 120_000);

  it('a person with an account elsewhere is invited without an email and accepts after signing in', async () => {
    const r = await invoke(admin, { organization_id: nikist, email: 'closer@orbit.demo', roles: ['closer', 'manager'] });
    expect(r).toMatchObject({ status: 200, body: { existing_user: true, email_sent: false, invitation: { roles: ['closer', 'manager'] } } });
    const emma = await signIn('closer@orbit.demo');
    expect((await emma.rpc('accept_invitation', {})).data).toEqual({ organization_ids: [nikist] });
    expect((await emma.from('organizations').select('name').eq('id', nikist)).data).toEqual([{ name: 'Nikist' }]);
  }, 120_000);
});
