// Limits that keep one request from stalling the stack, as on a hosted project: per-role statement
// timeouts (anon 3 s, authenticated 8 s, lock wait 8 s) answered as PostgREST answers 57014 (500),
// PostgREST's max_rows on every node of a read, bounded embedding depth and response rows, 413 for
// oversized bodies, 400 for deeply nested JSON, and regex errors that read the same on both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, startTestStack, type TestStack } from './helpers/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ limits: { maxRows: 1000, maxDepth: 4, maxTotalRows: 2000 } });
});
afterAll(async () => {
  await stack?.close();
});

describe('per-role settings', () => {
  it('each request runs with its role\'s statement_timeout and the lock_timeout of authenticator', async () => {
    const anon = await stack.anon().rpc('current_limits');
    expect(anon.data).toEqual({ statement_timeout: '3s', lock_timeout: '8s' });
    const user = await (await stack.signedIn('alice')).rpc('current_limits');
    expect(user.data).toEqual({ statement_timeout: '8s', lock_timeout: '8s' });
    const service = await stack.service().rpc('current_limits');
    expect(service.data).toEqual({ statement_timeout: '8s', lock_timeout: '8s' });
  });

  it('a read that runs past the anon timeout is cancelled: 500 with 57014, and the stack answers the next request', async () => {
    const r = await stack.anon().from('many_numbers').select('n').eq('n', -1);
    expect(r.status).toBe(500);
    expect(r.error).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    const next = await stack.anon().from('books').select('id').limit(1);
    expect(next.error).toBeNull();
  }, 30_000);
});

describe('rows and depth', () => {
  it('max_rows caps the root and every embedded array, as PostgREST\'s db-max-rows', async () => {
    const root = await stack.anon().from('leaves').select('id', { count: 'exact' });
    expect(root.data).toHaveLength(1000);
    expect(root.count).toBe(3000);
    expect(root.status).toBe(206);
    const few = await stack.anon().from('leaves').select('id').limit(5);
    expect(few.data).toHaveLength(5);
    const embedded = await stack.anon().from('tree').select('id, leaves(id)').eq('id', 2).single();
    expect(embedded.data!.leaves).toHaveLength(1000);
  });

  it('a response over the row budget is refused (54000 → 500) instead of built', async () => {
    const r = await stack.anon().from('tree').select('id, leaves(id)');
    expect(r.status).toBe(500);
    expect(r.error).toMatchObject({ code: '54000', message: 'The response would hold more than 2000 rows' });
  });

  it('embeddings nest at most 4 levels', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `id, c:tree!parent_id(${nest(n - 1)})`);
    const ok = await stack.anon().from('tree').select(nest(4)).eq('id', 1).single();
    expect(ok.error).toBeNull();
    expect(ok.data).toEqual({ id: 1, c: [{ id: 2, c: [{ id: 3, c: [{ id: 4, c: [{ id: 5 }] }] }] }] });
    const deep = await stack.anon().from('tree').select(nest(5)).eq('id', 1);
    expect(deep.status).toBe(400);
    expect(deep.error?.code).toBe('PGRST100');
  });
});

describe('bodies', () => {
  it('a body over the limit gets 413, not a connection reset', async () => {
    const big = JSON.stringify({ message: 'x'.repeat(11 * 1024 * 1024) });
    const r = await raw(stack.url, '/rest/v1/rpc/echo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(r.status).toBe(413);
    expect(await r.json()).toEqual({ message: 'Request size limit exceeded' });
    const c = await stack.anon().rpc('echo', { message: 'x'.repeat(11 * 1024 * 1024) });
    expect(c.status).toBe(413);
  });

  it('deeply nested JSON arguments get 400 PGRST102, not a stack overflow', async () => {
    const text = `{"doc":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await raw(stack.url, '/rest/v1/rpc/jsonb_keys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: 'PGRST102' });
    const auth = await raw(stack.url, '/auth/v1/token?grant_type=password', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    expect(auth.status).toBe(400);
    const fine = await stack.anon().rpc('jsonb_keys', { doc: { a: [[[[1]]]], b: 2 } });
    expect(fine.data).toEqual(['a', 'b']);
  });
});

describe('regular expressions', () => {
  it('an invalid pattern in match/imatch is 400 with 2201B on both drivers', async () => {
    const r = await stack.anon().from('books').select('id').filter('title', 'match', '(');
    expect(r.status).toBe(400);
    expect(r.error?.code).toBe('2201B');
    expect(r.error?.message).toMatch(/^invalid regular expression: parentheses \(\) not balanced/);
    const ok = await stack.anon().from('books').select('id').filter('title', 'imatch', '^the');
    expect(ok.error).toBeNull();
  });
});
