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
  /** A longer explanation of the column, shown as the header's tooltip. */
  headerTitle?: string;
  /** CSV heading when it differs from `header`. */
  csvHeader?: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The row's title: `<th scope="row">`, the card's heading on phones. */
  rowHeader?: boolean;
  /**
   * Columns that give way on narrower desktops so the table fits without sideways scrolling:
   * 'low' is hidden between 721 and 1023 px, 'optional' between 721 and 1439 px (e.g. 1366).
   * A hidden column's value stays one click away in the row's "More details" (in the row's title
   * cell) and on the phone cards, which show every column.
   */
  priority?: 'low' | 'optional';
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
  /** Summary of the row's disclosure of the columns hidden at the current width. */
  moreLabel?: string;
};

function classOf<Row>(col: Column<Row>, cell: 'th' | 'td'): string | undefined {
  const names = [
    col.numeric ? 'num' : null,
    col.priority === 'low' ? 'col-low' : null,
    col.priority === 'optional' ? 'col-optional' : null,
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
export function DataTable<Row>({ columns, rows, rowKey, caption, actionsLabel, busy, compact, moreLabel }: DataTableProps<Row>) {
  const shown = columns.flatMap((c) => (c.cell ? [{ ...c, cell: c.cell }] : []));
  // The columns that can be hidden, repeated in the row title's disclosure (styles.css shows
  // the disclosure, and each entry, only at the widths where that column is hidden).
  const givesWay = shown.filter((c) => c.priority && !c.actions && !c.rowHeader);
  const hasOptional = givesWay.some((c) => c.priority === 'optional');
  const moreIn = (shown.find((c) => c.rowHeader) ?? shown[0])?.id;
  const more = (row: Row) =>
    givesWay.length > 0 ? (
      <details className={hasOptional ? 'row-more has-optional' : 'row-more'}>
        <summary>{moreLabel ?? 'More details'}</summary>
        <dl>
          {givesWay.map((c) => (
            <div key={c.id} className={`more-${c.priority}`}>
              <dt>{c.header}</dt>
              <dd>{c.cell(row)}</dd>
            </div>
          ))}
        </dl>
      </details>
    ) : null;
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className={compact ? 'table compact' : 'table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.id} scope="col" className={classOf(c, 'th')} title={c.headerTitle}>
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
                    {c.id === moreIn ? more(row) : null}
                  </th>
                ) : (
                  <td key={c.id} className={classOf(c, 'td')} data-label={c.actions ? '' : c.header}>
                    {c.cell(row)}
                    {c.id === moreIn ? more(row) : null}
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
