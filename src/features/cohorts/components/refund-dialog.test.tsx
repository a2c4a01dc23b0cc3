// @vitest-environment jsdom
// The refund dialog: amount (default: everything received), date, reason; checked by the same
// rules as the database before anything is sent; one rpc with the three values.
// The network is stubbed with MSW: the real supabase client sends the rpc.
import { isoToText } from '@/components/date-input';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RosterRow } from '../api/rows';
import { todayIn } from '@/domain/dates';
import { stubRpc, stubTable, useStubNetwork } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { RefundDialog } from './refund-dialog';

useStubNetwork();

const student = {
  id: 's1', lead_name: 'Amit Kulkarni', status: 'active', offer_amount: 50000, cash_received: 35000, due_amount: 15000, written_off: 0,
  refund_reason: null, notes: null,
} as unknown as RosterRow;

const refunded = { data: { student: { id: 's1', cohort_batch_id: 'b3', status: 'refunded' }, refund: { id: 'r1', amount: 10000 } } };
// The dialog reads the student's batch (its dates bound the refund date).
beforeEach(() => stubTable('cohort_batches', [{ id: 'b3', name: 'Batch 3', status: 'active', start_date: '2026-02-01', end_date: null, created_at: '2026-01-10T10:00:00Z', cohort_type_id: 't1', cohort_types: { name: 'Insider Crypto Club' } }]));
afterEach(cleanup);

describe('Refund dialog', () => {
  it('offers everything received, refuses more than that and a blank reason without sending anything', async () => {
    const calls = stubRpc(() => refunded);
    const user = userEvent.setup();
    renderWithProviders(<RefundDialog orgId="org-1" batchId="b3" student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    const dialog = screen.getByRole('dialog');
    const amount = within(dialog).getByLabelText(/amount refunded/i);
    expect(amount).toHaveValue('35000.00');
    // Shown in the organization's format (en-IN: day first); sent as yyyy-mm-dd (below).
    expect(within(dialog).getByLabelText(/refund date/i)).toHaveValue(isoToText(todayIn('Asia/Kolkata'), 'en-IN'));
    expect(within(dialog).getByTestId('refund-preview')).toHaveTextContent(/received ₹\s?0.*written off ₹\s?50,000/);
    await user.clear(amount);
    await user.type(amount, '35000.01');
    await user.click(within(dialog).getByRole('button', { name: /^refund$/i }));
    expect(within(dialog).getByText(/at most what was received \(₹\s?35,000/)).toBeInTheDocument();
    expect(within(dialog).getByText(/give a reason|enter a reason|reason/i, { selector: '.field-error' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('sends a partial refund with its date and reason in one rpc', async () => {
    const calls = stubRpc(() => refunded);
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(<RefundDialog orgId="org-1" batchId="b3" student={student} onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    const amount = within(dialog).getByLabelText(/amount refunded/i);
    await user.clear(amount);
    await user.type(amount, '10000');
    expect(within(dialog).getByTestId('refund-preview')).toHaveTextContent(/received ₹\s?25,000.*written off ₹\s?25,000/);
    await user.type(within(dialog).getByLabelText(/reason/i), '  Moved abroad ');
    await user.click(within(dialog).getByRole('button', { name: /^refund$/i }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([{ fn: 'refund_cohort_student', args: { p_cohort_student_id: 's1', p_amount: '10000.00', p_refunded_on: todayIn('Asia/Kolkata'), p_reason: 'Moved abroad' } }]);
  });

  it("shows the database's refusal next to its field", async () => {
    stubRpc(() => ({ error: { code: '22023', message: 'The refund date cannot be before 2025-01-01.', hint: 'field:refunded_on' } }));
    const user = userEvent.setup();
    renderWithProviders(<RefundDialog orgId="org-1" batchId="b3" student={student} onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText(/reason/i), 'Moved abroad');
    await user.click(within(dialog).getByRole('button', { name: /^refund$/i }));
    expect(await within(dialog).findByText(/cannot be before 2025-01-01/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/refund date/i)).toHaveAttribute('aria-invalid', 'true');
  });
});
