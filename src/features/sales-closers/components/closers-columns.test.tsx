// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { translate } from '@/lib/i18n';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { CloserSummaryRow } from '../api/rows';
import { closersColumns } from './closers-columns';

afterEach(cleanup);

const ORG = '0a000000-0000-4000-8000-000000000001';
const row: CloserSummaryRow = {
  closer_id: '0b000000-0000-4000-8000-000000000003',
  closer_name: 'Dipanshu',
  assigned: 19,
  converted: 7,
  not_converted: 2,
  rescheduled: 1,
  cash_collected: 230000,
  students: 8,
  offered: 375000,
  received: 230000,
  due: 95000,
  written_off: 50000,
};
const columns = closersColumns({ t: (k, v) => translate('en', k, v), locale: 'en', currency: 'INR', orgId: ORG, period: { from: '2026-12-01', to: '2026-12-07' } });

describe('closers summary column model', () => {
  it('each count opens the closer\'s calls with its statuses in the period', () => {
    render(
      <MemoryRouter>
        <DataTable columns={columns} rows={[row]} rowKey={(c) => c.closer_id} caption="Closers" />
      </MemoryRouter>,
    );
    const title = screen.getByRole('rowheader');
    expect(within(title).getByRole('link', { name: 'Dipanshu' })).toHaveAttribute('href', `/o/${ORG}/sales-closers/${row.closer_id}?from=2026-12-01&to=2026-12-07`);
    const converted = screen.getByRole('link', { name: /7 converted calls of Dipanshu/i });
    expect(converted.getAttribute('href')).toMatch(/status=converted,.*&from=2026-12-01&to=2026-12-07$|from=2026-12-01.*status=converted/);
    // The secondary figures give way between phone and desktop widths (into "More details").
    expect(screen.getByRole('columnheader', { name: /^offered$/i })).toHaveClass('col-low');
    expect(screen.getByRole('columnheader', { name: /^cash collected$/i })).not.toHaveClass('col-low');
    expect(screen.getByRole('columnheader', { name: /^students$/i })).toHaveAttribute('title');
  });

  it('the CSV has every figure as a plain number', () => {
    const [head, line] = columnsToCsv(columns, [row]).trim().split(/\r?\n/);
    expect(head).toBe('Closer,Assigned,Converted,Not converted,Rescheduled,Students,Offered,Cash collected,Due,Written off');
    expect(line).toBe('Dipanshu,19,7,2,1,8,375000,230000,95000,50000');
  });
});
