// JWT signing and verification (HS256 only, through jose), shared by Auth and the REST API.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/**
 * Clock skew allowed on `exp`, `nbf` and `iat`, as PostgREST's allowedSkewSeconds (30 s): a token
 * expired less than 30 s ago is still accepted, one issued more than 30 s in the future is not.
 */
export const clockSkewSeconds = 30;

/** Roles a token may select, as on a Supabase project (PostgREST switches to them). */
export const apiRoles = new Set(['anon', 'authenticated', 'service_role']);

/** @param {string} secret */
export function secretKey(secret) {
  return new TextEncoder().encode(secret);
}

/**
 * Signs `claims` (which carry their own iat/exp) with HS256.
 * @param {Record<string, unknown>} claims
 * @param {Uint8Array} key
 */
export function signToken(claims, key) {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

/**
 * Verifies an HS256 token. Returns `{ claims }` or `{ error, expired }` (never throws): `alg: none`,
 * other algorithms, bad signatures, malformed tokens and expired tokens are all refused.
 * @param {string} token
 * @param {Uint8Array} key
 * @returns {Promise<{ claims: Record<string, any> } | { error: string, expired: boolean }>}
 */
export async function verifyToken(token, key) {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], clockTolerance: clockSkewSeconds });
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + clockSkewSeconds) {
      return { error: 'JWT issued at future', expired: false };
    }
    return { claims: payload };
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) return { error: 'JWT expired', expired: true };
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return { error: 'JWSError JWSInvalidSignature', expired: false };
    if (e instanceof joseErrors.JOSEAlgNotAllowed) return { error: 'JWSError JWSNoSignatures', expired: false };
    if (e instanceof joseErrors.JWTClaimValidationFailed) return { error: `JWT claim validation failed: ${e.message}`, expired: false };
    return { error: `Invalid JWT: ${e.message}`, expired: false };
  }
}

/**
 * `verifyToken` with a bounded cache of tokens already verified (the same few tokens arrive on
 * every request); expiry is still checked on each use.
 * @param {Uint8Array} key
 * @param {number} [max]
 */
export function cachedVerifier(key, max = 1000) {
  /** @type {Map<string, { claims: Record<string, any> }>} */
  const verified = new Map();
  return async (/** @type {string} */ token) => {
    const hit = verified.get(token);
    if (hit && (typeof hit.claims.exp !== 'number' || hit.claims.exp + clockSkewSeconds >= Date.now() / 1000)) return hit;
    const v = await verifyToken(token, key);
    if ('claims' in v) {
      if (verified.size >= max) verified.clear();
      verified.set(token, v);
    }
    return v;
  };
}
