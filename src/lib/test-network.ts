// Component tests: the network stubbed at the HTTP layer with MSW (the real supabase client and
// its fetch run; only the answers are made up). Only for *.test.tsx files.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const server = setupServer();

/** Starts the stub server for the test file; an unexpected request fails the test. */
export function useStubNetwork() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export type RpcCall = { fn: string; args: Record<string, unknown> };
/** A PostgREST answer: the function's result, or an error as PostgREST writes it. */
export type RpcAnswer = { data: unknown } | { error: { code: string; message: string; hint?: string | null; details?: string | null }; status?: number };

/**
 * Answers POST /rest/v1/rpc/<fn> with `answer(fn, args)` (may wait); returns the list of calls
 * made, in order, to assert on.
 */
export function stubRpc(answer: (fn: string, args: Record<string, unknown>) => RpcAnswer | Promise<RpcAnswer>): RpcCall[] {
  const calls: RpcCall[] = [];
  server.use(
    http.post('*/rest/v1/rpc/:fn', async ({ params, request }) => {
      const fn = String(params.fn);
      const args = (await request.json().catch(() => ({}))) as Record<string, unknown>;
      calls.push({ fn, args });
      const a = await answer(fn, args);
      if ('error' in a) return HttpResponse.json({ hint: null, details: null, ...a.error }, { status: a.status ?? 400 });
      return HttpResponse.json(a.data as never);
    }),
  );
  return calls;
}

/**
 * Answers GET /rest/v1/<table> with `rows` (one object when the client asks for one row, as
 * .single() / .maybeSingle() do).
 */
export function stubTable(table: string, rows: readonly Record<string, unknown>[]) {
  server.use(
    http.get(`*/rest/v1/${table}`, ({ request }) => {
      const one = (request.headers.get('accept') ?? '').includes('vnd.pgrst.object');
      if (one) return rows[0] ? HttpResponse.json(rows[0]) : HttpResponse.json({ code: 'PGRST116', message: 'no rows', hint: null, details: null }, { status: 406 });
      return HttpResponse.json(rows as never, { headers: { 'content-range': `0-${Math.max(rows.length - 1, 0)}/${rows.length}` } });
    }),
  );
}
