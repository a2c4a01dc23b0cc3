// `/auth/v1`: the part of Supabase Auth (GoTrue v2) this app uses: email + password sign-in,
// refresh-token rotation, the current user and sign-out, with GoTrue's answers and error shapes.
// Sign-up is disabled (people are invited). Users, sessions and refresh tokens live in the
// `auth` schema created by platform.sql, so seed data and the database see the same users.
import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { ApiError } from './errors.mjs';
import { jsonTooDeep, readBody, sendJson, send } from './http.mjs';
import { signToken, verifyToken } from './jwt.mjs';
import { configNumber } from './limits.mjs';
import { newPasswordProblem } from './passwords.mjs';
import { createMailbox } from './mailbox.mjs';

export const accessTokenLifetime = 3600;

/** Compared against when the email is unknown, so both failures take as long. */
const dummyHash = bcrypt.hashSync('local-supabase-dummy-password', 10);

/** GoTrue features the local stack refuses clearly instead of pretending. */
const unsupported = {
  otp: 'One-time passwords and magic links',
  magiclink: 'Magic links',
  recover: 'Password recovery emails',
  verify: 'Email verification links other than invitations',
  resend: 'Resending confirmation emails',
  authorize: 'OAuth sign-in',
  callback: 'OAuth sign-in',
  sso: 'SSO sign-in',
  saml: 'SAML sign-in',
  factors: 'Multi-factor authentication (MFA)',
  reauthenticate: 'Reauthentication',
  invite: 'Invitations other than POST /invite',
  admin: 'The Auth admin API (except POST /admin/users and generate_link for invitations)',
  identities: 'Identity linking',
  oauth: 'OAuth server',
};

/**
 * A GoTrue error. Clients sending `X-Supabase-Api-Version: 2024-01-01` (supabase-js does) get
 * `{ code, message }` and the header echoed; older clients get `{ code: <status>, error_code, msg }`.
 */
function authError(req, status, errorCode, message) {
  const version = String(req.headers['x-supabase-api-version'] ?? '');
  if (version >= '2024-01-01') {
    return new ApiError(status, { code: errorCode, message }, { 'X-Supabase-Api-Version': '2024-01-01' });
  }
  return new ApiError(status, { code: status, error_code: errorCode, msg: message }, { 'X-Sb-Error-Code': errorCode });
}

const userColumns = `id, email, encrypted_password, banned_until > now() as banned, email_confirmed_at is not null or phone_confirmed_at is not null as confirmed,
  json_build_object('id', id, 'aud', coalesce(aud, ''), 'role', coalesce(role, ''), 'email', coalesce(email, ''),
    'email_confirmed_at', email_confirmed_at, 'phone', coalesce(phone, ''), 'confirmation_sent_at', confirmation_sent_at,
    'confirmed_at', coalesce(email_confirmed_at, phone_confirmed_at), 'last_sign_in_at', last_sign_in_at,
    'app_metadata', coalesce(raw_app_meta_data, '{}'::jsonb), 'user_metadata', coalesce(raw_user_meta_data, '{}'::jsonb),
    'identities', '[]'::json, 'created_at', created_at, 'updated_at', updated_at, 'is_anonymous', is_anonymous)::text as json`;

/**
 * Throws GoTrue's answer when `password` may not be set as a new password (over 72 bytes, shorter
 * than minimum_password_length); every endpoint that sets a password calls it before hashing.
 * @param {import('node:http').IncomingMessage} req
 * @param {unknown} password
 */
export function checkNewPassword(req, password) {
  const problem = newPasswordProblem(password);
  if (!problem) return;
  const e = authError(req, problem.status, problem.code, problem.message);
  if (problem.weak_password) e.body.weak_password = problem.weak_password;
  throw e;
}

/** GoTrue's user JSON (fields GoTrue omits when empty are dropped when null). */
function userJson(row) {
  const u = JSON.parse(row.json);
  const omitted = new Set(['email_confirmed_at', 'confirmation_sent_at', 'confirmed_at', 'last_sign_in_at']);
  return Object.fromEntries(Object.entries(u).filter(([k, v]) => !(omitted.has(k) && v === null)));
}

