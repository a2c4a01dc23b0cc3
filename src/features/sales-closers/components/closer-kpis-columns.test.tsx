// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { translate } from '@/lib/i18n';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { DataTable, columnsToCsv } from '@/components/data-table';
import { closerKpisColumns, formatRate, type CloserKpiRow } from './closer-kpis-columns';
import { historyColumns, ledgerColumns } from './call-details-columns';
import type { CallHistoryRow } from '../api/rows';

afterEach(cleanup);

const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
const kpi: CloserKpiRow = {
  closer_id: 'u1',
  closer_name: 'Dipanshu',
  calls_today: 3,
  calls: 19,
  decided: 8,
  converted_of_calls: 3,
  conversions: 4,
  conversion_rate: 0.375,
  cash_collected: 120000,
  refunds: 0,
  offered: 200000,
  received: 120000,
  due: 60000,
  written_off: 20000,
};

describe('closer KPIs column model', () => {
  it('the rate as a percentage (— when nothing was decided), secondary figures give way, the CSV keeps raw numbers', () => {
    expect(formatRate(null, 'en')).toBe('—');
    const columns = closerKpisColumns({ t, locale: 'en', currency: 'INR' });
    renderWithProviders(<DataTable columns={columns} rows={[kpi]} rowKey={(c) => c.closer_id} caption="Per closer" />, { org: nikist });
    expect(screen.getByRole('cell', { name: '37.5%' })).toHaveAttribute('data-label', 'Conversion rate');
    expect(screen.getByRole('columnheader', { name: 'Calls today' })).toHaveClass('col-low');
    expect(columnsToCsv(columns, [kpi]).trim().split(/\r?\n/)).toEqual(['Closer,Calls today,Calls in period,Conversions,Conversion rate,Cash collected,Written off', 'Dipanshu,3,19,4,0.375,120000,20000']);
  });
});

describe("a call's details column models", () => {
  it('payments and the status history, written by the database or a person', () => {
    const ledger = ledgerColumns({ t, locale: 'en', currency: 'INR', timezone: 'Asia/Kolkata' });
    expect(columnsToCsv(ledger, [{ id: 'p1', paid_on: '2026-12-01', amount: 5000, payment_platform: 'UPI', remarks: null } as never]).trim().split(/\r?\n/)[1]).toBe('2026-12-01,5000,UPI,');
    const row: CallHistoryRow = { id: 1, changed_at: '2026-12-01T04:30:00Z', changed_by: null, changed_by_name: null, source: 'database', old_status: 'scheduled', new_status: 'converted', changes: {}, remarks: 'paid', total_count: 1 };
    const history = historyColumns({ t, locale: 'en', timezone: 'Asia/Kolkata' });
    renderWithProviders(<DataTable columns={history} rows={[row]} rowKey={(h) => String(h.id)} caption="Status history" />, { org: nikist });
    expect(screen.getByRole('cell', { name: t('sales.details.byDatabase') })).toHaveAttribute('data-label', 'Who');
    expect(screen.getByRole('cell', { name: /scheduled → converted/i })).toHaveTextContent('“paid”');
  });
});
