import { Link } from 'react-router-dom';
import type { TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import type { Column } from '@/components/data-table';
import type { CloserSummaryRow } from '../api/rows';
import { SUMMARY_COUNT_STATUSES, callsHref } from './call-filters';
import type { SummaryPeriod } from '../api/get-closer-summary';

export type ClosersColumnContext = {
  t: TFunction;
  locale: Locale;
  currency: string;
  orgId: string;
  period: SummaryPeriod;
};

type CountKey = keyof typeof SUMMARY_COUNT_STATUSES;
type CountLabelKey = 'sales.closers.assignedOf' | 'sales.closers.convertedOf' | 'sales.closers.notConvertedOf' | 'sales.closers.rescheduledOf';

/**
 * The closers summary's one column model (table, phone cards and CSV). Every count opens the
 * closer's calls with the matching statuses in the same period. Between phone and desktop
 * widths the secondary figures move into each row's "More details", so the table fits at 768 px.
 */
export function closersColumns({ t, locale, currency, orgId, period }: ClosersColumnContext): Column<CloserSummaryRow>[] {
  const name = (c: CloserSummaryRow) => c.closer_name ?? t('sales.closers.unnamed');
  const money = (n: number) => formatMoney(n, currency, locale);
  const count = (key: CountKey, header: string, ofLabel: CountLabelKey, value: (c: CloserSummaryRow) => number, priority?: 'low'): Column<CloserSummaryRow> => ({
    id: key,
    header,
    numeric: true,
    priority,
    cell: (c) => (
      <Link to={callsHref(orgId, c.closer_id, SUMMARY_COUNT_STATUSES[key], period)} aria-label={t(ofLabel, { name: name(c), count: String(value(c)) })}>
        {value(c).toLocaleString(locale)}
      </Link>
    ),
    csv: value,
  });
  return [
    {
      id: 'closer',
      header: t('sales.closers.closer'),
      rowHeader: true,
      cell: (c) => <Link to={callsHref(orgId, c.closer_id, [], period)}>{name(c)}</Link>,
      csv: name,
    },
    count('assigned', t('sales.closers.assigned'), 'sales.closers.assignedOf', (c) => c.assigned),
    count('converted', t('sales.closers.converted'), 'sales.closers.convertedOf', (c) => c.converted),
    count('not_converted', t('sales.closers.notConverted'), 'sales.closers.notConvertedOf', (c) => c.not_converted, 'low'),
    count('rescheduled', t('sales.closers.rescheduled'), 'sales.closers.rescheduledOf', (c) => c.rescheduled, 'low'),
    { id: 'students', header: t('sales.closers.students'), headerTitle: t('sales.closers.studentsHelp'), numeric: true, priority: 'low', cell: (c) => c.students.toLocaleString(locale), csv: (c) => c.students },
    { id: 'offered', header: t('sales.closers.offered'), numeric: true, priority: 'low', cell: (c) => money(c.offered), csv: (c) => c.offered },
    { id: 'cashCollected', header: t('sales.closers.cashCollected'), numeric: true, cell: (c) => money(c.cash_collected), csv: (c) => c.cash_collected },
    { id: 'due', header: t('sales.closers.due'), numeric: true, cell: (c) => money(c.due), csv: (c) => c.due },
    { id: 'writtenOff', header: t('money.writtenOff'), headerTitle: t('money.writtenOffHelp'), numeric: true, priority: 'low', cell: (c) => money(c.written_off), csv: (c) => c.written_off },
  ];
}
