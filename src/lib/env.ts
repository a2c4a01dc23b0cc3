// Read once, validated once. VITE_SUPABASE_URL is optional: the local stack serves the Supabase
// API on the app's own origin (local-supabase/dev.mjs), a hosted project sets the URL.
// Checked by hand, not with zod: this module is in the entry chunk, before any screen (the
// first load stays small; zod comes with the pages that parse data).

function isUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * `realtime`: whether the backend offers Supabase Realtime. A real project (VITE_SUPABASE_URL set)
 * does; the local stack (no URL: the app's own origin) does not, and the app polls instead.
 * VITE_SUPABASE_REALTIME=true|false overrides.
 */
export type AppEnv = { supabaseUrl: string; supabaseAnonKey: string; realtime: boolean };

export type EnvResult = { ok: true; env: AppEnv } | { ok: false; problems: string[] };

export function parseEnv(raw: Record<string, unknown>, origin: string): EnvResult {
  const url = raw.VITE_SUPABASE_URL === '' ? undefined : raw.VITE_SUPABASE_URL;
  const key = raw.VITE_SUPABASE_ANON_KEY;
  const realtime = raw.VITE_SUPABASE_REALTIME === '' ? undefined : raw.VITE_SUPABASE_REALTIME;
  const problems: string[] = [];
  if (url !== undefined && (typeof url !== 'string' || !isUrl(url))) problems.push('VITE_SUPABASE_URL must be a URL such as https://xyz.supabase.co');
  if (typeof key !== 'string') problems.push('VITE_SUPABASE_ANON_KEY is missing');
  else if (key.length === 0) problems.push('VITE_SUPABASE_ANON_KEY is empty');
  if (realtime !== undefined && realtime !== 'true' && realtime !== 'false') problems.push('VITE_SUPABASE_REALTIME must be true or false');
  if (problems.length > 0 || typeof key !== 'string') return { ok: false, problems };
  return {
    ok: true,
    env: {
      supabaseUrl: typeof url === 'string' ? url : origin,
      supabaseAnonKey: key,
      realtime: realtime !== undefined ? realtime === 'true' : url !== undefined,
    },
  };
}

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

/** The validated environment, or the list of problems the error screen shows (src/main.tsx). */
export const envResult: EnvResult = parseEnv(import.meta.env, origin);

// The client still needs a value to be constructed when the env is invalid; main.tsx never
// renders the app in that case, so these placeholders are never used for a request.
export const env: AppEnv = envResult.ok ? envResult.env : { supabaseUrl: origin, supabaseAnonKey: 'missing', realtime: false };
