// invite-member: an admin invites a person by email to their organization with staff roles.
//
// The only place the service key is used for the team: the browser calls this function with the
// admin's session; the function
//   1. asks the database, AS THE CALLER, whether this invitation may be sent
//      (public.invitation_precheck: admin of that organization, valid email and roles, not
//      already a member), so nobody but an admin can make Supabase Auth send an email;
//   2. asks Supabase Auth (admin API, service key) to send the invitation email, whose link ends
//      on the app's accept page (redirect_to: <app origin>/accept-invitation);
//   3. records the pending invitation with public.record_invitation (service_role only).
// A person who already has an account (a confirmed user, e.g. a member of another organization)
// gets no email from Auth (it refuses to invite a confirmed user): the invitation is recorded and
// they accept it on the accept page after signing in (the answer says existing_user: true).
// Resending is calling this again for the same email: Auth sends a new link, the database renews
// the invitation's expiry.
//
// Body: { organization_id, email, roles: string[], redirect_to?: string }.
// Answers: 200 { invitation, existing_user, email_sent }; database refusals keep their HTTP status
// and { code, message, hint } (403 not an admin, 409 already a member, 400 bad email or roles).
import { createClient } from 'npm:@supabase/supabase-js@2.109.0';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type, x-idempotency-key',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...corsHeaders, 'Content-Type': 'application/json' } });
}

function env(name: string): string {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The accept page: the redirect the app asked for, else the site's (Auth checks its allow list). */
function acceptPage(asked: unknown, req: Request): string | undefined {
  if (typeof asked === 'string' && /^https?:\/\//.test(asked) && asked.length <= 2000) return asked;
  const origin = req.headers.get('origin');
  return origin ? `${origin}/accept-invitation` : undefined;
}

Deno.serve(async (req) => {
  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
  if (req.method !== 'POST') return json(405, { code: 'method_not_allowed', message: 'Use POST.' });

  const authorization = req.headers.get('Authorization') ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!token) return json(401, { code: 'not_signed_in', message: 'Sign in to invite people.' });

  let body: Record<string, unknown>;
  try {
    const parsed: unknown = await req.json();
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    return json(400, { code: 'bad_json', message: 'The request body must be a JSON object.' });
  }

  const url = env('SUPABASE_URL');
  const options = { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } };
  const asCaller = createClient(url, env('SUPABASE_ANON_KEY'), { ...options, global: { headers: { Authorization: `Bearer ${token}` } } });
  const asService = createClient(url, env('SUPABASE_SERVICE_ROLE_KEY'), options);

  // Who calls (a valid, current session; Auth checks it).
  const { data: who, error: whoError } = await asCaller.auth.getUser(token);
  if (whoError || !who.user) return json(401, { code: 'not_signed_in', message: 'Your session has ended. Sign in again.' });

  // 1. May this admin send this invitation? (as the caller: RLS and the role check apply)
  const pre = await asCaller.rpc('invitation_precheck', {
    p_organization_id: typeof body.organization_id === 'string' ? body.organization_id : '',
    p_email: typeof body.email === 'string' ? body.email : '',
    p_roles: Array.isArray(body.roles) ? body.roles : [],
  });
  if (pre.error) return json(pre.status || 400, { code: pre.error.code, message: pre.error.message, hint: pre.error.hint });
  const checked = pre.data as { organization_id: string; organization_name: string; email: string; roles: string[] };

  // 2. Supabase Auth sends the invitation email (or refuses: the person already has an account).
  let authUserId: string | null = null;
  let existingUser = false;
  const invited = await asService.auth.admin.inviteUserByEmail(checked.email, {
    redirectTo: acceptPage(body.redirect_to, req),
    data: { invited_to: checked.organization_name },
  });
  if (invited.error) {
    if (invited.error.code === 'email_exists' || invited.error.status === 422) existingUser = true;
    else {
      console.error('invite-member: Auth refused the invitation', invited.error.status, invited.error.message);
      return json(502, { code: 'invite_not_sent', message: `The invitation email could not be sent (${invited.error.message}). Try again later.` });
    }
  } else {
    authUserId = invited.data.user?.id ?? null;
  }

  // 3. The pending invitation (service_role only), on behalf of the checked admin.
  const recorded = await asService.rpc('record_invitation', {
    p_organization_id: checked.organization_id,
    p_email: checked.email,
    p_roles: checked.roles,
    p_invited_by: who.user.id,
    p_auth_user_id: authUserId,
  });
  if (recorded.error) return json(recorded.status || 400, { code: recorded.error.code, message: recorded.error.message, hint: recorded.error.hint });

  return json(200, { invitation: recorded.data, existing_user: existingUser, email_sent: !existingUser });
});
