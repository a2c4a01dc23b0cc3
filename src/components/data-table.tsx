import { Fragment, type ReactNode } from 'react';
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
  /** Header content when it is not the text (e.g. a select-all checkbox); `header` stays its name. */
  headerContent?: ReactNode;
  /** No card label on phones (e.g. a row's selection checkbox, which labels itself). */
  noCardLabel?: boolean;
  className?: string;
};

/** A row's disclosure under it (e.g. a call's details), spanning every column. */
export type RowDetail = { id: string; content: ReactNode };

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
  /** Rows come grouped (e.g. today / upcoming / past): a heading row wherever the group changes. */
  groupOf?: (row: Row) => string;
  /** The row's open detail, rendered as a full-width row under it (null when closed). */
  detailOf?: (row: Row) => RowDetail | null;
  /** Extra class of a row (e.g. 'selected'). */
  rowClassName?: (row: Row) => string | undefined;
  /** `data-*` attributes of a row (e.g. { 'call-log-id': id }), for focus management and tests. */
  rowData?: (row: Row) => Record<string, string>;
  /** Extra class of the table (e.g. 'keep-table' for a small table that stays a table on phones). */
  tableClassName?: string;
  /** Extra class of the scroller (e.g. a list with its own height limit). */
  wrapClassName?: string;
  /** When set, the scroller takes keyboard focus (a region with this name) so a keyboard can scroll it. */
  scrollLabel?: string;
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
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  actionsLabel,
  busy,
  compact,
  moreLabel,
  groupOf,
  detailOf,
  rowClassName,
  rowData,
  tableClassName,
  wrapClassName,
  scrollLabel,
}: DataTableProps<Row>) {
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
  const tableClass = ['table', compact ? 'compact' : null, tableClassName ?? null].filter(Boolean).join(' ');
  const dataAttributes = (row: Row) => Object.fromEntries(Object.entries(rowData?.(row) ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'} aria-busy={busy} {...(scrollLabel ? { tabIndex: 0, role: 'region', 'aria-label': scrollLabel } : {})}>
      <table className={tableClass}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.id} scope="col" className={classOf(c, 'th')} title={c.headerTitle}>
                {c.headerContent ?? (c.actions ? <span className="visually-hidden">{actionsLabel ?? c.header}</span> : c.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const group = groupOf?.(row);
            const previous = i > 0 ? rows[i - 1] : undefined;
            const detail = detailOf?.(row) ?? null;
            const key = rowKey(row);
            return (
              <Fragment key={key}>
                {group !== undefined && (previous === undefined || groupOf?.(previous) !== group) ? (
                  <tr className="bucket-row">
                    <th scope="colgroup" colSpan={shown.length}>
                      {group}
                    </th>
                  </tr>
                ) : null}
                <tr className={[detail ? 'expanded' : null, rowClassName?.(row) ?? null].filter(Boolean).join(' ') || undefined} {...dataAttributes(row)}>
                  {shown.map((c) =>
                    c.rowHeader ? (
                      <th key={c.id} scope="row" className={classOf(c, 'th')}>
                        {c.cell(row)}
                        {c.id === moreIn ? more(row) : null}
                      </th>
                    ) : (
                      <td key={c.id} className={classOf(c, 'td')} data-label={c.actions || c.noCardLabel ? '' : c.header}>
                        {c.cell(row)}
                        {c.id === moreIn ? more(row) : null}
                      </td>
                    ),
                  )}
                </tr>
                {detail ? (
                  <tr className="details-row" id={detail.id}>
                    <td colSpan={shown.length} data-label="">
                      {detail.content}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
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
