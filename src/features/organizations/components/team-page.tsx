import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/data-table';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useToast } from '@/components/toast';
import { useAuth } from '@/lib/auth';
import { useCurrentOrg } from '@/lib/current-org';
import { useOrgFormat } from '@/lib/use-org-format';
import { useT } from '@/lib/i18n';
import { useNow } from '@/lib/use-now';
import { teamQueries, type PendingInvitation, type TeamMember } from '../api/get-team';
import { useInviteMember } from '../api/invite-member';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { InviteDialog } from './invite-dialog';
import { RemoveMemberDialog } from './remove-member-dialog';
import { RolesDialog } from './roles-dialog';
import { teamError } from './team-errors';
import { invitationColumns, memberColumns } from './team-columns';
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
  const { orgId, locale, timezone } = useOrgFormat();
  const { user } = useAuth();
  const members = useQuery(teamQueries.members(orgId));
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
        <DataTable
          columns={memberColumns({ t, locale, timezone, userId: user?.id, onRoles, onRemove })}
          rows={members.data}
          rowKey={(m) => m.userId}
          caption={t('team.members.caption')}
          actionsLabel={t('common.actions')}
          moreLabel={t('common.moreDetails')}
          busy={members.isFetching}
          tableClassName="team-members"
        />
      )}
    </section>
  );
}

function InvitationsTable({ onRevoke }: { onRevoke: (i: PendingInvitation) => void }) {
  const t = useT();
  const toast = useToast();
  const { orgId, locale, timezone } = useOrgFormat();
  const invitations = useQuery(teamQueries.invitations(orgId));
  const resend = useInviteMember(orgId);
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
        <DataTable
          columns={invitationColumns({ t, locale, timezone, now, resendingId: resending, resendPending: resend.isPending, onResend, onRevoke })}
          rows={invitations.data}
          rowKey={(i) => i.id}
          caption={t('team.invitations.caption')}
          actionsLabel={t('common.actions')}
          moreLabel={t('common.moreDetails')}
          busy={invitations.isFetching}
          tableClassName="team-invitations"
        />
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
