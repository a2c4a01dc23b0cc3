// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '@/lib/i18n';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { DataTable, columnsToCsv } from '@/components/data-table';
import type { CloserCallRow } from '../api/rows';
import { closerCallsColumns, type CloserCallAction } from './closer-calls-columns';

afterEach(cleanup);

const call = (over: Partial<CloserCallRow>): CloserCallRow => ({
  id: 'c1',
  lead_id: 'l1',
  lead_name: 'Amit Kumar',
  lead_email: 'amit@example.com',
  lead_phone: '+91 98765 43210',
  scheduled_date: '2026-12-07',
  scheduled_time: '14:30:00',
  status: 'scheduled',
  batch_id: null,
  batch_name: null,
  cohort_type_name: null,
  offer_amount: 0,
  cash_received: 0,
  due_amount: null,
  classes_access: null,
  next_follow_up_date: null,
  additional_comments: null,
  version: 1,
  scheduled_at: '2026-12-07T09:00:00Z',
  bucket: 'today',
  total_count: 2,
  ...over,
});
const converted = call({ id: 'c2', lead_name: 'Bea Lima', lead_email: null, lead_phone: null, status: 'converted', batch_id: 'b1', batch_name: 'Batch 3', cohort_type_name: 'Crypto', offer_amount: 50000, cash_received: 12500, due_amount: 37500, bucket: 'past', scheduled_time: null, scheduled_date: '2026-12-01', scheduled_at: '2026-11-30T18:30:00Z' });

function columns(onAction: (kind: CloserCallAction, c: CloserCallRow) => void = () => undefined, expandedId: string | null = null) {
  return closerCallsColumns({ t: (k, v) => translate('en', k, v), locale: 'en', currency: 'INR', timezone: 'Asia/Kolkata', now: Date.parse('2026-12-01T00:00:00Z'), expandedId, onAction });
}

function renderTable(cols = columns(), rows = [call({}), converted]) {
  return renderWithProviders(
    <DataTable columns={cols} rows={rows} rowKey={(c) => c.id} caption="Calls" groupOf={(c) => c.bucket} detailOf={(c) => (c.id === 'c2' ? { id: 'd2', content: 'the details' } : null)} />,
    { org: nikist },
  );
}

describe("a closer's calls column model", () => {
  it('header, phone card labels and the row title come from the one model; the organization date and time format', () => {
    renderTable();
    const headers = [...document.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers).toEqual(['Lead', 'Scheduled', 'Status', 'Batch', 'Offer', 'Cash received', 'Due', 'Next follow-up', 'Actions']);
    const amit = screen.getByRole('rowheader', { name: /amit kumar/i }).closest('tr')!;
    // en in India: "07 Dec 2026" and the time as the organization writes it.
    expect(within(amit).getByText(/07 Dec 2026 2:30\s?pm/i)).toHaveAttribute('data-label', 'Scheduled');
    expect([...amit.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual(['Scheduled', 'Status', 'Batch', 'Offer', 'Cash received', 'Due', 'Next follow-up', '']);
    // Batch and offer give way between phone and desktop widths; the follow-up below 1440 px.
    expect(screen.getByRole('columnheader', { name: 'Batch' })).toHaveClass('col-low');
    expect(screen.getByRole('columnheader', { name: 'Next follow-up' })).toHaveClass('col-optional');
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toHaveClass('col-actions');
    // Buckets as heading rows, the open detail under its row.
    expect(screen.getAllByRole('columnheader', { name: /^(today|past)$/ })).toHaveLength(2);
    expect(document.getElementById('d2')?.textContent).toBe('the details');
  });

  it('the row menu offers Update EMI only for a call that made a student, and hands the action back', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    renderTable(columns(onAction, 'c2'));
    screen.getByRole('button', { name: 'Actions for the call with Amit Kumar' }).focus();
    await user.keyboard('{Enter}');
    expect((await screen.findAllByRole('menuitem')).map((i) => i.getAttribute('aria-label'))).toEqual(['Details of the call with Amit Kumar', 'Update the call with Amit Kumar']);
    await user.keyboard('{Escape}');
    screen.getByRole('button', { name: 'Actions for the call with Bea Lima' }).focus();
    await user.keyboard('{Enter}');
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual(['Hide details', 'Update', 'Update EMI']);
    await user.click(screen.getByRole('menuitem', { name: 'Update EMI of Bea Lima' }));
    expect(onAction).toHaveBeenCalledWith('emi', converted);
  });

  it('the CSV has every column as plain values (contact split, no actions)', () => {
    const [head, ...lines] = columnsToCsv(columns(), [call({}), converted]).trim().split(/\r?\n/);
    expect(head).toBe('Lead,Email,Phone,Scheduled,Status,Batch,Offer,Cash received,Due,Next follow-up');
    expect(lines).toEqual(["Amit Kumar,amit@example.com,'+91 98765 43210,2026-12-07 14:30,Scheduled,,0,0,,", 'Bea Lima,,,2026-12-01,Converted,Crypto · Batch 3,50000,12500,37500,']);
  });
});
