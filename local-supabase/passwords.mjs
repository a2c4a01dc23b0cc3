// Password rules of Supabase Auth (GoTrue) for a NEW password, shared by every endpoint that sets
// one (sign-up, PUT /user, the Auth admin API). GoTrue's checkPasswordStrength refuses a password
// longer than 72 bytes (bcrypt ignores the rest, so two passwords sharing their first 72 bytes would
// both sign in) with 400 validation_failed "Password cannot be longer than 72 characters" (Go's
// len: bytes, not characters), before the minimum length, which is 422 weak_password.
import { configNumber } from './limits.mjs';

/** bcrypt's input limit, in UTF-8 bytes (GoTrue's MaxPasswordLength). */
export const maxPasswordBytes = 72;
/** `[auth] minimum_password_length` of supabase/config.toml (GoTrue's default 6). */
export const minimumPasswordLength = configNumber('auth', 'minimum_password_length') ?? 6;

/**
 * Why GoTrue would refuse `password` as a new password, or null when it is acceptable.
 * @param {unknown} password
 * @returns {{ status: number, code: string, message: string, weak_password?: { reasons: string[] } } | null}
 */
export function newPasswordProblem(password) {
  if (typeof password !== 'string') return { status: 400, code: 'validation_failed', message: 'Could not parse request body as JSON' };
  if (Buffer.byteLength(password, 'utf8') > maxPasswordBytes) {
    return { status: 400, code: 'validation_failed', message: `Password cannot be longer than ${maxPasswordBytes} characters` };
  }
  if ([...password].length < minimumPasswordLength) {
    return { status: 422, code: 'weak_password', message: `Password should be at least ${minimumPasswordLength} characters.`, weak_password: { reasons: ['length'] } };
  }
  return null;
}
