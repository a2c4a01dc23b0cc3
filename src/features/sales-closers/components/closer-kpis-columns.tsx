import type { TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import type { Column } from '@/components/data-table';
import type { CloserKpis } from '../api/get-closer-kpis';

export type CloserKpiRow = CloserKpis['closers'][number];

export type CloserKpisColumnContext = { t: TFunction; locale: Locale; currency: string };

/** A conversion rate as people read it (1 decimal), or — when no call was decided. */
export function formatRate(rate: number | null, locale: Locale): string {
  return rate === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/**
 * The KPI figures per closer, one column model (table, phone cards, CSV). Between phone and
 * desktop widths "calls today" and the written-off money give way into the row's "More details".
 */
export function closerKpisColumns({ t, locale, currency }: CloserKpisColumnContext): Column<CloserKpiRow>[] {
  const money = (n: number) => formatMoney(n, currency, locale);
  const count = (n: number) => n.toLocaleString(locale);
  const name = (c: CloserKpiRow) => c.closer_name || t('sales.closers.unnamed');
  return [
    { id: 'closer', header: t('sales.closers.closer'), rowHeader: true, cell: name, csv: name },
    { id: 'callsToday', header: t('sales.kpi.callsToday'), numeric: true, priority: 'low', cell: (c) => count(c.calls_today), csv: (c) => c.calls_today },
    { id: 'calls', header: t('sales.kpi.calls'), numeric: true, cell: (c) => count(c.calls), csv: (c) => c.calls },
    { id: 'conversions', header: t('sales.kpi.conversions'), numeric: true, cell: (c) => count(c.conversions), csv: (c) => c.conversions },
    { id: 'conversionRate', header: t('sales.kpi.conversionRate'), numeric: true, cell: (c) => formatRate(c.conversion_rate, locale), csv: (c) => c.conversion_rate },
    { id: 'cashCollected', header: t('sales.kpi.cashCollected'), numeric: true, cell: (c) => money(c.cash_collected), csv: (c) => c.cash_collected },
    { id: 'writtenOff', header: t('money.writtenOff'), numeric: true, priority: 'low', cell: (c) => money(c.written_off), csv: (c) => c.written_off },
  ];
}
