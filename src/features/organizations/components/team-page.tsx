import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/badge';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useToast } from '@/components/toast';
import { formatDate, formatDateTime } from '@/domain/dates';
import { MEMBERSHIP_ROLE_LABELS, labelOf } from '@/domain/labels';
import { useAuth } from '@/lib/auth';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { useNow } from '@/lib/use-now';
import { teamQueries, type PendingInvitation, type TeamMember } from '../api/get-team';
import { useInviteMember } from '../api/invite-member';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { InviteDialog } from './invite-dialog';
import { RemoveMemberDialog } from './remove-member-dialog';
import { RolesDialog } from './roles-dialog';
import { teamError } from './team-errors';
import './organizations.css';

type Open = { kind: 'invite' } | { kind: 'roles'; member: TeamMember } | { kind: 'remove'; member: TeamMember } | { kind: 'revoke'; invitation: PendingInvitation } | null;

/** Members with their roles, pending invitations (resend, revoke, expiry) and the invite dialog. Admins only. */
export function TeamPage() {
  const t = useT();
  const { organization } = useCurrentOrg();
  const [open, setOpen] = useState<Open>(null);
  const navigate = useNavigate();
  return (
    <div className="stack team-page">
      <div className="page-header">
        <div>
          <h1>{t('team.title')}</h1>
          <p className="muted">{t('team.subtitle', { org: organization.name })}</p>
        </div>
        <button type="button" className="button primary" onClick={() => setOpen({ kind: 'invite' })}>
          {t('team.invite')}
        </button>
      </div>
      <MembersTable onRoles={(member) => setOpen({ kind: 'roles', member })} onRemove={(member) => setOpen({ kind: 'remove', member })} />
      <InvitationsTable onRevoke={(invitation) => setOpen({ kind: 'revoke', invitation })} />
      {open?.kind === 'invite' ? <InviteDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'roles' ? <RolesDialog member={open.member} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'remove' ? <RemoveDialogFor member={open.member} onClose={() => setOpen(null)} onRemovedSelf={() => navigate('/', { replace: true })} /> : null}
      {open?.kind === 'revoke' ? <RevokeDialog invitation={open.invitation} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function RemoveDialogFor({ member, onClose, onRemovedSelf }: { member: TeamMember; onClose: () => void; onRemovedSelf: () => void }) {
  const { user } = useAuth();
  return <RemoveMemberDialog member={member} isSelf={member.userId === user?.id} onClose={onClose} onRemovedSelf={onRemovedSelf} />;
}

function MembersTable({ onRoles, onRemove }: { onRoles: (m: TeamMember) => void; onRemove: (m: TeamMember) => void }) {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  const { user } = useAuth();
  const members = useQuery(teamQueries.members(organization.id));
  return (
    <section aria-labelledby="team-members-title" className="stack">
      <h2 id="team-members-title">{t('team.members.title')}</h2>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <EmptyState title={t('team.members.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table team-members">
            <caption className="visually-hidden">{t('team.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.members.name')}</th>
                <th scope="col">{t('team.members.email')}</th>
                <th scope="col">{t('team.members.roles')}</th>
                <th scope="col">{t('team.members.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">
                    {m.name}
                    {m.userId === user?.id ? <span className="muted"> ({t('team.members.you')})</span> : null}
                  </th>
                  <td data-label={t('team.members.email')}>{m.email ?? '—'}</td>
                  <td data-label={t('team.members.roles')}>
                    <span className="badge-list">
                      {m.roles.map((r) => (
                        <Badge key={r} tone={r === 'admin' ? 'info' : 'neutral'}>
                          {labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)}
                        </Badge>
                      ))}
                    </span>
                  </td>
                  <td data-label={t('team.members.since')}>{formatDate(m.since, organization.timezone, locale)}</td>
                  <td className="row-actions" data-label="">
                    <button type="button" className="button small" onClick={() => onRoles(m)} aria-label={t('team.members.changeRolesOf', { name: m.name })}>
                      {t('team.members.changeRoles')}
                    </button>
                    <button type="button" className="button small danger-outline" onClick={() => onRemove(m)} aria-label={t('team.members.removeOf', { name: m.name })}>
                      {t('team.members.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InvitationsTable({ onRevoke }: { onRevoke: (i: PendingInvitation) => void }) {
  const t = useT();
  const toast = useToast();
  const { organization, locale } = useCurrentOrg();
  const invitations = useQuery(teamQueries.invitations(organization.id));
  const resend = useInviteMember(organization.id);
  const [resending, setResending] = useState<string | null>(null);
  // Expiry is read against a clock that ticks each minute (render stays pure).
  const now = useNow(60_000);

  function onResend(i: PendingInvitation) {
    if (resend.isPending) return;
    setResending(i.id);
    resend.mutate(
      { email: i.email, roles: i.roles },
      {
        onSuccess: (answer) =>
          toast.success(answer.existing_user ? t('team.invite.existing', { email: i.email, url: `${window.location.origin}/accept-invitation` }) : t('team.invitations.resent', { email: i.email })),
        onError: (err) => toast.error(teamError(t, err).message),
        onSettled: () => setResending(null),
      },
    );
  }

  return (
    <section aria-labelledby="team-invitations-title" className="stack">
      <h2 id="team-invitations-title">{t('team.invitations.title')}</h2>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="muted">{t('team.invitations.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table team-invitations">
            <caption className="visually-hidden">{t('team.invitations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.invitations.email')}</th>
                <th scope="col">{t('team.invitations.roles')}</th>
                <th scope="col">{t('team.invitations.expires')}</th>
                <th scope="col">{t('team.invitations.sent')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((i) => {
                const expired = new Date(i.expires_at).getTime() <= now;
                const date = formatDate(i.expires_at, organization.timezone, locale);
                return (
                  <tr key={i.id}>
                    <th scope="row">{i.email}</th>
                    <td data-label={t('team.invitations.roles')}>{i.roles.map((r) => labelOf(MEMBERSHIP_ROLE_LABELS, locale, r)).join(', ')}</td>
                    <td data-label={t('team.invitations.expires')}>
                      {expired ? <Badge tone="warning">{t('team.invitations.expiredOn', { date })}</Badge> : t('team.invitations.expiresOn', { date })}
                    </td>
                    <td data-label={t('team.invitations.sent')}>{t('team.invitations.sentTimes', { count: i.sent_count, date: formatDateTime(i.last_sent_at, organization.timezone, locale) })}</td>
                    <td className="row-actions" data-label="">
                      <button type="button" className="button small" onClick={() => onResend(i)} disabled={resend.isPending} aria-label={t('team.invitations.resendOf', { email: i.email })}>
                        {resending === i.id ? t('team.invite.sending') : t('team.invitations.resend')}
                      </button>
                      <button type="button" className="button small danger-outline" onClick={() => onRevoke(i)} aria-label={t('team.invitations.revokeOf', { email: i.email })}>
                        {t('team.invitations.revoke')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RevokeDialog({ invitation, onClose }: { invitation: PendingInvitation; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const revoke = useRevokeInvitation(organization.id);
  return (
    <ConfirmDialog
      open
      danger
      title={t('team.invitations.revokeTitle')}
      message={t('team.invitations.revokeBody', { email: invitation.email, org: organization.name })}
      confirmLabel={t('team.invitations.revoke')}
      pending={revoke.isPending}
      onCancel={onClose}
      onConfirm={() =>
        revoke.mutate(invitation.id, {
          onSuccess: () => {
            toast.success(t('team.invitations.revoked', { email: invitation.email }));
            onClose();
          },
          onError: (err) => toast.error(teamError(t, err).message),
        })
      }
    />
  );
}
