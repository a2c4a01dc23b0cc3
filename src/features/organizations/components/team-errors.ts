import { toUserError, type UserError } from '@/lib/errors';
import type { TFunction } from '@/lib/i18n';

/** A refusal of the team functions in the person's language where we know the reason. */
export function teamError(t: TFunction, error: unknown): UserError {
  const u = toUserError(error);
  if (u.hint === 'last_admin') return { ...u, message: t('team.error.lastAdmin') };
  if (u.hint === 'already_member') return { ...u, field: 'email', message: t('team.error.alreadyMember') };
  if (u.hint === 'expired') return { ...u, message: t('accept.expired') };
  if (u.hint === 'revoked') return { ...u, message: t('accept.revoked') };
  return u;
}
