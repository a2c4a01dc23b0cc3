import { createClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database.types';
import { env } from './env';
import { trackedFetch } from './network';

/** The one typed client. The app does not know whether it talks to the local stack or a project. */
export const supabase = createClient<Database>(env.supabaseUrl, env.supabaseAnonKey, {
  auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
  global: { fetch: trackedFetch },
});

export type SupabaseClient = typeof supabase;
