// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createClient } from '@supabase/supabase-js';
import { renderWithProviders } from '@/lib/test-providers';
import { auth, ok, requests, server, setupNetwork, type Reply } from '@/lib/test-network';
import type { UpdatePasswordFn } from '../api/update-password';
import { ChangePasswordForm } from './change-password-form';

afterEach(cleanup);
setupNetwork();

const USER = { id: 'u1', email: 'a@b.c', aud: 'authenticated' };

/** A real supabase-js client with a session; the network is MSW's. */
async function updateThrough(): Promise<UpdatePasswordFn> {
  const client = createClient('http://auth.test', 'anon-key', { auth: { persistSession: false, autoRefreshToken: false } });
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const payload = btoa(JSON.stringify({ sub: 'u1', exp, role: 'authenticated' })).replace(/=+$/, '');
  await client.auth.setSession({ access_token: `e30.${payload}.sig`, refresh_token: 'r1' }).catch(() => undefined);
  return async (password) => {
    const { error } = await client.auth.updateUser({ password });
    if (error) throw error;
  };
}

async function fill(password: string, confirm = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Repeat the new password'), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('checks length and that both entries match before sending anything', async () => {
    const update = vi.fn<UpdatePasswordFn>(async () => undefined);
    renderWithProviders(<ChangePasswordForm updatePassword={update} />);
    await fill('12345');
    expect(screen.getByText('Use at least 6 characters.')).toBeInTheDocument();
    cleanup();
    renderWithProviders(<ChangePasswordForm updatePassword={update} />);
    await fill('long enough', 'long enougH');
    expect(screen.getByText('The two passwords are not the same.')).toBeInTheDocument();
    cleanup();
    // 37 characters of 2 bytes: 74 bytes, over bcrypt's 72.
    renderWithProviders(<ChangePasswordForm updatePassword={update} />);
    await fill('é'.repeat(37));
    expect(screen.getByText('Use at most 72 bytes: about 72 plain letters (accented letters and emoji count as 2 to 4).')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('says so when the server refuses a password over 72 bytes', async () => {
    server.use(
      auth('user', (_body, sent) =>
        sent.method === 'PUT'
          ? { status: 400, body: { code: 'validation_failed', message: 'Password cannot be longer than 72 characters' }, headers: { 'X-Supabase-Api-Version': '2024-01-01' } }
          : ok(USER),
      ),
    );
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough()} />);
    await fill('a new passphrase');
    expect(await screen.findByRole('alert')).toHaveTextContent('Use at most 72 bytes');
  });

  it('sends PUT /auth/v1/user and says the password was changed', async () => {
    server.use(auth('user', () => ok(USER)));
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough()} />);
    await fill('a new passphrase');
    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed.');
    const puts = requests.filter((r) => r.method === 'PUT' && r.path === '/auth/v1/user');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body).toMatchObject({ password: 'a new passphrase' });
  });

  it('explains a refusal for the same password and a rate limit in words', async () => {
    // As GoTrue answers clients sending X-Supabase-Api-Version (supabase-js does).
    const versioned = { 'X-Supabase-Api-Version': '2024-01-01' };
    let answer: Reply = { status: 422, body: { code: 'same_password', message: 'New password should be different from the old password.' }, headers: versioned };
    server.use(auth('user', (_body, sent) => (sent.method === 'PUT' ? answer : ok(USER))));
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough()} />);
    await fill('the old one!');
    expect(await screen.findByRole('alert')).toHaveTextContent('The new password must be different from the current one.');
    answer = { status: 429, body: { code: 'over_request_rate_limit', message: 'Request rate limit reached' }, headers: versioned };
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Too many sign-in attempts. Wait a few minutes and try again.')).toBeInTheDocument();
  });
});
