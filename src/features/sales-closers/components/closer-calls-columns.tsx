import type { TFunction } from '@/lib/i18n';
import { CALL_APPOINTMENT_STATUS_LABELS, labelOf, type Locale } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import { leadColumns, scheduledAt, scheduledAtCsv } from '@/components/lead-columns';
import { RowMenu, type RowMenuItem } from '@/components/row-menu';
import type { CloserCallRow } from '../api/rows';
import { callStatusTone } from './call-status-badge';
import { callTiming } from './call-timing';
import { TimingBadge } from './timing-badge';
import { hasLedger } from './call-details';

export type CloserCallAction = 'details' | 'update' | 'emi';

export type CloserCallsColumnContext = {
  t: TFunction;
  locale: Locale;
  currency: string;
  timezone: string;
  /** The clock the "now" / "overdue" badges read (useNow). */
  now: number;
  /** The call whose details are open, if any. */
  expandedId: string | null;
  onAction: (kind: CloserCallAction, call: CloserCallRow) => void;
};


/**
 * A closer's calls, one column model: the table, the phone cards and the CSV read it. Between
 * phone and desktop widths the batch, offer and cash received give way (into the row's "More
 * details"), the follow-up too below 1440 px; the actions menu stays pinned to the right edge.
 */
export function closerCallsColumns({ t, locale, currency, timezone, now, expandedId, onAction }: CloserCallsColumnContext): Column<CloserCallRow>[] {
  const money = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, locale));
  const statusLabel = (s: string) => labelOf(CALL_APPOINTMENT_STATUS_LABELS, locale, s);
  const scheduled = (c: CloserCallRow) => scheduledAt(c, timezone, locale);
  const batch = (c: CloserCallRow) => (c.batch_name ? `${c.cohort_type_name ?? ''} · ${c.batch_name}` : null);
  return [
    ...leadColumns<CloserCallRow>(t),
    {
      id: 'scheduled',
      header: t('sales.calls.scheduled'),
      cell: (c) => (
        <>
          {scheduled(c)}
          <TimingBadge timing={callTiming(c, now)} />
        </>
      ),
      csv: scheduledAtCsv,
    },
    { id: 'status', header: t('sales.field.status'), cell: (c) => <Badge tone={callStatusTone(c.status)}>{statusLabel(c.status)}</Badge>, csv: (c) => statusLabel(c.status) },
    { id: 'batch', header: t('sales.field.batch'), priority: 'low', cell: (c) => batch(c) ?? '—', csv: batch },
    { id: 'offer', header: t('sales.field.offer'), numeric: true, priority: 'low', cell: (c) => money(c.offer_amount), csv: (c) => c.offer_amount },
    { id: 'cash', header: t('sales.field.cash'), numeric: true, priority: 'low', cell: (c) => money(c.cash_received), csv: (c) => c.cash_received },
    { id: 'due', header: t('sales.field.due'), numeric: true, cell: (c) => money(c.due_amount), csv: (c) => c.due_amount },
    {
      id: 'followUp',
      header: t('sales.field.nextFollowUp'),
      priority: 'optional',
      cell: (c) => (c.next_follow_up_date ? formatDate(c.next_follow_up_date, timezone, locale) : '—'),
      csv: (c) => c.next_follow_up_date,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (c) => {
        const name = c.lead_name ?? '';
        const item = (kind: CloserCallAction, label: string, ariaLabel: string): RowMenuItem => ({ label, ariaLabel, onSelect: () => onAction(kind, c) });
        const open = expandedId === c.id;
        const items = [
          item('details', open ? t('sales.calls.hideDetails') : t('sales.calls.details'), t(open ? 'sales.calls.hideDetailsOf' : 'sales.calls.detailsOf', { name })),
          item('update', t('sales.calls.update'), t('sales.calls.updateOf', { name })),
          hasLedger(c) ? item('emi', t('sales.calls.updateEmi'), t('sales.calls.updateEmiOf', { name })) : null,
        ].filter((i): i is RowMenuItem => i !== null);
        return <RowMenu label={t('common.actions')} ariaLabel={t('sales.calls.actionsFor', { name })} items={items} />;
      },
    },
  ];
}
