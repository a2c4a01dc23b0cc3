// @vitest-environment jsdom
// The network is stubbed with MSW: the real supabase client reads the tables and sends the rpc.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CloserCallRow } from '../api/rows';
import { stubRpc, stubTable, useStubNetwork, type RpcAnswer } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { UpdateEmiDialog } from './update-emi-dialog';

useStubNetwork();

const call: CloserCallRow = {
  id: 'c1', lead_id: 'l1', lead_name: 'Amit Kulkarni', lead_email: null, lead_phone: null,
  scheduled_date: '2026-02-03', scheduled_time: '11:00:00', scheduled_at: '2026-02-03T05:30:00Z', status: 'converted', batch_id: 'b3', batch_name: 'Batch 3',
  cohort_type_name: 'Insider Crypto Club', offer_amount: 50000, cash_received: 20000, due_amount: 30000, classes_access: 15,
  next_follow_up_date: null, additional_comments: null, version: 2, bucket: 'past', total_count: 1,
};
const student = (cash: number, offer = 50000) => ({
  id: 's1', organization_id: 'org-1', cohort_batch_id: 'b3', lead_id: 'l1', call_appointment_id: 'c1', closer_id: 'u1',
  offer_amount: offer, cash_received: cash, due_amount: offer - cash, classes_access: 15, status: 'active',
  cohort_batches: { name: 'Batch 3', cohort_types: { name: 'Insider Crypto Club' } },
});
const payment = (id: string, amount: number) => ({ id, cohort_student_id: 's1', kind: 'payment' as const, amount, paid_on: '2026-02-03', payment_platform: 'UPI', remarks: null, created_at: '2026-02-03T10:00:00Z' });

// Table reads answer with `tables` as they are when the test renders (serveTables); the rpc
// answers with `rpcAnswer` and records its calls in `rpcCalls`.
let tables: Record<string, Record<string, unknown>[]> = {};
let rpcAnswer: RpcAnswer = { error: { code: 'P0001', message: 'unexpected rpc' } };
let rpcCalls: { fn: string; args: Record<string, unknown> }[] = [];
beforeEach(() => {
  tables = {
    cohort_students: [student(20000)],
    emi_payments: [payment('p1', 10000), payment('p2', 10000)],
    offer_amount_history: [],
    cohort_batches: [{ id: 'b3', name: 'Batch 3', cohort_types: { name: 'Insider Crypto Club' } }],
  };
  rpcCalls = stubRpc(() => rpcAnswer);
});
afterEach(cleanup);

function serveTables() {
  for (const [name, rows] of Object.entries(tables)) stubTable(name, rows);
}

describe('Update EMI dialog', () => {
  it('shows offer, cash, due and the share paid from the ledger', async () => {
    serveTables();
    renderWithProviders(<UpdateEmiDialog orgId="org-1" call={call} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByTestId('emi-due')).toHaveTextContent(/30,000/);
    expect(screen.getByText(/40% paid/i)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('shows the fully-paid state', async () => {
    tables.cohort_students = [student(50000)];
    serveTables();
    renderWithProviders(<UpdateEmiDialog orgId="org-1" call={call} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText(/fully paid/i)).toBeInTheDocument();
  });

  it('shows a refunded student as owing nothing (due from the database) and offers no new payment', async () => {
    tables.cohort_students = [{ ...student(20000), status: 'refunded', due_amount: 0 }];
    serveTables();
    renderWithProviders(<UpdateEmiDialog orgId="org-1" call={call} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    expect(await screen.findByTestId('emi-owes-nothing')).toHaveTextContent(/refunded: owes nothing/i);
    expect(screen.getByTestId('emi-due')).toHaveTextContent(/^₹\s?0(\.00)?$/);
    expect(screen.getByTestId('emi-cash')).toHaveTextContent(/20,000/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /record payment/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^record payment$/i })).not.toBeInTheDocument();
    expect(screen.getByText(/no new payment can be recorded/i)).toBeInTheDocument();
    // The earlier payments are still listed.
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('refuses an offer below the cash received before calling the server', async () => {
    const user = userEvent.setup();
    serveTables();
    renderWithProviders(<UpdateEmiDialog orgId="org-1" call={call} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    const form = await screen.findByRole('form', { name: /change offer/i });
    const input = within(form).getByLabelText(/new offer/i);
    await user.clear(input);
    await user.type(input, '15000');
    await user.click(within(form).getByRole('button', { name: /change offer/i }));
    expect(await within(form).findByText(/cannot be less than the cash already received/i)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(rpcCalls).toEqual([]);
  });

  it('records a payment with one rpc and refuses one above the due', async () => {
    rpcAnswer = { data: { payment: payment('p3', 5000), student: student(25000) } };
    const user = userEvent.setup();
    serveTables();
    renderWithProviders(<UpdateEmiDialog orgId="org-1" call={call} onClose={() => {}} />, { org: nikist, roles: ['closer'] });
    const form = await screen.findByRole('form', { name: /record payment/i });
    await user.type(within(form).getByLabelText(/amount/i), '30001');
    await user.click(within(form).getByRole('button', { name: /record payment/i }));
    expect(await within(form).findByText(/more than what is due/i)).toBeInTheDocument();
    expect(rpcCalls).toEqual([]);
    await user.clear(within(form).getByLabelText(/amount/i));
    await user.type(within(form).getByLabelText(/amount/i), '5000');
    await user.click(within(form).getByRole('button', { name: /record payment/i }));
    await waitFor(() => expect(rpcCalls).toHaveLength(1));
    expect(rpcCalls[0]).toEqual({ fn: 'record_payment', args: expect.objectContaining({ p_cohort_student_id: 's1', p_amount: '5000.00' }) });
  });
});
