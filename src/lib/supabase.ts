import { AuthClient } from '@supabase/auth-js';
import { PostgrestClient } from '@supabase/postgrest-js';
import type { FunctionInvokeOptions } from '@supabase/functions-js';
import type { Database } from '@/types/database.types';
import { env } from './env';
import { trackedFetch } from './network';

// The one typed client, built from the two parts every screen needs: Auth and the database
// (PostgREST), as supabase-js builds them (same URLs, headers, session storage key). Realtime is
// loaded with the page that listens (src/lib/realtime.ts), Edge Functions on the first invoke;
// no Storage client (issue 16: the first load before the sign-in page fits a phone).
// The app does not know whether it talks to the local stack or a project.

const base = new URL(env.supabaseUrl.endsWith('/') ? env.supabaseUrl : `${env.supabaseUrl}/`);
const anonKey = env.supabaseAnonKey;

const auth = new AuthClient({
  url: new URL('auth/v1', base).href,
  headers: { Authorization: `Bearer ${anonKey}`, apikey: anonKey },
  storageKey: `sb-${base.hostname.split('.')[0]}-auth-token`,
  persistSession: true,
  autoRefreshToken: true,
  detectSessionInUrl: false,
  fetch: trackedFetch,
});

/** The signed-in person's access token, else the anon key (as supabase-js sends it). */
export async function accessToken(): Promise<string> {
  const { data } = await auth.getSession();
  return data.session?.access_token ?? anonKey;
}

/** fetch with the API key and the caller's token, for the database and functions clients. */
async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  if (!headers.has('apikey')) headers.set('apikey', anonKey);
  if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${await accessToken()}`);
  return trackedFetch(input, { ...init, headers });
}

const rest = new PostgrestClient<Database>(new URL('rest/v1', base).href, { fetch: fetchWithAuth });

export const supabase = {
  auth,
  from: rest.from.bind(rest) as typeof rest.from,
  rpc: rest.rpc.bind(rest) as typeof rest.rpc,
  schema: rest.schema.bind(rest) as typeof rest.schema,
  functions: {
    /** supabase.functions.invoke, with the functions client loaded on first use. */
    async invoke<T = unknown>(name: string, options?: FunctionInvokeOptions) {
      const { FunctionsClient } = await import('@supabase/functions-js');
      return new FunctionsClient(new URL('functions/v1', base).href, { customFetch: fetchWithAuth }).invoke<T>(name, options);
    },
  },
};

/** Where Realtime connects (src/lib/realtime.ts). */
export const supabaseEndpoint = { url: base.href, anonKey };

export type SupabaseClient = typeof supabase;
