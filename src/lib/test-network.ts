// Component tests stub the network, and only the network: the real supabase-js client and React
// Query talk to an MSW server (msw/node) that answers the REST, rpc and Auth endpoints the way
// PostgREST and GoTrue do. `setupNetwork()` starts it for a test file; `rpc`, `table` and `auth`
// build handlers; `requests` lists what the app sent (method, path, query, JSON body).
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type SentRequest = { method: string; path: string; query: string; body: unknown };
export type Reply = { status?: number; body: JsonBodyType; headers?: Record<string, string> };
type Resolver = (body: unknown, request: SentRequest) => Reply | Promise<Reply>;

export const server = setupServer();
export const requests: SentRequest[] = [];

/** Starts the MSW server for this test file; a request no handler answers fails the test. */
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
