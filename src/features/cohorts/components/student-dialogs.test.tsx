// @vitest-environment jsdom
// Field errors clear as the field is fixed, and a refused save focuses the field. The network is
// stubbed with MSW: the real supabase client sends the rpc.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RosterRow } from '../api/rows';
import { stubRpc, stubTable, useStubNetwork } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { NotesDialog, RecordPaymentDialog } from './student-dialogs';

useStubNetwork();
afterEach(cleanup);

const student = {
  id: 's1', lead_name: 'Amit Kulkarni', lead_email: null, lead_phone: null, closer_name: 'Dipanshu', status: 'active',
  offer_amount: 50000, cash_received: 35000, due_amount: 15000, written_off: 0, classes_access: 15, next_follow_up_date: null,
  pay_after_earning: false, notes: null, refund_reason: null, conversion_date: null, total_count: 1,
} as unknown as RosterRow;

const studentRow = { id: 's1', organization_id: nikist.id, cohort_batch_id: 'b3', lead_id: 'l1', call_appointment_id: null, closer_id: null, offer_amount: 50000, cash_received: 35000, due_amount: 15000, classes_access: 15, status: 'active' };

describe('Record payment dialog', () => {
  it('focuses the invalid amount after a refused save and clears its error once it is fixed', async () => {
    const calls = stubRpc(() => ({ data: null }));
    stubTable('cohort_batches', [{ id: 'b3', name: 'Batch 3', status: 'active', start_date: '2026-02-01', end_date: null, created_at: '2026-01-10T10:00:00Z', cohort_type_id: 't1', cohort_types: { name: 'Insider Crypto Club' } }]);
    const user = userEvent.setup();
    renderWithProviders(<RecordPaymentDialog orgId="org-1" batchId="b3" student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    const dialog = screen.getByRole('dialog');
    const amount = within(dialog).getByLabelText(/^amount/i);
    await user.type(amount, '99999');
    await user.click(within(dialog).getByRole('button', { name: /^record payment$/i }));
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveFocus();
    await user.clear(amount);
    await user.type(amount, '1000');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(amount).toHaveAttribute('aria-invalid', 'false');
    expect(calls.filter((c) => c.fn === 'record_payment')).toEqual([]);
  });
});

describe('Notes dialog', () => {
  it('says there is nothing to save when nothing changed, and sends nothing; saves once it changed', async () => {
    const calls = stubRpc(() => ({ data: { student: studentRow } }));
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(<NotesDialog orgId="org-1" batchId="b3" student={{ ...student, notes: 'Call after 6pm' }} onClose={onClose} />, { org: nikist, roles: ['cohort_manager'] });
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/nothing has changed/i);
    expect(calls).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^notes/i), ' on weekdays');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toEqual([{ fn: 'set_cohort_student_notes', args: { p_cohort_student_id: 's1', p_notes: 'Call after 6pm on weekdays' } }]);
  });

  it('shows the refusal of the database next to the field it names', async () => {
    stubRpc(() => ({ error: { code: '22023', message: 'Notes are at most 4000 characters.', hint: 'field:notes' } }));
    const user = userEvent.setup();
    renderWithProviders(<NotesDialog orgId="org-1" batchId="b3" student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^notes/i), 'Long');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Notes are at most 4000 characters.');
    expect(within(dialog).getByLabelText(/^notes/i)).toHaveAttribute('aria-invalid', 'true');
  });
});
