// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubRpc, stubTable, useStubNetwork, type RpcCall } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { CohortOverview } from './cohort-overview';

// Only the network is stubbed (MSW): the real supabase client reads the table and sends the rpcs.
useStubNetwork();
afterEach(cleanup);

const batch = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `b${n}`, cohort_type_id: 't1', cohort_type_name: 'Insider Crypto Club', name: `Batch ${n}`, status: 'active',
  start_date: '2026-02-01', end_date: null, students: 2, offered: 90000, received: 60000, due: 20000, written_off: 10000,
  total_count: 1000, total_capped: true, ...extra,
});

function setup(roles: Array<'admin' | 'cohort_manager'> = ['cohort_manager']) {
  stubTable('cohort_types', [{ id: 't1', name: 'Insider Crypto Club', description: 'Crypto for beginners' }]);
  const calls: RpcCall[] = stubRpc((fn) => {
    if (fn === 'cohort_type_totals') return { data: [{ cohort_type_id: 't1', batches: 1200, students: 30, offered: 100000, received: 70000, due: 20000, written_off: 10000 }] };
    if (fn === 'list_cohort_batches') return { data: [batch(3), batch(4, { status: 'completed', students: 0 })] };
    return { data: { today: '2026-12-02', money: { students: 0, offered: 0, received: 0, due: 0, written_off: 0 }, due_soon: { students: 0, amount: 0, by_day: [], rows: [] }, aging: [], collections: { this_week: { from: '2026-11-30', to: '2026-12-02', payments: 0, amount: 0, refunds: 0 }, last_week: { from: '2026-11-23', to: '2026-11-29', payments: 0, amount: 0, refunds: 0 }, by_day: [] }, needs_action: { students: 0, no_payment: 0, follow_up_today: 0, follow_up_overdue: 0, amount: 0, rows: [] } } };
  });
  renderWithProviders(<CohortOverview />, { org: nikist, roles });
  return { calls, user: userEvent.setup() };
}

describe('CohortOverview', () => {
  it("shows each type's sums and one page of batches from one column model, with a capped count", async () => {
    const { calls } = setup();
    const table = await screen.findByRole('table', { name: 'Batches' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Batch', 'Cohort type', 'Status', 'Dates', 'Students', 'Offered', 'Received', 'Due', 'Written off']);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Batch 3' })).toHaveAttribute('href', `/o/${nikist.id}/cohorts/batches/b3`);
    // Phone cards label each value with its column's header.
    expect(row.querySelector('td[data-label="Received"]')).toHaveTextContent('60,000');
    expect(screen.getByText(/1,000\+/)).toBeInTheDocument();
    const type = screen.getByRole('region', { name: 'Insider Crypto Club' });
    expect(within(type).getByTestId('type-totals-t1')).toHaveTextContent(/70,000/);
    expect(type).toHaveTextContent(/1,?200 batches · 30 students/);
    expect(calls.find((c) => c.fn === 'list_cohort_batches')?.args).toEqual({ p_organization_id: nikist.id, p_limit: '25', p_offset: '0' });
    // Not an admin: no edit buttons.
    expect(screen.queryByRole('button', { name: /^edit/i })).toBeNull();
  });

  it('sends the type, status and search filters and pages with the offset', async () => {
    const { calls, user } = setup(['admin']);
    await screen.findByRole('table', { name: 'Batches' });
    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    await user.click(screen.getByRole('button', { name: 'Show batches of Insider Crypto Club' }));
    await user.type(screen.getByLabelText('Search batches'), '100%');
    await waitFor(() => expect(calls.at(-1)?.args).toEqual({ p_organization_id: nikist.id, p_cohort_type_id: 't1', p_status: 'completed', p_search: '100%', p_limit: '25', p_offset: '0' }));
    await user.click(screen.getByRole('button', { name: /next/i }));
    await waitFor(() => expect(calls.at(-1)?.args).toMatchObject({ p_offset: '25', p_status: 'completed' }));
    // Admins edit a batch from its row.
    expect(screen.getByRole('button', { name: 'Edit Insider Crypto Club Batch 3' })).toBeInTheDocument();
  });
});
