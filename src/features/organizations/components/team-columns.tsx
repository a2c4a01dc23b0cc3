import type { TFunction } from '@/lib/i18n';
import { MEMBERSHIP_ROLE_LABELS, labelOf, type Locale } from '@/domain/labels';
import { formatDate, formatDateTime } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import type { PendingInvitation, TeamMember } from '../api/get-team';

type Base = { t: TFunction; locale: Locale; timezone: string };

export type MemberColumnContext = Base & {
  userId: string | undefined;
  onRoles: (m: TeamMember) => void;
  onRemove: (m: TeamMember) => void;
};

/** The team's members, one column model (table, phone cards, CSV). */
export function memberColumns({ t, locale, timezone, userId, onRoles, onRemove }: MemberColumnContext): Column<TeamMember>[] {
  const roles = (m: TeamMember) => m.roles.map((r) => labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)).join(', ');
  return [
    {
      id: 'name',
      header: t('team.members.name'),
      rowHeader: true,
      cell: (m) => (
        <>
          {m.name}
          {m.userId === userId ? <span className="muted"> ({t('team.members.you')})</span> : null}
        </>
      ),
      csv: (m) => m.name,
    },
    { id: 'email', header: t('team.members.email'), cell: (m) => m.email ?? '—', csv: (m) => m.email },
    {
      id: 'roles',
      header: t('team.members.roles'),
      cell: (m) => (
        <span className="badge-list">
          {m.roles.map((r) => (
            <Badge key={r} tone={r === 'admin' ? 'info' : 'neutral'}>
              {labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)}
            </Badge>
          ))}
        </span>
      ),
      csv: roles,
    },
    { id: 'since', header: t('team.members.since'), priority: 'low', cell: (m) => formatDate(m.since, timezone, locale), csv: (m) => m.since },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (m) => (
        <>
          <button type="button" className="button small" onClick={() => onRoles(m)} aria-label={t('team.members.changeRolesOf', { name: m.name })}>
            {t('team.members.changeRoles')}
          </button>
          <button type="button" className="button small danger-outline" onClick={() => onRemove(m)} aria-label={t('team.members.removeOf', { name: m.name })}>
            {t('team.members.remove')}
          </button>
        </>
      ),
    },
  ];
}

export type InvitationColumnContext = Base & {
  /** The clock expiry is read against (useNow). */
  now: number;
  /** The invitation being re-sent, if any, and whether a resend is running. */
  resendingId: string | null;
  resendPending: boolean;
  onResend: (i: PendingInvitation) => void;
  onRevoke: (i: PendingInvitation) => void;
};

/** The team's pending invitations, one column model (table, phone cards, CSV). */
export function invitationColumns({ t, locale, timezone, now, resendingId, resendPending, onResend, onRevoke }: InvitationColumnContext): Column<PendingInvitation>[] {
  const roles = (i: PendingInvitation) => i.roles.map((r) => labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)).join(', ');
  return [
    { id: 'email', header: t('team.invitations.email'), rowHeader: true, cell: (i) => i.email, csv: (i) => i.email },
    { id: 'roles', header: t('team.invitations.roles'), cell: roles, csv: roles },
    {
      id: 'expires',
      header: t('team.invitations.expires'),
      cell: (i) => {
        const date = formatDate(i.expires_at, timezone, locale);
        return new Date(i.expires_at).getTime() <= now ? <Badge tone="warning">{t('team.invitations.expiredOn', { date })}</Badge> : t('team.invitations.expiresOn', { date });
      },
      csv: (i) => i.expires_at,
    },
    {
      id: 'sent',
      header: t('team.invitations.sent'),
      priority: 'low',
      cell: (i) => t('team.invitations.sentTimes', { count: i.sent_count, date: formatDateTime(i.last_sent_at, timezone, locale) }),
      csv: (i) => i.last_sent_at,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (i) => (
        <>
          <button type="button" className="button small" onClick={() => onResend(i)} disabled={resendPending} aria-label={t('team.invitations.resendOf', { email: i.email })}>
            {resendingId === i.id ? t('team.invite.sending') : t('team.invitations.resend')}
          </button>
          <button type="button" className="button small danger-outline" onClick={() => onRevoke(i)} aria-label={t('team.invitations.revokeOf', { email: i.email })}>
            {t('team.invitations.revoke')}
          </button>
        </>
      ),
    },
  ];
}
