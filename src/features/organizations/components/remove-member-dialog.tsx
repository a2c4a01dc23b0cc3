import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '@/components/dialog';
import { ErrorMessage } from '@/components/error-message';
import { FormMessage } from '@/components/form';
import { Loading } from '@/components/loading';
import { useToast } from '@/components/toast';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf } from '@/domain/labels';
import { formatDate, formatDateTime, formatTime } from '@/domain/dates';
import { useCurrentOrg } from '@/lib/current-org';
import { useT } from '@/lib/i18n';
import { teamQueries, type OpenWork, type TeamMember } from '../api/get-team';
import { useRemoveMember } from '../api/remove-member';
import { teamError } from './team-errors';

/** What a member leaves open: their undecided calls and the call requests they claimed. */
export function OpenWorkList({ work, member }: { work: OpenWork; member: TeamMember }) {
  const t = useT();
  const { organization, locale } = useCurrentOrg();
  if (work.calls_total === 0 && work.claims.length === 0) return <p className="muted">{t('team.remove.nothingOpen')}</p>;
  const more = work.calls_total - work.calls.length;
  return (
    <div className="open-work stack">
      {work.calls_total > 0 ? (
        <section aria-label={t('team.remove.openCalls', { count: work.calls_total })}>
          <h3 className="open-work-title">{t('team.remove.openCalls', { count: work.calls_total })}</h3>
          <ul className="open-work-list">
            {work.calls.slice(0, 5).map((c) => (
              <li key={c.id}>
                <strong>{c.lead_name}</strong> · {formatDate(c.scheduled_date, organization.timezone, locale)}
                {c.scheduled_time ? ` ${formatTime(c.scheduled_time, locale)}` : ''} · {labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, c.status)}
              </li>
            ))}
            {work.calls.length > 5 || more > 0 ? <li className="muted">{t('team.remove.more', { count: work.calls_total - Math.min(5, work.calls.length) })}</li> : null}
          </ul>
          <Link to={`/o/${organization.id}/sales-closers/${member.userId}`}>{t('team.remove.leftOpen.calls')}</Link>
        </section>
      ) : null}
      {work.claims.length > 0 ? (
        <section aria-label={t('team.remove.openClaims', { count: work.claims.length })}>
          <h3 className="open-work-title">{t('team.remove.openClaims', { count: work.claims.length })}</h3>
          <ul className="open-work-list">
            {work.claims.slice(0, 5).map((c) => (
              <li key={c.id}>
                <strong>{c.member_name}</strong>
                {c.claimed_at ? ` · ${t('team.remove.claimedAt', { date: formatDateTime(c.claimed_at, organization.timezone, locale) })}` : ''}
              </li>
            ))}
            {work.claims.length > 5 ? <li className="muted">{t('team.remove.more', { count: work.claims.length - 5 })}</li> : null}
          </ul>
          <Link to={`/o/${organization.id}/call-requests`}>{t('team.remove.leftOpen.queue')}</Link>
        </section>
      ) : null}
    </div>
  );
}

/**
 * Confirm, then remove. Before: what the member has open (so the admin knows what to reassign).
 * After: the same list, with links to where it is reassigned. Removing yourself sends you home.
 */
export function RemoveMemberDialog({ member, isSelf, onClose, onRemovedSelf }: { member: TeamMember; isSelf: boolean; onClose: () => void; onRemovedSelf: () => void }) {
  const t = useT();
  const toast = useToast();
  const { organization } = useCurrentOrg();
  const work = useQuery(teamQueries.openWork(organization.id, member.userId));
  const remove = useRemoveMember(organization.id);
  const [left, setLeft] = useState<OpenWork | null>(null);
  const [error, setError] = useState<string | null>(null);

  function confirm() {
    if (remove.isPending) return;
    setError(null);
    remove.mutate(member.userId, {
      onSuccess: (open) => {
        toast.success(t('team.remove.done', { name: member.name }));
        if (isSelf) return onRemovedSelf();
        if (open.calls_total === 0 && open.claims.length === 0) onClose();
        else setLeft(open);
      },
      onError: (err) => setError(teamError(t, err).message),
    });
  }

  if (left) {
    return (
      <Dialog open onClose={onClose} title={t('team.remove.leftOpen.title', { name: member.name })} closeLabel={t('common.close')}>
        <p>{t('team.remove.leftOpen.body', { name: member.name })}</p>
        <OpenWorkList work={left} member={member} />
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={remove.isPending ? () => undefined : onClose} title={t('team.remove.title', { name: member.name })} closeLabel={t('common.close')}>
      <FormMessage message={error} />
      <p>{t('team.remove.body', { name: member.name, org: organization.name })}</p>
      {work.isPending ? <Loading label={t('team.remove.loadingWork')} /> : work.isError ? <ErrorMessage error={work.error} onRetry={() => void work.refetch()} /> : <OpenWorkList work={work.data} member={member} />}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose} disabled={remove.isPending}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button danger" onClick={confirm} disabled={remove.isPending}>
          {remove.isPending ? t('common.saving') : t('team.remove.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
