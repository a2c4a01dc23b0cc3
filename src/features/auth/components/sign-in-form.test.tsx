// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createClient } from '@supabase/supabase-js';
import { renderWithProviders } from '@/lib/test-providers';
import { auth, requests, server, unreachable, setupNetwork } from '@/lib/test-network';
import type { SignInFn } from '../api/sign-in';
import { SignInForm } from './sign-in-form';

afterEach(cleanup);
setupNetwork();

/** A real supabase-js client; the network is MSW's. */
function signInThrough(): SignInFn {
  const client = createClient('http://auth.test', 'anon-key', { auth: { persistSession: false, autoRefreshToken: false } });
  return async ({ email, password }) => {
    const { error } = await client.auth.signInWithPassword({ email, password });
    if (error) throw error;
  };
}

async function fillAndSubmit(email = 'dipanshu@nikist.demo', password = 'not-the-password') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInForm', () => {
  it('says "Wrong email or password." when the auth server refuses the credentials', async () => {
    server.use(auth('token', () => ({ status: 400, body: { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' } })));
    renderWithProviders(<SignInForm signIn={signInThrough()} />);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(requests.map((r) => `${r.method} ${r.path}${r.query}`)).toEqual(['POST /auth/v1/token?grant_type=password']);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('says to wait when the auth server answers 429 (sign-in rate limit)', async () => {
    server.use(
      auth('token', () => ({ status: 429, body: { code: 'over_request_rate_limit', message: 'Request rate limit reached' }, headers: { 'X-Supabase-Api-Version': '2024-01-01' } })),
    );
    renderWithProviders(<SignInForm signIn={signInThrough()} />);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Wait a few minutes and try again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('says the server cannot be reached when the network is down', async () => {
    server.use(unreachable('/auth/v1/token'));
    renderWithProviders(<SignInForm signIn={signInThrough()} />);
    await fillAndSubmit();
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      "Can't reach the server. Check your connection and try again.",
    );
  });

  it('disables the form while signing in, and does not submit twice', async () => {
    let finish!: () => void;
    const signIn = vi.fn<SignInFn>(() => new Promise<void>((resolve) => (finish = resolve)));
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm signIn={signIn} onSignedIn={onSignedIn} />);
    const user = await fillAndSubmit('admin@nikist.demo', 'demo-password-2026');

    const pendingButton = await screen.findByRole('button', { name: 'Signing in…' });
    expect(pendingButton).toBeDisabled();
    expect(screen.getByLabelText('Email')).toBeDisabled();
    expect(screen.getByLabelText('Password')).toBeDisabled();
    await user.click(pendingButton);
    expect(signIn).toHaveBeenCalledOnce();
    expect(signIn).toHaveBeenCalledWith({ email: 'admin@nikist.demo', password: 'demo-password-2026' });

    finish();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for missing and malformed values next to the fields without calling the server', async () => {
    const signIn = vi.fn<SignInFn>();
    renderWithProviders(<SignInForm signIn={signIn} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(signIn).not.toHaveBeenCalled();
  });
});
