// @vitest-environment jsdom
// The network is stubbed with MSW: the real supabase client sends the rpcs, answered by `answer`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RosterRow } from '../api/rows';
import { stubRpc, useStubNetwork, type RpcAnswer, type RpcCall } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { PaymentHistoryDialog, validatePaymentEdit } from './payment-history';

useStubNetwork();

const student: RosterRow = {
  id: 's1', lead_id: 'l1', lead_name: 'Amit Kulkarni', lead_email: null, lead_phone: null, closer_id: 'u1', closer_name: 'Dipanshu',
  status: 'active', offer_amount: 50000, cash_received: 20000, due_amount: 30000, written_off: 0, classes_access: 15, conversion_date: '2026-02-03',
  next_follow_up_date: null, pay_after_earning: false, notes: null, refund_reason: null, total_count: 1,
};
const history = {
  student: { status: 'active', offer_amount: 50000, cash_received: 20000, due_amount: 30000, written_off: 0 },
  payments: [
    { id: 'p2', kind: 'payment', amount: 5000, paid_on: '2026-03-01', payment_platform: 'UPI', remarks: 'March EMI', recorded_by: 'u2', recorded_by_name: 'Sneha Cohorts', created_at: '2026-03-01T10:00:00Z', updated_at: '2026-03-01T10:00:00Z' },
    { id: 'p1', kind: 'payment', amount: 15000, paid_on: '2026-02-03', payment_platform: null, remarks: 'Recorded at conversion', recorded_by: 'u1', recorded_by_name: 'Dipanshu', created_at: '2026-02-03T10:00:00Z', updated_at: '2026-02-03T10:00:00Z' },
  ],
  offer_changes: [{ id: 'h1', old_amount: 55000, new_amount: 50000, reason: 'Scholarship', changed_by: 'u3', changed_by_name: 'Rohan Admin', changed_at: '2026-02-10T10:00:00Z' }],
};

// What the database answers each rpc (a test may replace it before rendering); `calls` lists
// the rpcs sent, in order.
let answer: (fn: string) => RpcAnswer;
let calls: RpcCall[];
beforeEach(() => {
  answer = (fn) => (fn === 'student_payment_history' ? { data: history } : { data: { student: { id: 's1', cohort_batch_id: 'b', status: 'active' } } });
  calls = stubRpc((fn) => answer(fn));
});
afterEach(cleanup);

describe('validatePaymentEdit', () => {
  it('refuses a bad, zero or too large amount and a missing date', () => {
    expect(validatePaymentEdit({ amount: 'abc', paid_on: '2026-01-01' }, 100)).toEqual({ amount: 'sales.form.amountInvalid' });
    expect(validatePaymentEdit({ amount: '0', paid_on: '2026-01-01' }, 100)).toEqual({ amount: 'sales.form.amountPositive' });
    expect(validatePaymentEdit({ amount: '100.01', paid_on: '2026-01-01' }, 100)).toEqual({ amount: 'sales.form.amountAboveDue' });
    expect(validatePaymentEdit({ amount: '100', paid_on: '' }, 100)).toEqual({ paid_on: 'sales.form.dateRequired' });
    expect(validatePaymentEdit({ amount: '1,00', paid_on: '2026-01-01' }, 100)).toEqual({});
  });
});

