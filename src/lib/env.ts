import { z } from 'zod';

// Read once, validated once. VITE_SUPABASE_URL is optional: the local stack serves the Supabase
// API on the app's own origin (local-supabase/dev.mjs), a hosted project sets the URL.
const envSchema = z.object({
  VITE_SUPABASE_URL: z.url({ message: 'VITE_SUPABASE_URL must be a URL such as https://xyz.supabase.co' }).optional(),
  VITE_SUPABASE_ANON_KEY: z
    .string({ message: 'VITE_SUPABASE_ANON_KEY is missing' })
    .min(1, { message: 'VITE_SUPABASE_ANON_KEY is empty' }),
  VITE_SUPABASE_REALTIME: z.enum(['true', 'false'], { message: 'VITE_SUPABASE_REALTIME must be true or false' }).optional(),
});

/**
 * `realtime`: whether the backend offers Supabase Realtime. A real project (VITE_SUPABASE_URL set)
 * does; the local stack (no URL: the app's own origin) does not, and the app polls instead.
 * VITE_SUPABASE_REALTIME=true|false overrides.
 */
export type AppEnv = { supabaseUrl: string; supabaseAnonKey: string; realtime: boolean };

export type EnvResult = { ok: true; env: AppEnv } | { ok: false; problems: string[] };

export function parseEnv(raw: Record<string, unknown>, origin: string): EnvResult {
  const cleaned = {
    VITE_SUPABASE_URL: raw.VITE_SUPABASE_URL === '' ? undefined : raw.VITE_SUPABASE_URL,
    VITE_SUPABASE_ANON_KEY: raw.VITE_SUPABASE_ANON_KEY,
    VITE_SUPABASE_REALTIME: raw.VITE_SUPABASE_REALTIME === '' ? undefined : raw.VITE_SUPABASE_REALTIME,
  };
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  return {
    ok: true,
    env: {
      supabaseUrl: parsed.data.VITE_SUPABASE_URL ?? origin,
      supabaseAnonKey: parsed.data.VITE_SUPABASE_ANON_KEY,
      realtime: parsed.data.VITE_SUPABASE_REALTIME ? parsed.data.VITE_SUPABASE_REALTIME === 'true' : parsed.data.VITE_SUPABASE_URL !== undefined,
    },
  };
}

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

/** The validated environment, or the list of problems the error screen shows (src/main.tsx). */
export const envResult: EnvResult = parseEnv(import.meta.env, origin);

// The client still needs a value to be constructed when the env is invalid; main.tsx never
// renders the app in that case, so these placeholders are never used for a request.
export const env: AppEnv = envResult.ok ? envResult.env : { supabaseUrl: origin, supabaseAnonKey: 'missing', realtime: false };
