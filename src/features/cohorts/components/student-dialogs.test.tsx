// @vitest-environment jsdom
// Field errors clear as the field is fixed, and a refused save focuses the field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RosterRow } from '../api/rows';

// Only the network is stubbed: the supabase client's rpc.
const rpc = vi.fn();
vi.mock('@/lib/supabase', () => ({ supabase: { rpc: (...a: unknown[]) => rpc(...a) } }));

const { NotesDialog, RecordPaymentDialog } = await import('./student-dialogs');
const { renderWithProviders, nikist } = await import('@/lib/test-providers');

const student = {
  id: 's1', lead_name: 'Amit Kulkarni', lead_email: null, lead_phone: null, closer_name: 'Dipanshu', status: 'active',
  offer_amount: 50000, cash_received: 35000, due_amount: 15000, classes_access: 15, next_follow_up_date: null,
  pay_after_earning: false, notes: null, refund_reason: null, conversion_date: null,
} as unknown as RosterRow;

beforeEach(() => rpc.mockReset());
afterEach(cleanup);

describe('Record payment dialog', () => {
  it('focuses the invalid amount after a refused save and clears its error once it is fixed', async () => {
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
    expect(rpc).not.toHaveBeenCalled();
  });
});

describe('Notes dialog', () => {
  it('says there is nothing to save when nothing changed, and sends nothing; saves once it changed', async () => {
    const user = userEvent.setup();
    rpc.mockResolvedValue({ data: { student: { id: 's1', cohort_batch_id: 'b3', status: 'active' } }, error: null });
    const onClose = vi.fn();
    renderWithProviders(<NotesDialog orgId="org-1" batchId="b3" student={{ ...student, notes: 'Call after 6pm' }} onClose={onClose} />, { org: nikist, roles: ['cohort_manager'] });
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/nothing has changed/i);
    expect(rpc).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/^notes/i), ' on weekdays');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(rpc).toHaveBeenCalledWith('set_cohort_student_notes', { p_cohort_student_id: 's1', p_notes: 'Call after 6pm on weekdays' });
  });
});