describe('Payment history dialog', () => {
  it('lists every payment with date, amount, platform and who recorded it, and the offer changes with who and why', async () => {
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    const payments = await screen.findByRole('table', { name: /payments of amit/i });
    const rows = within(payments).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/5,000/);
    expect(rows[0]).toHaveTextContent(/UPI/);
    expect(rows[0]).toHaveTextContent(/Sneha Cohorts/);
    const offers = screen.getByRole('table', { name: /offer changes of amit/i });
    expect(offers).toHaveTextContent(/Rohan Admin/);
    expect(offers).toHaveTextContent(/Scholarship/);
    expect(calls).toContainEqual({ fn: 'student_payment_history', args: { p_cohort_student_id: 's1' } });
  });

  it('lets a cohort manager edit a payment within the due plus its own amount, with one rpc', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    await user.click(await screen.findByRole('button', { name: /edit the payment of \D*5,000/i }));
    const form = screen.getByRole('form', { name: /edit payment/i });
    const amount = within(form).getByLabelText(/amount/i);
    await user.clear(amount);
    await user.type(amount, '35001');
    await user.click(within(form).getByRole('button', { name: /save payment/i }));
    expect(await within(form).findByText(/more than what is due/i)).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '35000');
    await user.click(within(form).getByRole('button', { name: /save payment/i }));
    await waitFor(() => expect(calls).toContainEqual({ fn: 'update_payment', args: expect.objectContaining({ p_payment_id: 'p2', p_paid_on: '2026-03-01', p_payment_platform: 'UPI' }) }));
    expect(calls.filter((c) => c.fn === 'update_payment')).toHaveLength(1);
  });

  it('deletes a payment only after confirming', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    await user.click(await screen.findByRole('button', { name: /delete the payment of \D*15,000/i }));
    expect(calls.some((c) => c.fn === 'delete_payment')).toBe(false);
    await user.click(within(screen.getByRole('group', { name: /confirm delete/i })).getByRole('button', { name: /confirm delete/i }));
    await waitFor(() => expect(calls).toContainEqual({ fn: 'delete_payment', args: { p_payment_id: 'p1' } }));
  });

  it('shows a closer the history without edit or delete', async () => {
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    await screen.findByRole('table', { name: /payments of amit/i });
    expect(screen.queryByRole('button', { name: /edit the payment/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /delete the payment/i })).toBeNull();
  });

  it('refreshes its own figures after an edit and after a delete (they come with the history, not the roster row)', async () => {
    // The database's answers as the ledger changes: 20,000 received, then 50,000 after the edit,
    // then 35,000 after the delete.
    let received = 20000;
    answer = (fn) => {
      if (fn === 'update_payment') received = 50000;
      if (fn === 'delete_payment') received = 35000;
      const student = { status: 'active', offer_amount: 50000, cash_received: received, due_amount: 50000 - received, written_off: 0 };
      // What update_payment / delete_payment return: the whole rows (to_jsonb), as the shared slice parses them.
      const row = { id: 's1', organization_id: nikist.id, cohort_batch_id: 'b', lead_id: 'l1', call_appointment_id: null, closer_id: null, classes_access: 15, ...student };
      const payment = { id: 'p2', cohort_student_id: 's1', kind: 'payment', amount: 35000, paid_on: '2026-03-01', payment_platform: 'UPI', remarks: null, created_at: '2026-03-01T10:00:00Z' };
      if (fn === 'student_payment_history') return { data: { ...history, student } };
      return { data: fn === 'update_payment' ? { payment, student: row } : { student: row } };
    };
    const user = userEvent.setup();
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['cohort_manager'] });
    await user.click(await screen.findByRole('button', { name: /edit the payment of \D*5,000/i }));
    const form = screen.getByRole('form', { name: /edit payment/i });
    const amount = within(form).getByLabelText(/amount/i);
    await user.clear(amount);
    await user.type(amount, '35000');
    await user.click(within(form).getByRole('button', { name: /save payment/i }));
    await waitFor(() => expect(screen.getByTestId('history-received')).toHaveTextContent(/50,000/));
    expect(screen.getByTestId('history-due')).toHaveTextContent(/₹\s?0(\.00)?$/);
    await user.click(screen.getByRole('button', { name: /delete the payment of \D*15,000/i }));
    await user.click(within(screen.getByRole('group', { name: /confirm delete/i })).getByRole('button', { name: /confirm delete/i }));
    await waitFor(() => expect(screen.getByTestId('history-received')).toHaveTextContent(/35,000/));
    expect(screen.getByTestId('history-due')).toHaveTextContent(/15,000/);
  });

  it('shows a refund as money out, without an edit button', async () => {
    answer = (fn) =>
      fn === 'student_payment_history'
        ? { data: { ...history, student: { status: 'refunded', offer_amount: 50000, cash_received: 12000, due_amount: 0, written_off: 38000 }, payments: [{ ...history.payments[0]!, id: 'r1', kind: 'refund', amount: 8000, remarks: 'Moved abroad' }, ...history.payments] } }
        : { data: null };
    renderWithProviders(<PaymentHistoryDialog orgId={nikist.id} student={student} onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const payments = await screen.findByRole('table', { name: /payments of amit/i });
    const refundRow = within(payments).getAllByRole('row')[1]!;
    expect(refundRow).toHaveTextContent(/− ₹\s?8,000/);
    expect(refundRow).toHaveTextContent(/Refund/);
    expect(within(refundRow).queryByRole('button', { name: /edit/i })).toBeNull();
    expect(screen.getByTestId('history-written-off')).toHaveTextContent(/38,000/);
  });
});
