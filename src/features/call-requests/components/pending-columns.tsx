import type { TFunction } from '@/lib/i18n';
import { CALL_LOG_STATUS_LABELS, labelOf, PILLAR_LABELS, type Locale } from '@/domain/labels';
import { formatDateTime } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import type { QueueRow } from '../api/rows';
import { WaitTime } from './wait-time';

export type PendingColumnContext = {
  t: TFunction;
  locale: Locale;
  timezone: string;
  /** The organization's wait target: a longer wait shows in the danger colour. */
  waitTargetMinutes: number;
  /** The signed-in user, read as "you" in Claimed by. */
  userId: string | undefined;
  onCall: (request: QueueRow) => void;
};

/**
 * The specialists' queue (Pending), one column model: the table, the phone cards and the CSV
 * read it. Between phone and desktop widths the company, pillar and attempts give way (into the
 * row's "More details"); the Call button stays in the pinned actions column.
 */
export function pendingColumns({ t, locale, timezone, waitTargetMinutes, userId, onCall }: PendingColumnContext): Column<QueueRow>[] {
  const member = (r: QueueRow) => r.member_name || t('callRequests.unknownMember');
  const pillar = (r: QueueRow) => (r.pillar ? labelOf(PILLAR_LABELS, locale, r.pillar) : null);
  const claimedBy = (r: QueueRow) => (r.claimed_by ? (r.claimed_by === userId ? t('callRequests.claimedByYou') : (r.claimed_by_name ?? '—')) : t('callRequests.nobody'));
  return [
    { id: 'member', header: t('callRequests.col.member'), rowHeader: true, cell: (r) => <div className="strong member-name">{member(r)}</div>, csv: member },
    { id: 'company', header: t('callRequests.col.company'), priority: 'low', cell: (r) => r.company_name ?? '—', csv: (r) => r.company_name },
    { id: 'pillar', header: t('callRequests.col.pillar'), priority: 'low', cell: (r) => pillar(r) ?? '—', csv: pillar },
    {
      id: 'reason',
      header: t('callRequests.col.reason'),
      className: 'reason',
      cell: (r) => r.reason || <span className="muted">{t('callRequests.noReason')}</span>,
      csv: (r) => r.reason,
    },
    {
      id: 'wait',
      header: t('callRequests.col.wait'),
      cell: (r) => <WaitTime requestedAt={r.requested_at} targetMinutes={waitTargetMinutes} locale={locale} />,
    },
    { id: 'attempts', header: t('callRequests.col.attempts'), numeric: true, priority: 'low', cell: (r) => r.attempts, csv: (r) => r.attempts },
    {
      id: 'status',
      header: t('callRequests.col.status'),
      cell: (r) => (
        <>
          <Badge tone={r.call_status === 'scheduled' ? 'info' : 'warning'}>{labelOf(CALL_LOG_STATUS_LABELS, locale, r.call_status)}</Badge>
          {r.scheduled_for ? <div className="muted small">{t('callRequests.followUpAt', { when: formatDateTime(r.scheduled_for, timezone, locale) })}</div> : null}
        </>
      ),
      csv: (r) => labelOf(CALL_LOG_STATUS_LABELS, locale, r.call_status),
    },
    { id: 'claimedBy', header: t('callRequests.col.claimedBy'), priority: 'optional', cell: claimedBy, csv: claimedBy },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (r) => (
        <button type="button" className="button primary small call-button" onClick={() => onCall(r)}>
          {t('callRequests.call')}
          <span className="visually-hidden"> {r.member_name}</span>
        </button>
      ),
    },
  ];
}
