// The URL fragment Supabase Auth's /verify redirects to the accept page with (GoTrue's implicit
// flow): the session on success, error and error_code on failure.

/** The session an email link put in the URL fragment (#access_token=…&refresh_token=…), or its error. */
export function linkFragment(hash: string): { tokens: { access_token: string; refresh_token: string } | null; error: string | null } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const access_token = p.get('access_token');
  const refresh_token = p.get('refresh_token');
  return {
    tokens: access_token && refresh_token ? { access_token, refresh_token } : null,
    error: p.get('error_code') ?? p.get('error'),
  };
}
