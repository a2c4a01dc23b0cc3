// One place turns any failure into a sentence a person can act on. Raw SQL, constraint names and
// stack traces never reach the screen: only the readable messages our database functions raise on
// purpose (docs/api.md: 22023, PT403, PT404, PT409) are shown as they are.

export type UserError = {
  message: string;
  /** Form field the error belongs to (hint `field:<name>` from a database function). */
  field?: string;
  /** Postgres/PostgREST/auth error code, when there is one. */
  code?: string;
  /** Reason key (`stale_version`, `already_completed`, ...) or the raw `field:*` hint. */
  hint?: string;
};

export const MESSAGES = {
  network: "Can't reach the server. Check your connection and try again.",
  sessionExpired: 'Your session has expired. Please sign in again.',
  forbidden: "You don't have permission to do that.",
  notFound: "We couldn't find that. It may have been removed, or you may not have access to it.",
  conflict: 'Someone changed this at the same time. Reload and try again.',
  invalid: 'Some of the values are not valid. Check them and try again.',
  wrongPassword: 'Wrong email or password.',
  rateLimited: 'Too many attempts. Wait a minute and try again.',
  server: 'The server had a problem. Try again in a moment.',
  unknown: 'Something went wrong. Try again, and if it keeps happening, reload the page.',
} as const;

/** Codes our database functions raise with a sentence written for people. */
const READABLE_CODES = new Set(['22023', 'PT400', 'PT403', 'PT404', 'PT409', 'P0001']);

type Loose = { name?: unknown; message?: unknown; code?: unknown; hint?: unknown; status?: unknown; details?: unknown };

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function isNetworkFailure(e: Loose): boolean {
  const name = str(e.name) ?? '';
  const message = str(e.message) ?? '';
  if (name === 'AuthRetryableFetchError' || name === 'FunctionsFetchError') return true;
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return true;
  // postgrest-js reports a failed fetch as { message: 'TypeError: Failed to fetch', code: '' }.
  return /failed to fetch|networkerror|network request failed|load failed|fetch failed/i.test(message);
}

/** Looks like SQL or a stack trace: never shown. */
function looksTechnical(message: string): boolean {
  return /violates|constraint "|relation "|column "|syntax error|duplicate key|null value in|permission denied for|function [\w.]+\(|PGRST|\bSQL\b|\n\s+at\s/i.test(message);
}

export function toUserError(error: unknown): UserError {
  if (error === null || error === undefined) return { message: MESSAGES.unknown };
  if (typeof error === 'string') return { message: looksTechnical(error) ? MESSAGES.unknown : error };
  if (typeof error !== 'object') return { message: MESSAGES.unknown };

  const e = error as Loose;
  const code = str(e.code);
  const hint = str(e.hint);
  const message = str(e.message) ?? '';
  const status = typeof e.status === 'number' ? e.status : undefined;
  const withCode = <T extends UserError>(u: T): T => (code ? { ...u, code } : u);

  if (isNetworkFailure(e)) return withCode({ message: MESSAGES.network });

  // Auth (GoTrue) errors carry a machine code since 2024; older servers only a message.
  if (code === 'invalid_credentials' || /invalid login credentials/i.test(message)) {
    return { message: MESSAGES.wrongPassword, code: 'invalid_credentials' };
  }
  if (code === 'over_request_rate_limit' || code === 'over_email_send_rate_limit' || status === 429) {
    return withCode({ message: MESSAGES.rateLimited });
  }
  if (
    code === 'PGRST301' ||
    code === 'PGRST303' ||
    code === 'session_expired' ||
    code === 'session_not_found' ||
    code === 'refresh_token_not_found' ||
    code === 'bad_jwt' ||
    status === 401 ||
    /jwt expired|invalid jwt|refresh token/i.test(message)
  ) {
    return withCode({ message: MESSAGES.sessionExpired });
  }

  if (code && READABLE_CODES.has(code) && message && !looksTechnical(message)) {
    const u: UserError = { message, code };
    if (hint) {
      u.hint = hint;
      if (hint.startsWith('field:')) u.field = hint.slice('field:'.length);
    }
    return u;
  }

  if (code === '42501' || code === 'PT403' || status === 403) return withCode({ message: MESSAGES.forbidden, ...(hint ? { hint } : {}) });
  if (code === 'PT404' || code === 'PGRST116' || status === 404) return withCode({ message: MESSAGES.notFound, ...(hint ? { hint } : {}) });
  if (code === 'PT409' || code === '23505' || code === '40001' || status === 409) {
    return withCode({ message: MESSAGES.conflict, ...(hint ? { hint } : {}) });
  }
  if (code === '22023' || code?.startsWith('22') || code?.startsWith('23') || status === 400) {
    const u: UserError = withCode({ message: MESSAGES.invalid });
    if (hint) {
      u.hint = hint;
      if (hint.startsWith('field:')) u.field = hint.slice('field:'.length);
    }
    return u;
  }
  if (status !== undefined && status >= 500) return withCode({ message: MESSAGES.server });
  return withCode({ message: MESSAGES.unknown });
}

/** Who holds a call request and since when: the JSON DETAIL of a PT409 claimed_by_other refusal. */
export type ClaimHolder = { name: string | null; claimedAt: string };

export function claimHolderOf(error: unknown): ClaimHolder | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as Loose;
  if (str(e.hint) !== 'claimed_by_other') return null;
  const details = str(e.details);
  if (!details) return null;
  try {
    const d = JSON.parse(details) as { claimed_by_name?: unknown; claimed_at?: unknown };
    const at = str(d.claimed_at);
    if (!at || Number.isNaN(new Date(at).getTime())) return null;
    return { name: str(d.claimed_by_name) ?? null, claimedAt: at };
  } catch {
    return null;
  }
}
