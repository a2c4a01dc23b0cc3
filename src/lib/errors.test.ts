import { describe, expect, it } from 'vitest';
import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import { MESSAGES, toUserError } from './errors';

describe('toUserError', () => {
  it('shows the sentence a database function raised and maps field hints to the field', () => {
    const e = toUserError({ code: '22023', message: 'Cash received cannot exceed the offer amount.', details: null, hint: 'field:cash_received' });
    expect(e).toEqual({ message: 'Cash received cannot exceed the offer amount.', code: '22023', hint: 'field:cash_received', field: 'cash_received' });
  });

  it('keeps reason keys of conflicts for the caller', () => {
    const e = toUserError({ code: 'PT409', message: 'Another specialist already completed this call.', details: null, hint: 'already_completed' });
    expect(e.message).toBe('Another specialist already completed this call.');
    expect(e.hint).toBe('already_completed');
    expect(e.field).toBeUndefined();
  });

  it('maps wrong credentials from the auth server', () => {
    expect(toUserError(new AuthApiError('Invalid login credentials', 400, 'invalid_credentials')).message).toBe('Wrong email or password.');
    // Older auth servers send no code.
    expect(toUserError(new AuthApiError('Invalid login credentials', 400, undefined)).message).toBe('Wrong email or password.');
  });

  it('maps network failures from fetch, postgrest-js and auth-js', () => {
    expect(toUserError(new TypeError('Failed to fetch')).message).toBe(MESSAGES.network);
    expect(toUserError({ message: 'TypeError: Failed to fetch', details: '', hint: '', code: '' }).message).toBe(MESSAGES.network);
    expect(toUserError(new AuthRetryableFetchError('Failed to fetch', 0)).message).toBe(MESSAGES.network);
    expect(toUserError({ name: 'FunctionsFetchError', message: 'Failed to send a request to the Edge Function' }).message).toBe(MESSAGES.network);
    expect(MESSAGES.network).toBe("Can't reach the server. Check your connection and try again.");
  });

  it('maps an expired or invalid token to signing in again', () => {
    expect(toUserError({ code: 'PGRST303', message: 'JWT expired', details: null, hint: null }).message).toBe('Your session has expired. Please sign in again.');
    expect(toUserError({ code: 'PGRST301', message: 'JWSError', details: null, hint: null }).message).toBe(MESSAGES.sessionExpired);
    expect(toUserError({ status: 401, message: 'Unauthorized' }).message).toBe(MESSAGES.sessionExpired);
  });

  it('maps a refused privilege without showing SQL', () => {
    const e = toUserError({ code: '42501', message: 'permission denied for table call_appointments', details: null, hint: null });
    expect(e.message).toBe("You don't have permission to do that.");
    expect(e.message).not.toMatch(/call_appointments/);
  });

  it('never shows raw SQL or constraint names', () => {
    const check = toUserError({
      code: '23514',
      message: 'new row for relation "cohort_students" violates check constraint "cohort_students_status_check"',
      details: 'Failing row contains (...)',
      hint: null,
    });
    expect(check.message).toBe(MESSAGES.invalid);
    const unique = toUserError({ code: '23505', message: 'duplicate key value violates unique constraint "x_key"', details: null, hint: null });
    expect(unique.message).toBe(MESSAGES.conflict);
    const syntax = toUserError({ code: '42601', message: 'syntax error at or near "selec"', details: null, hint: null });
    expect(syntax.message).toBe(MESSAGES.unknown);
    // Even with a readable code, a technical message is not shown.
    const technical = toUserError({ code: 'PT409', message: 'function public.claim_call_request(uuid) does not exist', details: null, hint: null });
    expect(technical.message).toBe(MESSAGES.conflict);
  });

  it('falls back to a general sentence for anything unknown', () => {
    expect(toUserError(undefined).message).toBe(MESSAGES.unknown);
    expect(toUserError(42).message).toBe(MESSAGES.unknown);
    expect(toUserError(new Error('Cannot read properties of undefined')).message).toBe(MESSAGES.unknown);
    expect(toUserError({ status: 503, message: 'Service Unavailable' }).message).toBe(MESSAGES.server);
  });
});
