import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isUserRetry } from './network';

/** HTTP status of a Supabase/PostgREST/auth error, when it carries one. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; code?: unknown };
  if (typeof e.status === 'number') return e.status;
  // PostgREST codes: PT403/PT404/PT409 carry their HTTP status; 42501 is a 403; 22023/23514 a 400.
  if (typeof e.code === 'string') {
    const m = /^PT(\d{3})$/.exec(e.code);
    if (m) return Number(m[1]);
    if (e.code === '42501') return 403;
    if (e.code === 'PGRST301' || e.code === 'PGRST303') return 401;
    if (/^(22|23)/.test(e.code)) return 400;
    if (e.code.startsWith('PGRST')) return 400;
  }
  return undefined;
}

/** Retrying a 4xx repeats the same refusal; network and 5xx failures get two more tries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = errorStatus(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

/**
 * After an edit conflict (PT409: someone else changed the row first) every list on screen is
 * stale: refetch them so the person sees the current row before trying again.
 */
export function refetchAfterConflict(client: QueryClient, error: unknown): void {
  if (errorStatus(error) === 409) void client.invalidateQueries();
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({ onError: (error) => refetchAfterConflict(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
      },
      // Saves are sent once; "Try again" on a save waiting for the network sends it again
      // (src/components/network-wait.tsx). Offline, a save waits (networkMode online) and goes
      // out when the connection is back.
      mutations: { retry: (_count, error) => isUserRetry(error), retryDelay: 0, networkMode: 'online' },
    },
  });
  return client;
}
