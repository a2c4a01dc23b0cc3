// Component tests: the network stubbed at the HTTP layer with MSW (the real supabase client and
// its fetch run; only the answers are made up). Only for *.test.tsx files.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { http, HttpResponse, type JsonBodyType } from 'msw';
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

// Handlers that speak PostgREST and GoTrue per endpoint, recording what the app sent (`requests`).
export type SentRequest = { method: string; path: string; query: string; body: unknown };
export type Reply = { status?: number; body: JsonBodyType; headers?: Record<string, string> };
type Resolver = (body: unknown, request: SentRequest) => Reply | Promise<Reply>;

export const requests: SentRequest[] = [];

/** Starts the MSW server for this test file (as useStubNetwork) and clears `requests` after each test. */
export function setupNetwork() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
}

/** A 200 answer with `body` as JSON. */
export const ok = (body: JsonBodyType): Reply => ({ status: 200, body });

/** A PostgREST error answer for a function's `raise exception ... using errcode, hint` (docs/api.md). */
export const dbError = (status: number, code: string, message: string, hint: string | null = null, details: string | null = null): Reply => ({
  status,
  body: { code, message, hint, details },
});

function answer(resolve: Resolver) {
  return async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const sent: SentRequest = { method: request.method, path: url.pathname, query: url.search, body: text ? JSON.parse(text) : null };
    requests.push(sent);
    const reply = await resolve(sent.body, sent);
    return HttpResponse.json(reply.body, { status: reply.status ?? 200, headers: reply.headers });
  };
}

/** `POST /rest/v1/rpc/<fn>` (supabase.rpc). */
export const rpc = (fn: string, resolve: Resolver) => http.post(`*/rest/v1/rpc/${fn}`, answer(resolve));

/** Any method on `/rest/v1/<table>` (supabase.from(table)...). */
export const table = (name: string, resolve: Resolver) => http.all(`*/rest/v1/${name}`, answer(resolve));

/** Any method on `/auth/v1/<path>` (supabase.auth...). */
export const auth = (path: string, resolve: Resolver) => http.all(`*/auth/v1/${path}`, answer(resolve));

/** What the app sent to `path` (e.g. '/rest/v1/rpc/claim_call_request'), in order. */
export const sentTo = (path: string) => requests.filter((r) => r.path === path).map((r) => ({ path: r.path, body: r.body }));

/** Every request to `path` (e.g. '/auth/v1/token') fails as when the network is down. */
export const unreachable = (path: string) => http.all(`*${path}`, () => HttpResponse.error());
