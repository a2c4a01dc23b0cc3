// The well-known keys of `supabase start` (Supabase CLI local development): the JWT secret and the
// anon / service_role API keys signed with it. Public on purpose; never use them on a hosted project.

/** HS256 secret of Supabase's local development stack. */
export const jwtSecret = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** `{ iss: 'supabase-demo', role: 'anon', exp: 1983812996 }` signed with `jwtSecret`. */
export const anonKey =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

/** `{ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 }` signed with `jwtSecret`. */
export const serviceRoleKey =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
