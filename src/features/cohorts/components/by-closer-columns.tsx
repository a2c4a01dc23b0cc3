import type { TFunction } from '@/lib/i18n';
import type { Column } from '@/components/data-table';
import type { RosterTotals } from '../api/rows';

export type ByCloserRow = NonNullable<RosterTotals['by_closer']>[number];

/**
 * The batch's money split by closer: one column model for the table header, its cells and the
 * phone cards' labels (the figures are the roster totals', within the same conversion-date range).
 */
export function byCloserColumns(t: TFunction, money: (n: number) => string, count: (n: number) => string): Column<ByCloserRow>[] {
  return [
    { id: 'closer', header: t('cohorts.col.closer'), rowHeader: true, cell: (c) => c.closer_name ?? t('cohorts.noCloser') },
    { id: 'students', header: t('cohorts.students'), numeric: true, cell: (c) => count(c.students) },
    { id: 'offered', header: t('cohorts.offered'), numeric: true, cell: (c) => money(c.offered) },
    { id: 'received', header: t('cohorts.received'), numeric: true, cell: (c) => money(c.received) },
    { id: 'due', header: t('cohorts.due'), numeric: true, cell: (c) => money(c.due) },
    { id: 'writtenOff', header: t('money.writtenOff'), headerTitle: t('money.writtenOffHelp'), numeric: true, cell: (c) => money(c.written_off) },
  ];
}
