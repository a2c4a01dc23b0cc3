import type { MessageKey, TFunction } from '@/lib/i18n';
import type { Column } from '@/components/data-table';
import type { CheckedRow, RowProblem } from '../forms/csv-import';

const PROBLEM_LABEL: Record<RowProblem, MessageKey> = {
  name: 'calls.import.problem.name',
  contact: 'calls.import.problem.contact',
  email: 'calls.import.problem.email',
  phone: 'calls.import.problem.phone',
  closer: 'calls.import.problem.closer',
  date: 'calls.import.problem.date',
  dateRange: 'calls.import.problem.dateRange',
  time: 'calls.import.problem.time',
  remarks: 'calls.import.problem.remarks',
  duplicate: 'calls.import.problem.duplicate',
};

/** What is wrong with a line of the file, as people read it. */
export function problemsOf(t: TFunction, row: CheckedRow): string {
  return row.problems.map((p) => (p === 'duplicate' ? t('calls.import.problem.duplicate', { line: row.duplicateOf ?? '' }) : t(PROBLEM_LABEL[p]))).join(' · ');
}

/** The import preview's refused lines, one column model (table, phone cards, CSV). */
export function badRowColumns(t: TFunction): Column<CheckedRow>[] {
  return [
    { id: 'line', header: t('calls.import.line'), numeric: true, cell: (r) => r.line, csv: (r) => r.line },
    { id: 'why', header: t('calls.import.why'), cell: (r) => problemsOf(t, r), csv: (r) => problemsOf(t, r) },
  ];
}
