// SQLSTATE → HTTP status as PostgREST maps them (mapSQLtoHTTP in PostgREST's src/PostgREST/Error.hs,
// the "HTTP Status Codes" table of its errors reference), raised by a function through the stack and
// read back through supabase-js, which hands the app the status and the error body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusForSqlState } from '../errors.mjs';
import { raw, startTestStack, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rows: false });
});
afterAll(async () => {
  await stack?.close();
});

// [SQLSTATE, message, status for an authenticated request]
const table: [string, string, number][] = [
  ['08006', 'connection failure', 503],
  ['09000', 'triggered action', 500],
  ['0L000', 'invalid grantor', 403],
  ['0P000', 'invalid role specification', 403],
  ['21000', 'more than one row returned by a subquery used as an expression', 500],
  ['21000', 'UPDATE requires a WHERE clause', 400],
  ['22023', 'invalid parameter value', 400],
  ['22023', 'role "ghost" does not exist', 401],
  ['22P02', 'invalid input syntax', 400],
  ['23502', 'not null', 400],
  ['23503', 'foreign key', 409],
  ['23505', 'unique', 409],
  ['23514', 'check', 400],
  ['25006', 'read-only transaction', 405],
  ['25P02', 'in failed transaction', 500],
  ['28000', 'invalid authorization', 403],
  ['2D000', 'invalid transaction termination', 500],
  ['38000', 'external routine', 500],
  ['39000', 'external routine invocation', 500],
  ['3B000', 'savepoint', 500],
  ['40001', 'could not serialize access', 500],
  ['40P01', 'deadlock detected', 500],
  ['42501', 'permission denied', 403],
  ['42883', 'function nope() does not exist', 404],
  ['42883', 'function xmlagg(text) does not exist', 406],
  ['42P01', 'relation does not exist', 404],
  ['42P17', 'infinite recursion detected in policy', 500],
  ['53100', 'disk full', 503],
  ['53400', 'configuration limit exceeded', 500],
  ['54000', 'program limit exceeded', 500],
  ['54001', 'stack depth limit exceeded', 500],
  ['55P03', 'lock not available', 500],
  ['57014', 'canceling statement due to statement timeout', 500],
  ['57P01', 'terminating connection due to administrator command', 503],
  ['58030', 'io error', 500],
  ['F0000', 'config file error', 500],
  ['HV000', 'fdw error', 500],
  ['P0001', 'raised', 400],
  ['P0002', 'no data found', 500],
  ['XX000', 'internal error', 500],
  ['PT409', 'custom conflict', 409],
  ['PT418', 'teapot', 418],
  ['22012', 'division by zero', 400],
];

describe('SQLSTATE → HTTP status, as PostgREST', () => {
  it.each(table)('%s (%s) → %i through supabase-js', async (code, message, status) => {
    const c = await stack.signedIn('alice');
    const r = await c.rpc('raise_sqlstate', { p_code: code, p_message: message });
    expect(r.status).toBe(status);
    expect(r.error).toMatchObject({ code, message });
  });

  it('42501 is 401 for anon (with WWW-Authenticate: Bearer), 403 for a signed-in user', async () => {
    const anon = await raw(stack.url, '/rest/v1/rpc/raise_sqlstate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ p_code: '42501', p_message: 'permission denied' }) });
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toBe('Bearer');
    expect(statusForSqlState('42501', 'authenticated')).toBe(403);
    expect(statusForSqlState('42501', 'service_role')).toBe(403);
  });

  it('RAISE SQLSTATE \'PGRST\' gives the function full control of status, body and headers', async () => {
    const c = await stack.signedIn('alice');
    const ok = await c.rpc('raise_sqlstate', {
      p_code: 'PGRST',
      p_message: JSON.stringify({ code: '123', message: 'Payment required', details: 'd', hint: 'h' }),
      p_detail: JSON.stringify({ status: 402, headers: { 'X-Powered-By': 'Nerds' } }),
    });
    expect(ok.status).toBe(402);
    expect(ok.error).toMatchObject({ code: '123', message: 'Payment required', details: 'd', hint: 'h' });
    const bad = await c.rpc('raise_sqlstate', { p_code: 'PGRST', p_message: 'not json' });
    expect(bad.status).toBe(500);
    expect(bad.error?.code).toBe('PGRST121');
  });
});