/** GoTrue's `refresh_token_reuse_interval` and `[auth.rate_limit] sign_in_sign_ups` (config.toml). */
const reuseIntervalSeconds = configNumber('auth', 'refresh_token_reuse_interval') ?? 10;

/**
 * @typedef {{ signInRateLimit?: { max: number, windowMs: number } | null }} AuthOptions
 *   signInRateLimit: failed password sign-ins allowed per client address and window (GoTrue's
 *   sign_in_sign_ups, 30 per 5 minutes by default); null turns it off
 */

/**
 * @param {{ db: import('./db.mjs').Database, key: Uint8Array, mailbox?: ReturnType<typeof createMailbox> } & AuthOptions} deps
 *   mailbox: where the emails the local Auth sends end up (the development mailbox page)
 */
export function createAuthHandler({ db, key, mailbox = createMailbox(), signInRateLimit = { max: configNumber('auth.rate_limit', 'sign_in_sign_ups') ?? 30, windowMs: 5 * 60_000 } }) {
  /** Failed sign-ins per client address: timestamps (ms) inside the window. */
  /** @type {Map<string, number[]>} */
  const failures = new Map();
  const clientAddress = (req) => String(req.socket?.remoteAddress ?? 'unknown');
  function recentFailures(req) {
    if (!signInRateLimit) return [];
    const since = Date.now() - signInRateLimit.windowMs;
    const list = (failures.get(clientAddress(req)) ?? []).filter((t) => t > since);
    failures.set(clientAddress(req), list);
    return list;
  }
  /**
   * Counts a password sign-in attempt BEFORE the password is checked (else parallel attempts all
   * pass the check before the first failure is counted): 429 once the address has used its budget.
   * Returns a function that gives the attempt back when it succeeds (only failures count).
   */
  function takeAttempt(req) {
    if (!signInRateLimit) return () => {};
    if (failures.size > 10_000) failures.clear();
    const list = recentFailures(req);
    if (list.length >= signInRateLimit.max) throw authError(req, 429, 'over_request_rate_limit', 'Request rate limit reached');
    const at = Date.now();
    list.push(at);
    return () => {
      const current = failures.get(clientAddress(req));
      const i = current ? current.indexOf(at) : -1;
      if (i >= 0) current.splice(i, 1);
    };
  }

  /** Signs an access token for `user` in session `sessionId`, with Supabase Auth's claims. */
  async function accessToken(req, user, sessionId, signedInAt, method = 'password') {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: user.aud || 'authenticated',
      exp: now + accessTokenLifetime,
      iat: now,
      iss: `http://${req.headers.host ?? '127.0.0.1'}/auth/v1`,
      sub: user.id,
      email: user.email,
      phone: user.phone ?? '',
      app_metadata: user.app_metadata,
      user_metadata: user.user_metadata,
      role: user.role || 'authenticated',
      aal: 'aal1',
      amr: [{ method, timestamp: signedInAt }],
      session_id: sessionId,
      is_anonymous: Boolean(user.is_anonymous),
    };
    return { token: await signToken(claims, key), expiresAt: claims.exp };
  }

  /** Stores a new refresh token for the session and builds GoTrue's session response. */
  async function sessionResponse(req, tx, userRow, sessionId, signedInAt, parent, existingRefreshToken, method = 'password') {
    const refreshToken = existingRefreshToken ?? crypto.randomBytes(16).toString('base64url');
    if (!existingRefreshToken) {
      await tx.query(
        `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
         values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
        [refreshToken, userRow.id, parent, sessionId],
      );
    }
    const user = userJson(userRow);
    const { token, expiresAt } = await accessToken(req, user, sessionId, signedInAt, method);
    return { access_token: token, token_type: 'bearer', expires_in: accessTokenLifetime, expires_at: expiresAt, refresh_token: refreshToken, user, weak_password: null };
  }

  async function passwordGrant(req, body) {
    if (typeof body.phone === 'string' && body.phone !== '' && !body.email) throw new ApiError(501, { code: 'not_implemented', message: 'Phone sign-in is not supported by the local Supabase stack' });
    if (typeof body.email !== 'string' || body.email === '') throw authError(req, 400, 'validation_failed', 'missing email or phone');
    const giveBack = takeAttempt(req);
    const password = typeof body.password === 'string' ? body.password : '';
    const found = await db.query(
      `select ${userColumns} from auth.users where lower(email) = lower($1) and is_sso_user = false and deleted_at is null`,
      [body.email.trim()],
    );
    const row = found.rows[0];
    const hash = row?.encrypted_password || dummyHash;
    const ok = (await bcrypt.compare(password, hash)) && Boolean(row?.encrypted_password);
    if (!ok) throw authError(req, 400, 'invalid_credentials', 'Invalid login credentials');
    giveBack();
    if (!row.confirmed) throw authError(req, 400, 'email_not_confirmed', 'Email not confirmed');
    if (row.banned) throw authError(req, 400, 'user_banned', 'User is banned');
    return db.transaction(async (tx) => {
      const sessionId = crypto.randomUUID();
      await tx.query(`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values ($1, $2, now(), now(), 'aal1')`, [sessionId, row.id]);
      const updated = (await tx.query(`update auth.users set last_sign_in_at = now() where id = $1 returning ${userColumns}`, [row.id])).rows[0];
      return sessionResponse(req, tx, updated, sessionId, Math.floor(Date.now() / 1000), null);
    });
  }

  async function refreshGrant(req, body) {
    if (typeof body.refresh_token !== 'string' || body.refresh_token === '') throw authError(req, 400, 'validation_failed', 'Refresh Token is missing');
    // Single use: the token is revoked as it is exchanged. Presenting a revoked token again means it
    // leaked or was replayed; as GoTrue does, the whole session's tokens are then revoked.
    const outcome = await db.transaction(async (tx) => {
      const found = await tx.query(
        `select rt.id, rt.revoked, rt.session_id, extract(epoch from s.created_at)::bigint as signed_in_at,
           rt.updated_at > now() - make_interval(secs => $2) as within_reuse
         from auth.refresh_tokens rt join auth.sessions s on s.id = rt.session_id
         where rt.token = $1 for update of rt`,
        [body.refresh_token, reuseIntervalSeconds],
      );
      const rt = found.rows[0];
      if (!rt) return { error: ['refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'] };
      if (rt.revoked && rt.within_reuse) {
        // GoTrue's reuse interval: a token exchanged moments ago (another tab refreshing at the same
        // time) gets the session's current refresh token again instead of revoking the session.
        const child = (await tx.query(`select token from auth.refresh_tokens where parent = $1 and revoked = false order by id desc limit 1`, [body.refresh_token])).rows[0];
        if (child) {
          const user = (await tx.query(`select ${userColumns} from auth.users u where id = (select user_id from auth.sessions where id = $1) and deleted_at is null`, [rt.session_id])).rows[0];
          if (!user) return { error: ['user_not_found', 'User not found'] };
          if (user.banned) return { error: ['user_banned', 'User is banned'] };
          return { session: await sessionResponse(req, tx, user, rt.session_id, Number(rt.signed_in_at), body.refresh_token, child.token) };
        }
      }
      if (rt.revoked) {
        await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1`, [rt.session_id]);
        return { error: ['refresh_token_already_used', 'Invalid Refresh Token: Already Used'] };
      }
      const user = (await tx.query(`select ${userColumns} from auth.users u where id = (select user_id from auth.sessions where id = $1) and deleted_at is null`, [rt.session_id])).rows[0];
      if (!user) return { error: ['user_not_found', 'User not found'] };
      if (user.banned) return { error: ['user_banned', 'User is banned'] };
      await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1`, [rt.id]);
      await tx.query(`update auth.sessions set updated_at = now() where id = $1`, [rt.session_id]);
      return { session: await sessionResponse(req, tx, user, rt.session_id, Number(rt.signed_in_at), body.refresh_token) };
    });
    if (outcome.error) throw authError(req, 400, outcome.error[0], outcome.error[1]);
    return outcome.session;
  }

  /**
   * The user and session of the request's bearer token, as GoTrue's requireAuthentication checks
   * them (valid signature and expiry, existing session and user).
   */
  async function authenticatedUser(req) {
    const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!m) throw authError(req, 401, 'no_authorization', 'This endpoint requires a valid Bearer token');
    const v = await verifyToken(m[1], key);
    if ('error' in v) {
      const reason = v.expired ? 'token has invalid claims: token is expired' : 'signature is invalid';
      throw authError(req, 403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${reason}`);
    }
    const { sub, session_id: sessionId } = v.claims;
    if (typeof sub !== 'string' || sub === '') throw authError(req, 403, 'bad_jwt', 'invalid claim: missing sub claim');
    if (sessionId !== undefined) {
      const s = await db.query('select 1 from auth.sessions where id = $1', [String(sessionId)]).catch(() => ({ rows: [] }));
      if (s.rows.length === 0) throw authError(req, 403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    }
    const u = await db.query(`select ${userColumns} from auth.users where id::text = $1 and deleted_at is null`, [sub]);
    if (u.rows.length === 0) throw authError(req, 403, 'user_not_found', 'User from sub claim in JWT does not exist');
    return { user: u.rows[0], sessionId: sessionId === undefined ? null : String(sessionId) };
  }

  /**
   * `PUT /user` as GoTrue for what this app sends: a new password (bcrypt, other sessions signed
   * out as GoTrue does) and/or `data` (user_metadata). Email and phone changes need mail or SMS.
   */
  async function updateUser(req) {
    const { user, sessionId } = await authenticatedUser(req);
    const body = await jsonBody(req);
    if (body.email !== undefined || body.phone !== undefined) {
      throw new ApiError(501, { code: 'not_implemented', message: 'Changing the email or phone is not supported by the local Supabase stack' });
    }
    if (body.nonce !== undefined) throw new ApiError(501, { code: 'not_implemented', message: 'Reauthentication nonces are not supported by the local Supabase stack' });
    if (body.data !== undefined && (body.data === null || typeof body.data !== 'object' || Array.isArray(body.data))) {
      throw authError(req, 400, 'validation_failed', 'Could not parse request body as JSON');
    }
    return db.transaction(async (tx) => {
      if (body.password !== undefined) {
        checkNewPassword(req, body.password);
        if (user.encrypted_password && (await bcrypt.compare(body.password, user.encrypted_password))) {
          throw authError(req, 422, 'same_password', 'New password should be different from the old password.');
        }
        const hash = await bcrypt.hash(body.password, 10);
        await tx.query(`update auth.users set encrypted_password = $2, updated_at = now() where id = $1`, [user.id, hash]);
        await tx.query(`delete from auth.sessions where user_id = $1 and id is distinct from $2`, [user.id, sessionId]);
      }
      if (body.data !== undefined) {
        await tx.query(`update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $2::jsonb, updated_at = now() where id = $1`, [user.id, JSON.stringify(body.data)]);
      }
      return userJson((await tx.query(`select ${userColumns} from auth.users where id = $1`, [user.id])).rows[0]);
    });
  }

  async function logout(req, url) {
    const { user, sessionId } = await authenticatedUser(req);
    const scope = url.searchParams.get('scope') ?? 'global';
    // Deleting a session deletes its refresh tokens (foreign key on delete cascade).
    if (scope === 'global') await db.query('delete from auth.sessions where user_id = $1', [user.id]);
    else if (scope === 'local') await db.query('delete from auth.sessions where id = $1', [sessionId]);
    else if (scope === 'others') await db.query('delete from auth.sessions where user_id = $1 and id is distinct from $2', [user.id, sessionId]);
    else throw authError(req, 400, 'validation_failed', `Unsupported logout scope "${scope}"`);
  }

  // ---- POST /admin/users (Auth admin API: create a user), service_role bearer only --------------
  // What scripts/create-first-admin.mjs sends: email, password, email_confirm, user_metadata,
  // app_metadata. GoTrue's answers: 401 without a bearer, 403 not_admin for any other role, 422
  // email_exists / weak_password, 400 validation_failed; 200 with the user (and its email identity).
  async function adminCreateUser(req) {
    const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!m) throw authError(req, 401, 'no_authorization', 'This endpoint requires a valid Bearer token');
    const v = await verifyToken(m[1], key);
    if ('error' in v) throw authError(req, 403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${v.expired ? 'token has invalid claims: token is expired' : 'signature is invalid'}`);
    if (v.claims.role !== 'service_role') throw authError(req, 403, 'not_admin', 'User not allowed');
    const body = await jsonBody(req);
    if (body.phone !== undefined && body.phone !== '') throw new ApiError(501, { code: 'not_implemented', message: 'Phone users are not supported by the local Supabase stack' });
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 255) throw authError(req, 400, 'validation_failed', 'Unable to validate email address: invalid format');
    const isObject = (x) => x === undefined || (x !== null && typeof x === 'object' && !Array.isArray(x));
    if (!isObject(body.user_metadata) || !isObject(body.app_metadata)) throw authError(req, 400, 'bad_json', 'Could not parse request body as JSON');
    let hash = null;
    if (body.password !== undefined && body.password !== null) {
      checkNewPassword(req, body.password); // over 72 bytes (bcrypt), shorter than the minimum
      hash = await bcrypt.hash(body.password, 10);
    }
    const appMetadata = { ...(body.app_metadata ?? {}), provider: 'email', providers: ['email'] };
    return db.transaction(async (tx) => {
      const taken = await tx.query('select 1 from auth.users where lower(email) = $1 and is_sso_user = false', [email]);
      if (taken.rows.length > 0) throw authError(req, 422, 'email_exists', 'A user with this email address has already been registered');
      const id = crypto.randomUUID();
      const row = (
        await tx.query(
          `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
             created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change)
           values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3, case when $4 then now() end, $5::jsonb, $6::jsonb,
             now(), now(), '', '', '', '')
           returning ${userColumns}`,
          [id, email, hash, body.email_confirm === true, JSON.stringify(appMetadata), JSON.stringify(body.user_metadata ?? {})],
        )
      ).rows[0];
      await tx.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
         values ($1::text, $4::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text, 'email_verified', $3::boolean, 'phone_verified', false), 'email', now(), now())`,
        [id, email, body.email_confirm === true, id],
      );
      return userJson(row);
    });
  }
  // ---- end POST /admin/users -------------------------------------------------------------------

  // ---- Invitations (issue 15): the Auth admin API's invite and generate_link (type invite), and
  // the email link's /verify, as GoTrue does them for what supabase-js sends:
  //   auth.admin.inviteUserByEmail(email, { data, redirectTo }) -> POST /invite?redirect_to=…  { email, data }
  //   auth.admin.generateLink({ type: 'invite', email, options }) -> POST /admin/generate_link?redirect_to=…
  //   the link in the email                                  -> GET /verify?token=<hash>&type=invite&redirect_to=…
  //     303 to redirect_to#access_token=…&expires_at=…&expires_in=…&refresh_token=…&token_type=bearer&type=invite
  //   auth.verifyOtp({ type: 'invite', token_hash })          -> POST /verify { type, token_hash } -> session
  // The invitation email goes to the development mailbox (mailbox.mjs) instead of leaving the machine.

  /** GoTrue's `[auth.email] otp_expiry`: how long an email link stays valid (seconds). */
  const otpExpirySeconds = configNumber('auth.email', 'otp_expiry') ?? 86400;

  /** The admin API needs a service_role token (GoTrue: `User not allowed`, 403 not_admin). */
  async function requireServiceRole(req) {
    const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
    const v = m ? await verifyToken(m[1], key) : null;
    if (!v || 'error' in v || v.claims.role !== 'service_role') throw authError(req, 403, 'not_admin', 'User not allowed');
  }

  /**
   * Where an email link may send the person: the redirect asked for when it is on this host or on
   * a loopback host (the local `additional_redirect_urls`), else the site (this origin), as GoTrue
   * falls back to site_url for a redirect outside its allow list.
   */
  function redirectFor(req, asked) {
    const site = `http://${req.headers.host ?? '127.0.0.1'}`;
    if (typeof asked !== 'string' || asked === '') return site;
    try {
      const u = new URL(asked);
      const host = new URL(site).hostname;
      if ((u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === host || ['127.0.0.1', 'localhost'].includes(u.hostname))) return u.href;
    } catch {
      /* not a URL: the site */
    }
    return site;
  }

  function validEmail(req, email) {
    const e = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (e === '' || e.length > 255 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) throw authError(req, 400, 'validation_failed', 'Unable to validate email address: invalid format');
    return e;
  }

  /**
   * Creates the invited user (or takes the existing unconfirmed one) with a new confirmation
   * token: GoTrue's hash of email + one-time code. A confirmed user cannot be invited (422).
   */
  async function inviteUser(req, email, data) {
    if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) throw authError(req, 400, 'bad_json', 'Could not read Invite params');
    const otp = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const tokenHash = crypto.createHash('sha224').update(email + otp).digest('hex');
    const row = await db.transaction(async (tx) => {
      const found = (await tx.query(`select ${userColumns} from auth.users where lower(email) = $1 and is_sso_user = false and deleted_at is null for update`, [email])).rows[0];
      if (found?.confirmed) return null;
      if (found) {
        return (await tx.query(
          `update auth.users set confirmation_token = $2, confirmation_sent_at = now(), invited_at = now(), updated_at = now(),
             raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $3::jsonb where id = $1 returning ${userColumns}`,
          [found.id, tokenHash, JSON.stringify(data ?? {})],
        )).rows[0];
      }
      const created = (await tx.query(
        `insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, invited_at, confirmation_token,
           confirmation_sent_at, created_at, updated_at, recovery_token, email_change_token_new, email_change)
         values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
           '{"provider":"email","providers":["email"]}', $2::jsonb, now(), $3, now(), now(), now(), '', '', '')
         returning ${userColumns}`,
        [email, JSON.stringify(data ?? {}), tokenHash],
      )).rows[0];
      await tx.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
         values ($1::text, $1::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text, 'email_verified', false, 'phone_verified', false), 'email', now(), now())`,
        [created.id, email],
      );
      return created;
    });
    if (!row) throw authError(req, 422, 'email_exists', 'A user with this email address has already been registered');
    return { row, otp, tokenHash };
  }

  function verifyLink(req, tokenHash, type, redirectTo) {
    const base = `http://${req.headers.host ?? '127.0.0.1'}/auth/v1/verify`;
    return `${base}?${new URLSearchParams({ token: tokenHash, type, redirect_to: redirectTo })}`;
  }

  async function invite(req, url) {
    await requireServiceRole(req);
    const body = await jsonBody(req);
    const email = validEmail(req, body.email);
    const { row, otp, tokenHash } = await inviteUser(req, email, body.data);
    const link = verifyLink(req, tokenHash, 'invite', redirectFor(req, url.searchParams.get('redirect_to')));
    const site = `http://${req.headers.host ?? '127.0.0.1'}`;
    const invitedTo = typeof body.data?.invited_to === 'string' ? body.data.invited_to : null;
    const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
    mailbox.deliver({
      to: email,
      from: 'Local Supabase Auth <noreply@local.supabase>',
      subject: 'You have been invited',
      text: `You have been invited to create a user on ${site}${invitedTo ? ` (${invitedTo})` : ''}. Follow this link to accept the invite: ${link}\nAlternatively, enter the code: ${otp}`,
      html: `<h2>You have been invited</h2><p>You have been invited to create a user on ${escape(site)}${invitedTo ? ` to join <strong>${escape(invitedTo)}</strong>` : ''}. Follow this link to accept the invite:</p><p><a href="${escape(link)}">Accept the invite</a></p><p>Alternatively, enter the code: ${otp}</p>`,
    });
    return userJson(row);
  }

  async function generateLink(req, url) {
    await requireServiceRole(req);
    const body = await jsonBody(req);
    if (body.type !== 'invite') {
      throw new ApiError(501, { code: 'not_implemented', message: `Generating ${typeof body.type === 'string' ? body.type : 'these'} links is not supported by the local Supabase stack (only type invite)` });
    }
    const email = validEmail(req, body.email);
    const { row, otp, tokenHash } = await inviteUser(req, email, body.data);
    const redirectTo = redirectFor(req, url.searchParams.get('redirect_to') ?? body.redirect_to);
    return { ...userJson(row), action_link: verifyLink(req, tokenHash, 'invite', redirectTo), email_otp: otp, hashed_token: tokenHash, redirect_to: redirectTo, verification_type: 'invite' };
  }

  /** Confirms the user of an invite/signup token and signs them in; null when invalid or expired. */
  async function redeemToken(req, type, tokenHash) {
    if (typeof tokenHash !== 'string' || tokenHash === '') return null;
    return db.transaction(async (tx) => {
      const row = (await tx.query(
        `select ${userColumns} from auth.users where confirmation_token = $1 and deleted_at is null
           and coalesce(confirmation_sent_at, invited_at) > now() - make_interval(secs => $2) for update`,
        [tokenHash, otpExpirySeconds],
      )).rows[0];
      if (!row) return null;
      if (row.banned) throw authError(req, 403, 'user_banned', 'User is banned');
      const sessionId = crypto.randomUUID();
      await tx.query(`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values ($1, $2, now(), now(), 'aal1')`, [sessionId, row.id]);
      const updated = (await tx.query(
        `update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()), confirmation_token = '', last_sign_in_at = now(), updated_at = now()
         where id = $1 returning ${userColumns}`,
        [row.id],
      )).rows[0];
      await tx.query(`update auth.identities set identity_data = identity_data || '{"email_verified": true}'::jsonb, last_sign_in_at = now() where user_id = $1 and provider = 'email'`, [row.id]);
      return sessionResponse(req, tx, updated, sessionId, Math.floor(Date.now() / 1000), null, undefined, type === 'invite' ? 'invite' : 'otp');
    });
  }

  const linkTypes = new Set(['invite', 'signup']);

  /** GET /verify: the link in the email. Always a redirect, with the session or the error in the fragment. */
  async function verifyRedirect(req, res, url) {
    const type = url.searchParams.get('type') ?? '';
    const redirectTo = redirectFor(req, url.searchParams.get('redirect_to'));
    const target = new URL(redirectTo);
    let fragment;
    if (!linkTypes.has(type)) {
      fragment = new URLSearchParams({ error: 'invalid_request', error_code: 'validation_failed', error_description: `Verify requires a verification type the local stack supports (invite, signup), not "${type}"` });
    } else {
      const session = await redeemToken(req, type, url.searchParams.get('token'));
      fragment = session
        ? new URLSearchParams({ access_token: session.access_token, expires_at: String(session.expires_at), expires_in: String(session.expires_in), refresh_token: session.refresh_token, token_type: 'bearer', type })
        : new URLSearchParams({ error: 'access_denied', error_code: 'otp_expired', error_description: 'Email link is invalid or has expired' });
    }
    target.hash = fragment.toString();
    res.writeHead(303, { Location: target.href, 'Cache-Control': 'no-store' });
    res.end();
  }

  /** POST /verify { type, token_hash }: auth.verifyOtp with a token hash; the session as JSON. */
  async function verifyPost(req) {
    const body = await jsonBody(req);
    if (!linkTypes.has(body.type)) throw new ApiError(501, { code: 'not_implemented', message: 'Only invite and signup token hashes can be verified by the local Supabase stack' });
    if (body.token !== undefined && body.token_hash === undefined) throw new ApiError(501, { code: 'not_implemented', message: 'Verifying an emailed code (not a token hash) is not supported by the local Supabase stack' });
    const session = await redeemToken(req, body.type, body.token_hash);
    if (!session) throw authError(req, 403, 'otp_expired', 'Token has expired or is invalid');
    return session;
  }

  async function jsonBody(req) {
    const text = await readBody(req);
    if (text.trim() === '') return {};
    if (jsonTooDeep(text)) throw authError(req, 400, 'bad_json', 'Could not parse request body as JSON');
    try {
      const v = JSON.parse(text);
      if (v && typeof v === 'object' && !Array.isArray(v)) return v;
    } catch {
      /* answered below */
    }
    throw authError(req, 400, 'bad_json', 'Could not parse request body as JSON');
  }

  /**
   * Handles one `/auth/v1/...` request.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  return async function handleAuth(req, res, url) {
    const route = url.pathname.replace(/^\/auth\/v1\/?/, '').replace(/\/$/, '');
    const method = req.method ?? 'GET';
    const versionHeader = String(req.headers['x-supabase-api-version'] ?? '') >= '2024-01-01' ? { 'X-Supabase-Api-Version': '2024-01-01' } : {};
    if (route === 'token' && method === 'POST') {
      const grant = url.searchParams.get('grant_type');
      const body = await jsonBody(req);
      if (grant === 'password') return sendJson(req, res, 200, await passwordGrant(req, body), versionHeader);
      if (grant === 'refresh_token') return sendJson(req, res, 200, await refreshGrant(req, body), versionHeader);
      if (grant === 'pkce' || grant === 'id_token' || grant === 'web3') {
        throw new ApiError(501, { code: 'not_implemented', message: `OAuth / ${grant} sign-in is not supported by the local Supabase stack` });
      }
      throw authError(req, 400, 'validation_failed', 'unsupported_grant_type');
    }
    if (route === 'user' && method === 'GET') {
      const { user } = await authenticatedUser(req);
      return sendJson(req, res, 200, userJson(user), versionHeader);
    }
    if (route === 'user' && method === 'PUT') {
      return sendJson(req, res, 200, await updateUser(req), versionHeader);
    }
    if (route === 'logout' && method === 'POST') {
      await logout(req, url);
      return send(req, res, 204, null, versionHeader);
    }
    if (route === 'admin/users' && method === 'POST') return sendJson(req, res, 200, await adminCreateUser(req), versionHeader);
    if (route === 'invite' && method === 'POST') return sendJson(req, res, 200, await invite(req, url), versionHeader);
    if (route === 'admin/generate_link' && method === 'POST') return sendJson(req, res, 200, await generateLink(req, url), versionHeader);
    if (route === 'verify' && method === 'GET') return verifyRedirect(req, res, url);
    if (route === 'verify' && method === 'POST') return sendJson(req, res, 200, await verifyPost(req), versionHeader);
    if (route === 'signup' && method === 'POST') throw authError(req, 422, 'signup_disabled', 'Signups not allowed for this instance');
    if (route === 'settings' && method === 'GET') {
      return sendJson(req, res, 200, {
        external: { email: true, phone: false, anonymous_users: false },
        disable_signup: true,
        mailer_autoconfirm: false,
        phone_autoconfirm: false,
        sms_provider: '',
        saml_enabled: false,
      });
    }
    if (route === 'health' && method === 'GET') {
      return sendJson(req, res, 200, { version: 'local', name: 'GoTrue', description: 'Local Supabase stack: the Auth subset this app uses' });
    }
    const feature = unsupported[route.split('/')[0]];
    if (feature) throw new ApiError(501, { code: 'not_implemented', message: `${feature} is not supported by the local Supabase stack` });
    throw authError(req, 404, 'not_found', `Not found: ${method} /auth/v1/${route}`);
  };
}
