// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createClient } from '@supabase/supabase-js';
import { renderWithProviders } from '@/lib/test-providers';
import type { UpdatePasswordFn } from '../api/update-password';
import { ChangePasswordForm } from './change-password-form';

afterEach(cleanup);

/** A real supabase-js client with a session whose only stand-in is the network (fetch). */
async function updateThrough(fetchImpl: typeof fetch): Promise<UpdatePasswordFn> {
  const client = createClient('http://auth.test', 'anon-key', {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: fetchImpl },
  });
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
    const fetchImpl = vi.fn<typeof fetch>(async (_input, init) => {
      if (init?.method === 'PUT') return Response.json({ code: 'validation_failed', message: 'Password cannot be longer than 72 characters' }, { status: 400, headers: { 'X-Supabase-Api-Version': '2024-01-01' } });
      return Response.json({ id: 'u1', email: 'a@b.c', aud: 'authenticated' });
    });
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough(fetchImpl)} />);
    await fill('a new passphrase');
    expect(await screen.findByRole('alert')).toHaveTextContent('Use at most 72 bytes');
  });

  it('sends PUT /auth/v1/user and says the password was changed', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async (input, init) => {
      if (String(input).includes('/auth/v1/user') && init?.method === 'PUT') return Response.json({ id: 'u1', email: 'a@b.c', aud: 'authenticated' });
      return Response.json({ id: 'u1', email: 'a@b.c', aud: 'authenticated' });
    });
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough(fetchImpl)} />);
    await fill('a new passphrase');
    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed.');
    const put = fetchImpl.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put![1]!.body))).toMatchObject({ password: 'a new passphrase' });
  });

  it('explains a refusal for the same password and a rate limit in words', async () => {
    // As GoTrue answers clients sending X-Supabase-Api-Version (supabase-js does).
    const versioned = { 'X-Supabase-Api-Version': '2024-01-01' };
    let answer: Response = Response.json({ code: 'same_password', message: 'New password should be different from the old password.' }, { status: 422, headers: versioned });
    const fetchImpl = vi.fn<typeof fetch>(async (_input, init) => (init?.method === 'PUT' ? answer.clone() : Response.json({ id: 'u1', email: 'a@b.c', aud: 'authenticated' })));
    renderWithProviders(<ChangePasswordForm updatePassword={await updateThrough(fetchImpl)} />);
    await fill('the old one!');
    expect(await screen.findByRole('alert')).toHaveTextContent('The new password must be different from the current one.');
    answer = Response.json({ code: 'over_request_rate_limit', message: 'Request rate limit reached' }, { status: 429, headers: versioned });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Too many sign-in attempts. Wait a few minutes and try again.')).toBeInTheDocument();
  });
});
