import type { ReactNode } from 'react';
import { toCsv, type CsvCell } from '@/lib/csv';

/**
 * One column of a list. The same declaration drives the table header, the cells, the label
 * shown before the value on a phone card, and the CSV export: adding a column to a list is one
 * entry in its column array (plus its labels in the catalogues).
 */
export type Column<Row> = {
  id: string;
  /** Header text; also the card label on phones and the CSV heading. */
  header: string;
  /** The cell. A column without one is export-only (e.g. the e-mail inside the name cell). */
  cell?: (row: Row) => ReactNode;
  /** The CSV value; a column without one is not exported (e.g. the actions). */
  csv?: (row: Row) => CsvCell;
  /** CSV heading when it differs from `header`. */
  csvHeader?: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The row's title: `<th scope="row">`, the card's heading on phones. */
  rowHeader?: boolean;
  /** Hidden between phone and desktop widths (about 720-1024 px) so the actions stay in view. */
  priority?: 'low';
  /** The actions column: no visible header, pinned to the right edge, no card label. */
  actions?: boolean;
  className?: string;
};

export type DataTableProps<Row> = {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Accessible name of the table (visually hidden caption). */
  caption: string;
  /** Label of the actions column for screen readers. */
  actionsLabel?: string;
  busy?: boolean;
  compact?: boolean;
};

function classOf<Row>(col: Column<Row>, cell: 'th' | 'td'): string | undefined {
  const names = [
    col.numeric ? 'num' : null,
    col.priority === 'low' ? 'col-low' : null,
    col.actions ? 'col-actions' : null,
    col.actions && cell === 'td' ? 'row-actions' : null,
    col.className ?? null,
  ].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}

/**
 * A table on desktop, cards on phones (styles.css: "Tables become cards"), from one column model.
 * The actions column sticks to the right edge when the table scrolls sideways.
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, actionsLabel, busy, compact }: DataTableProps<Row>) {
  const shown = columns.flatMap((c) => (c.cell ? [{ ...c, cell: c.cell }] : []));
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className={compact ? 'table compact' : 'table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.id} scope="col" className={classOf(c, 'th')}>
                {c.actions ? <span className="visually-hidden">{actionsLabel ?? c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {shown.map((c) =>
                c.rowHeader ? (
                  <th key={c.id} scope="row" className={classOf(c, 'th')}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id} className={classOf(c, 'td')} data-label={c.actions ? '' : c.header}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CSV of `rows` from the same columns: every column with a `csv` value, in order. */
export function columnsToCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const exported = columns.flatMap((c) => (c.csv ? [{ heading: c.csvHeader ?? c.header, value: c.csv }] : []));
  return toCsv(
    exported.map((c) => c.heading),
    rows.map((r) => exported.map((c) => c.value(r))),
  );
}
