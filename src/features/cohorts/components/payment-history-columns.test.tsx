// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { translate } from '@/lib/i18n';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { HistoryPayment } from '../api/get-payment-history';
import { paymentColumns } from './payment-history-columns';

afterEach(cleanup);

const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
const entry = (over: Partial<HistoryPayment>): HistoryPayment =>
  ({ id: 'p1', kind: 'payment', amount: 5000, paid_on: '2026-12-01', payment_platform: 'UPI', remarks: null, recorded_by_name: 'Priya', created_at: '2026-12-01T05:00:00Z', ...over }) as HistoryPayment;
const rows = [entry({}), entry({ id: 'p2', kind: 'refund', amount: 2000, paid_on: '2026-12-03' })];
const base = { t, locale: 'en' as const, currency: 'INR', timezone: 'Asia/Kolkata', onEdit: vi.fn(), onDelete: vi.fn() };

describe("a student's payment history column model", () => {
  it('staff get Edit for a payment and Delete for every entry; others no actions column', () => {
    const { unmount } = render(<DataTable columns={paymentColumns({ ...base, canEdit: true })} rows={rows} rowKey={(p) => p.id} caption="Payments" />);
    const [payment, refund] = screen.getAllByRole('row').slice(1);
    expect(within(payment!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit', 'Delete']);
    expect(within(refund!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Delete']);
    expect(within(refund!).getByText(/^−\s/)).toHaveAttribute('data-label', 'Amount');
    unmount();
    render(<DataTable columns={paymentColumns({ ...base, canEdit: false })} rows={rows} rowKey={(p) => p.id} caption="Payments" />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('the CSV writes a refund as money out', () => {
    expect(columnsToCsv(paymentColumns({ ...base, canEdit: true }), rows).trim().split(/\r?\n/).slice(1)).toEqual(['2026-12-01,5000,UPI,Priya,', '2026-12-03,-2000,UPI,Priya,']);
  });
});
