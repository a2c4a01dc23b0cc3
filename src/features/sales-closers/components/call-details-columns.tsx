import { useT, type TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import { formatDate, formatDateTime, formatTime } from '@/domain/dates';
import type { Column } from '@/components/data-table';
import { useOrgFormat } from '@/lib/use-org-format';
import type { CallHistoryRow } from '../api/rows';
import type { StudentLedger } from '../api/get-student-ledger';
import { CallStatusBadge } from './call-status-badge';

type LedgerPayment = StudentLedger['payments'][number];
type Context = { t: TFunction; locale: Locale; currency: string; timezone: string };

/** The payments in a call's details, one column model (table and phone cards). */
export function ledgerColumns({ t, locale, currency, timezone }: Context): Column<LedgerPayment>[] {
  return [
    { id: 'paidOn', header: t('sales.emi.paidOn'), cell: (p) => formatDate(p.paid_on, timezone, locale), csv: (p) => p.paid_on },
    { id: 'amount', header: t('sales.details.amount'), numeric: true, cell: (p) => formatMoney(p.amount, currency, locale), csv: (p) => p.amount },
    { id: 'platform', header: t('sales.details.platform'), cell: (p) => p.payment_platform ?? '—', csv: (p) => p.payment_platform },
    { id: 'remarks', header: t('sales.details.remarks'), cell: (p) => p.remarks ?? '—', csv: (p) => p.remarks },
  ];
}

/** The status history in a call's details, one column model: when, who (or the database), what changed. */
export function historyColumns({ t, locale, timezone }: Omit<Context, 'currency'>): Column<CallHistoryRow>[] {
  const who = (h: CallHistoryRow) => (h.source === 'database' ? t('sales.details.byDatabase') : (h.changed_by_name ?? t('sales.details.unknownUser')));
  return [
    { id: 'when', header: t('sales.details.when'), cell: (h) => formatDateTime(h.changed_at, timezone, locale), csv: (h) => h.changed_at },
    { id: 'who', header: t('sales.details.who'), cell: (h) => (h.source === 'database' ? <span className="muted">{who(h)}</span> : who(h)), csv: who },
    { id: 'what', header: t('sales.details.what'), cell: (h) => <HistoryChange row={h} />, csv: (h) => `${h.old_status ?? ''} → ${h.new_status}` },
  ];
}

/** One status history entry: the status change, what else moved, and the remarks. */
function HistoryChange({ row }: { row: CallHistoryRow }) {
  const t = useT();
  const { locale, timezone } = useOrgFormat();
  const c = row.changes;
  const parts: string[] = [];
  if (c.scheduled_date) parts.push(t('sales.details.movedTo', { when: c.scheduled_date.to ? formatDate(c.scheduled_date.to, timezone, locale) : '—' }));
  if (c.scheduled_time) parts.push(t('sales.details.timeTo', { time: c.scheduled_time.to ? formatTime(c.scheduled_time.to, locale, timezone) : '—' }));
  if (c.closer_id) parts.push(t('sales.details.reassigned'));
  if (c.batch_id) parts.push(t('sales.details.batchChanged'));
  if (c.refund_reason?.to) parts.push(t('sales.details.refundReason', { reason: c.refund_reason.to }));
  if (c.cancellation_reason?.to) parts.push(t('sales.details.cancellationReason', { reason: c.cancellation_reason.to }));
  if (c.via?.to === 'calendly') parts.push(t('sales.details.viaCalendly'));
  if (c.via?.to === 'csv') parts.push(t('sales.details.viaCsv'));
  return (
    <div className="history-change">
      {row.old_status === null ? (
        <span>
          {t('sales.details.created')} <CallStatusBadge status={row.new_status} />
        </span>
      ) : row.old_status !== row.new_status ? (
        <span>
          <CallStatusBadge status={row.old_status} /> → <CallStatusBadge status={row.new_status} />
        </span>
      ) : null}
      {parts.length ? <div className="small">{parts.join(' · ')}</div> : null}
      {row.remarks ? <div className="muted small">“{row.remarks}”</div> : null}
    </div>
  );
}
