// The app's fetch for supabase-js: the same fetch, plus a handle on the writes under way so that
// "Try again" on a save that waits for the network can abort the stuck request and send it again
// (see src/components/network-wait.tsx). Reads are left alone: queries retry by themselves.
//
// Every database write carries an `x-idempotency-key` header (a uuid). A request that did not get
// its answer (aborted by "Try again", or failed on the network) may still have been saved, so its
// key is kept: sending the same write again (same address and body) within ten minutes reuses it,
// and the database answers with the first save instead of saving twice
// (supabase/migrations/20261202130100_idempotent_writes.sql).

const IDEMPOTENCY_HEADER = 'x-idempotency-key';
const KEY_TTL_MS = 10 * 60_000;

type Write = { ctrl: AbortController; sig: string; key: string };
const writes = new Set<Write>();
/** Writes whose outcome is unknown: address + body → the key to send them again with. */
const unanswered = new Map<string, { key: string; at: number }>();
let userRetries = 0;

const isWrite = (method: string | undefined) => !!method && method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** A random uuid v4, also where crypto.randomUUID is missing (plain http on a LAN address). */
function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function keyFor(sig: string): string {
  const now = Date.now();
  for (const [s, v] of unanswered) if (now - v.at > KEY_TTL_MS) unanswered.delete(s);
  const kept = unanswered.get(sig);
  unanswered.delete(sig);
  return kept?.key ?? newRequestKey();
}

export function trackedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // Only database writes (PostgREST); sign-in and token refreshes are never aborted.
  if (!isWrite(init?.method) || !urlOf(input).includes('/rest/v1/')) return fetch(input, init);
  const sig = `${init?.method ?? ''} ${urlOf(input)}\n${typeof init?.body === 'string' ? init.body : ''}`;
  const key = keyFor(sig);
  const headers = new Headers(init?.headers);
  headers.set(IDEMPOTENCY_HEADER, key);
  const ctrl = new AbortController();
  const outer = init?.signal;
  if (outer) {
    if (outer.aborted) ctrl.abort(outer.reason);
    else outer.addEventListener('abort', () => ctrl.abort(outer.reason), { once: true });
  }
  const write: Write = { ctrl, sig, key };
  writes.add(write);
  return fetch(input, { ...init, headers, signal: ctrl.signal })
    .catch((e: unknown) => {
      // No answer: it may have been saved. The same write sent again keeps this key. (A write
      // aborted by "Try again" already handed its key to its resend: see abortWaitingWrites.)
      if (writes.has(write)) unanswered.set(sig, { key, at: Date.now() });
      throw e;
    })
    .finally(() => writes.delete(write));
}

/** Aborts every write still waiting for an answer; their mutations are then sent again (see isUserRetry). */
export function abortWaitingWrites(): number {
  const n = writes.size;
  userRetries = n;
  for (const w of [...writes]) {
    unanswered.set(w.sig, { key: w.key, at: Date.now() });
    w.ctrl.abort(new DOMException('Sent again by the user', 'AbortError'));
  }
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
