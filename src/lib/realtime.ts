import { RealtimeClient } from '@supabase/realtime-js';
import { accessToken, supabase, supabaseEndpoint } from './supabase';

// Supabase Realtime, loaded only by the screens that listen (dynamic import), never in the first
// load. One socket for the app, authorised with the signed-in person's token as supabase-js does.
let client: RealtimeClient | null = null;

export function realtimeClient(): RealtimeClient {
  if (client) return client;
  const url = new URL('realtime/v1', supabaseEndpoint.url);
  url.protocol = url.protocol.replace('http', 'ws');
  const c = new RealtimeClient(url.href, { params: { apikey: supabaseEndpoint.anonKey }, accessToken });
  supabase.auth.onAuthStateChange((event, session) => {
    if (event === 'SIGNED_IN' || event === 'TOKEN_REFRESHED') void c.setAuth(session?.access_token ?? null);
    else if (event === 'SIGNED_OUT') void c.setAuth();
  });
  client = c;
  return c;
}
