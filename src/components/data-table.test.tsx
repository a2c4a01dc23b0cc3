// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DataTable, columnsToCsv, type Column } from './data-table';

afterEach(cleanup);

type Row = { id: string; name: string; due: number; notes: string; classes: number };

const columns: Column<Row>[] = [
  { id: 'name', header: 'Student', rowHeader: true, cell: (r) => r.name, csv: (r) => r.name },
  { id: 'due', header: 'Due', numeric: true, cell: (r) => String(r.due), csv: (r) => r.due },
  { id: 'classes', header: 'Classes', priority: 'low', cell: (r) => String(r.classes), csv: (r) => r.classes },
  { id: 'notes', header: 'Notes', priority: 'optional', cell: (r) => r.notes, csv: (r) => r.notes },
  { id: 'actions', header: 'Actions', actions: true, cell: () => <button type="button">Menu</button> },
];
const rows: Row[] = [{ id: 'a', name: 'Amit', due: 15, notes: 'Prefers WhatsApp', classes: 8 }];

describe('DataTable', () => {
  it('marks the columns that give way and repeats them in the row title\'s "More details"', () => {
    render(<DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption="Roster" moreLabel="More details" />);
    const table = screen.getByRole('table', { name: 'Roster' });
    expect(within(table).getByRole('columnheader', { name: 'Notes' })).toHaveClass('col-optional');
    expect(within(table).getByRole('columnheader', { name: 'Classes' })).toHaveClass('col-low');
    const title = within(table).getByRole('rowheader');
    const more = title.querySelector('details.row-more');
    expect(more).not.toBeNull();
    // An 'optional' column exists: the disclosure is shown at 1024-1439 px too (styles.css).
    expect(more).toHaveClass('has-optional');
    expect(within(title).getByText('More details').tagName).toBe('SUMMARY');
    const entries = [...(more?.querySelectorAll('dl > div') ?? [])].map((d) => [d.className, d.textContent]);
    // Only the columns that can be hidden, never the title, the figures or the actions.
    expect(entries).toEqual([
      ['more-low', 'Classes8'],
      ['more-optional', 'NotesPrefers WhatsApp'],
    ]);
  });

  it('a list without columns that give way has no disclosure', () => {
    const fixed = columns.filter((c) => !c.priority);
    const { container } = render(<DataTable columns={fixed} rows={rows} rowKey={(r) => r.id} caption="Roster" />);
    expect(container.querySelector('details')).toBeNull();
  });

  it('the CSV keeps every exported column whatever its priority', () => {
    expect(columnsToCsv(columns, rows).trim().split(/\r?\n/)).toEqual(['Student,Due,Classes,Notes', 'Amit,15,8,Prefers WhatsApp']);
  });
});
