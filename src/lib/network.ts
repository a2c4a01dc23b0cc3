// The app's fetch for supabase-js: the same fetch, plus a handle on the writes under way so that
// "Try again" on a save that waits for the network can abort the stuck request and send it again
// (see src/components/network-wait.tsx). Reads are left alone: queries retry by themselves.

const writes = new Set<AbortController>();
let userRetries = 0;

const isWrite = (method: string | undefined) => !!method && method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

export function trackedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // Only database writes (PostgREST); sign-in and token refreshes are never aborted.
  if (!isWrite(init?.method) || !urlOf(input).includes('/rest/v1/')) return fetch(input, init);
  const ctrl = new AbortController();
  const outer = init?.signal;
  if (outer) {
    if (outer.aborted) ctrl.abort(outer.reason);
    else outer.addEventListener('abort', () => ctrl.abort(outer.reason), { once: true });
  }
  writes.add(ctrl);
  return fetch(input, { ...init, signal: ctrl.signal }).finally(() => writes.delete(ctrl));
}

/** Aborts every write still waiting for an answer; their mutations are then sent again (see isUserRetry). */
export function abortWaitingWrites(): number {
  const n = writes.size;
  userRetries = n;
  for (const c of [...writes]) c.abort(new DOMException('Sent again by the user', 'AbortError'));
  writes.clear();
  return n;
}

/**
 * Mutation retry rule: a save is sent again only when its request was aborted by "Try again";
 * any other failure is shown as it is (a write is never repeated behind the user's back).
 */
export function isUserRetry(error: unknown): boolean {
  if (userRetries <= 0) return false;
  const e = error as { name?: unknown; message?: unknown } | null;
  const text = `${typeof e?.name === 'string' ? e.name : ''} ${typeof e?.message === 'string' ? e.message : ''}`;
  if (!/abort/i.test(text)) return false;
  userRetries -= 1;
  return true;
}
