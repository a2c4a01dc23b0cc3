// @vitest-environment jsdom
// The roster's filters: another filter, search or valid date range starts again at the first
// page; an invalid range shows its error and leaves the lists as they were. The network is stubbed
// with MSW: the real supabase client reads the batch and sends the rpcs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubRpc, stubTable, useStubNetwork, type RpcAnswer, type RpcCall } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { BatchRoster } from './batch-roster';

useStubNetwork();
afterEach(cleanup);

const TOTAL = 60;
const row = (i: number) => ({
  id: `s${i}`, lead_id: `l${i}`, lead_name: `Student ${i}`, lead_email: null, lead_phone: null, closer_id: null, closer_name: null, status: 'active',
  offer_amount: 50000, cash_received: 10000, due_amount: 40000, written_off: 0, classes_access: 15, conversion_date: '2026-02-03',
  next_follow_up_date: null, pay_after_earning: false, notes: null, refund_reason: null, total_count: TOTAL,
});
const totals = { students: TOTAL, offered: 3000000, received: 600000, due: 2400000, written_off: 0, by_closer: [] };
const counts = { all: TOTAL, refunded: 0, discontinued: 0, fully_paid: 0, follow_up_today: 0, pay_after_earning: 0 };

function answer(fn: string, args: Record<string, unknown>): RpcAnswer {
  if (fn === 'list_batch_roster') {
    const offset = Number(args.p_offset);
    const limit = Number(args.p_limit);
    return { data: Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, k) => row(offset + k + 1)) };
  }
  if (fn === 'batch_roster_counts') return { data: counts };
  if (fn === 'batch_roster_totals') return { data: totals };
  return { error: { code: 'P0001', message: `unexpected rpc ${fn}` } };
}

let calls: RpcCall[];
beforeEach(() => {
  stubTable('cohort_batches', [{ id: 'b3', name: 'Batch 3', status: 'active', start_date: '2026-02-01', end_date: null, created_at: '2026-01-10T10:00:00Z', cohort_type_id: 't1', cohort_types: { name: 'Insider Crypto Club' } }]);
  calls = stubRpc(answer);
});

// A loaded machine may take a while to send the next request (the search waits for its debounce).
const settle = { timeout: 5000 };
const rosterCalls = () => calls.filter((c) => c.fn === 'list_batch_roster').map((c) => c.args);
const lastRoster = () => rosterCalls().at(-1);

async function openSecondPage(user: ReturnType<typeof userEvent.setup>) {
  renderWithProviders(<BatchRoster batchId="b3" />, { org: nikist, roles: ['cohort_manager'] });
  await screen.findByText('Student 1', undefined, settle);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByText('Student 26', undefined, settle);
  expect(lastRoster()).toMatchObject({ p_offset: '25' });
}

describe('Batch roster paging', () => {
  it('goes back to the first page when the filter changes', async () => {
    const user = userEvent.setup();
    await openSecondPage(user);
    await user.click(screen.getByRole('radio', { name: /^refunded/i }));
    await waitFor(() => expect(lastRoster()).toMatchObject({ p_filter: 'refunded', p_offset: '0' }), settle);
    expect(rosterCalls().filter((a) => a.p_filter === 'refunded' && a.p_offset !== '0')).toEqual([]);
  });

  it('goes back to the first page once a search settles', async () => {
    const user = userEvent.setup();
    await openSecondPage(user);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'amit');
    await waitFor(() => expect(lastRoster()).toMatchObject({ p_search: 'amit', p_offset: '0' }), settle);
    expect(rosterCalls().filter((a) => a.p_search === 'amit' && a.p_offset !== '0')).toEqual([]);
  });

  it('applies a valid conversion-date range from the first page, and keeps the last valid one while the range is invalid', async () => {
    const user = userEvent.setup();
    await openSecondPage(user);
    const from = screen.getByLabelText('Converted from');
    const to = screen.getByLabelText('Converted until');
    await user.type(from, '01/03/2026');
    await waitFor(() => expect(lastRoster()).toMatchObject({ p_from: '2026-03-01', p_offset: '0' }), settle);
    expect(calls.filter((c) => c.fn === 'batch_roster_totals').at(-1)?.args).toMatchObject({ p_from: '2026-03-01' });
    // Until before from: the error shows, nothing is asked with that range.
    await user.type(to, '01/02/2026');
    expect(await screen.findByText('The end date cannot be before the start date.')).toBeInTheDocument();
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.args.p_to === '2026-02-01')).toEqual([]);
    // Cleared: the whole batch again.
    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    await waitFor(() => expect(lastRoster()).not.toHaveProperty('p_from'), settle);
    expect(within(screen.getByRole('table')).getByText('Student 1')).toBeInTheDocument();
  });
});
