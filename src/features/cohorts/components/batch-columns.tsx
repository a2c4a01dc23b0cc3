import { Link } from 'react-router-dom';
import type { TFunction } from '@/lib/i18n';
import type { Locale } from '@/domain/labels';
import { COHORT_BATCH_STATUS_LABELS, labelOf } from '@/domain/labels';
import { formatMoney } from '@/domain/money';
import { formatDate } from '@/domain/dates';
import { Badge } from '@/components/badge';
import type { Column } from '@/components/data-table';
import type { CohortBatch } from '../api/get-cohort-types';

/** A batch's status badge tone, wherever a batch's status shows (the overview's rows, the batch page's heading). */
export const batchTone = (s: string) => (s === 'active' ? 'success' : s === 'planned' ? 'info' : 'neutral');

export type BatchColumnContext = {
  t: TFunction;
  locale: Locale;
  currency: string;
  timezone: string;
  orgId: string;
  /** Admins edit a batch (the actions column is left out for everyone else). */
  onEdit?: (batch: CohortBatch) => void;
};

/**
 * The batch overview's one column model: the table header, its cells and the phone cards' labels
 * all read it. A new column is one entry here (and its label in both catalogues).
 */
export function batchColumns({ t, locale, currency, timezone, orgId, onEdit }: BatchColumnContext): Column<CohortBatch>[] {
  const money = (n: number) => formatMoney(n, currency, locale);
  const dates = (b: CohortBatch) =>
    [b.start_date ? formatDate(b.start_date, timezone, locale) : null, b.end_date ? formatDate(b.end_date, timezone, locale) : null].filter(Boolean).join(' – ') ||
    t('cohorts.noDates');
  const columns: Column<CohortBatch>[] = [
    {
      id: 'name',
      header: t('cohorts.col.batch'),
      rowHeader: true,
      cell: (b) => (
        <Link className="strong" to={`/o/${orgId}/cohorts/batches/${b.id}`}>
          {b.name}
        </Link>
      ),
    },
    { id: 'type', header: t('cohorts.col.type'), priority: 'low', cell: (b) => b.cohort_type_name },
    { id: 'status', header: t('cohorts.col.status'), cell: (b) => <Badge tone={batchTone(b.status)}>{labelOf(COHORT_BATCH_STATUS_LABELS, locale, b.status)}</Badge> },
    { id: 'dates', header: t('cohorts.col.dates'), priority: 'low', cell: dates },
    { id: 'students', header: t('cohorts.col.students'), numeric: true, cell: (b) => b.students.toLocaleString(locale) },
    { id: 'offered', header: t('cohorts.offered'), numeric: true, priority: 'low', cell: (b) => money(b.offered) },
    { id: 'received', header: t('cohorts.received'), numeric: true, cell: (b) => money(b.received) },
    { id: 'due', header: t('cohorts.due'), numeric: true, cell: (b) => money(b.due) },
    {
      id: 'writtenOff',
      header: t('money.writtenOff'),
      headerTitle: t('money.writtenOffHelp'),
      numeric: true,
      priority: 'low',
      cell: (b) => <span data-testid={`batch-written-off-${b.id}`}>{money(b.written_off)}</span>,
    },
  ];
  if (onEdit) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      actions: true,
      cell: (b) => (
        <button type="button" className="button small" onClick={() => onEdit(b)} aria-label={t('cohorts.editBatchNamed', { name: `${b.cohort_type_name} ${b.name}` })}>
          {t('common.edit')}
        </button>
      ),
    });
  }
  return columns;
}
