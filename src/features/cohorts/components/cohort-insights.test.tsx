// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubRpc, useStubNetwork, type RpcCall } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { CohortInsights, weekChange } from './cohort-insights';
import { barWidth } from './bar-list';

// Only the network is stubbed (MSW): the real supabase client sends the rpc.
useStubNetwork();

const data = {
  today: '2026-12-02',
  due_soon: {
    students: 2, amount: 17000,
    by_day: [{ date: '2026-12-02', students: 1, amount: 9000 }, { date: '2026-12-05', students: 1, amount: 8000 }],
    rows: [
      { student_id: 's2', lead_name: 'Student s2', batch_id: 'b1', batch_name: 'B1', due_amount: 9000, next_follow_up_date: '2026-12-02' },
      { student_id: 's1', lead_name: 'Student s1', batch_id: 'b1', batch_name: 'B1', due_amount: 8000, next_follow_up_date: '2026-12-05' },
    ],
  },
  money: { students: 7, offered: 70000, received: 11000, due: 34000, written_off: 25000 },
  aging: [
    { bucket: '0_30', students: 1, amount: 8000 },
    { bucket: '31_60', students: 1, amount: 9000 },
    { bucket: '61_90', students: 1, amount: 10000 },
    { bucket: '90_plus', students: 1, amount: 7000 },
    { bucket: 'unknown', students: 0, amount: 0 },
  ],
  collections: {
    this_week: { from: '2026-11-30', to: '2026-12-02', payments: 2, amount: 2500, refunds: 500 },
    last_week: { from: '2026-11-23', to: '2026-11-29', payments: 1, amount: 5000, refunds: 0 },
    by_day: [],
  },
  needs_action: {
    students: 1, no_payment: 1, follow_up_today: 0, follow_up_overdue: 1, amount: 10000,
    rows: [{ student_id: 's3', lead_name: 'Student s3', batch_id: 'b1', batch_name: 'B1', due_amount: 10000, next_follow_up_date: '2026-11-30', last_paid_on: null, no_payment: true, follow_up_today: false, follow_up_overdue: true }],
  },
};

let calls: RpcCall[];
const answerWith = (d: unknown) => {
  calls = stubRpc(() => ({ data: d }));
};
afterEach(cleanup);

describe('insight helpers', () => {
  it('weekChange is the percent change, or null without a last week', () => {
    expect(weekChange(2500, 5000)).toBe(-50);
    expect(weekChange(7500, 5000)).toBe(50);
    expect(weekChange(100, 0)).toBeNull();
  });
  it('barWidth is the share of the largest value, at least 1% when not zero', () => {
    expect(barWidth(5, 10)).toBe(50);
    expect(barWidth(0, 10)).toBe(0);
    expect(barWidth(1, 100000)).toBe(1);
    expect(barWidth(3, 0)).toBe(0);
  });
});

describe('CohortInsights', () => {
  it('asks for the organization without a batch and shows each figure in a table next to its chart', async () => {
    answerWith(data);
    renderWithProviders(<CohortInsights />, { org: nikist, roles: ['cohort_manager'] });
    expect(await screen.findByRole('heading', { name: 'Money insights' })).toBeInTheDocument();
    // No batch: the argument is left out of the request.
    expect(calls).toEqual([{ fn: 'cohort_insights', args: { p_organization_id: nikist.id, p_limit: '10', p_due_soon_offset: '0', p_action_offset: '0' } }]);
    expect(screen.getByTestId('due-soon-amount')).toHaveTextContent('17,000');
    expect(screen.getByText(/-50%/)).toBeInTheDocument();
    const aging = screen.getByRole('table', { name: 'Receivables aging' });
    const rows = within(aging).getAllByRole('row').slice(1);
    // The empty 'unknown' bucket is left out; the four age buckets are in order.
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/0–30 days1₹8,000/), expect.stringMatching(/31–60/), expect.stringMatching(/61–90/), expect.stringMatching(/Over 90 days1₹7,000/)]);
    expect(screen.getAllByRole('img', { name: /same figures are in the table/i }).length).toBeGreaterThanOrEqual(3);
    const action = screen.getByRole('table', { name: 'Students needing action' });
    expect(action).toHaveTextContent(/Student s3/);
    expect(action).toHaveTextContent(/Follow-up overdue/);
    expect(action).toHaveTextContent(/Never/);
    // Organization scope names the batch of each student.
    expect(within(screen.getByRole('table', { name: 'Due in the next 14 days' })).getAllByRole('link', { name: 'B1' })).toHaveLength(2);
  });

  it('asks for one batch on a batch page, without a batch column', async () => {
    answerWith(data);
    renderWithProviders(<CohortInsights batchId="b1" />, { org: nikist, roles: ['admin'] });
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ fn: 'cohort_insights', args: { p_batch_id: 'b1' } });
    expect(within(screen.getByRole('table', { name: 'Due in the next 14 days' })).queryByRole('link')).toBeNull();
  });

  it('asks for the next page of students needing action with its offset', async () => {
    const many = { ...data, needs_action: { ...data.needs_action, students: 12 } };
    answerWith(many);
    const user = userEvent.setup();
    renderWithProviders(<CohortInsights />, { org: nikist, roles: ['cohort_manager'] });
    const action = (await screen.findByRole('heading', { name: 'Students needing action' })).closest('article')!;
    await user.click(within(action as HTMLElement).getByRole('button', { name: /next/i }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ fn: 'cohort_insights', args: { p_action_offset: '10', p_due_soon_offset: '0' } }));
  });

  it('shows a readable error with a retry when the database refuses', async () => {
    stubRpc(() => ({ error: { code: 'PT403', message: 'Only cohort staff can see insights.', hint: 'not_allowed' }, status: 403 }));
    renderWithProviders(<CohortInsights />, { org: nikist, roles: ['cohort_manager'] });
    expect(await screen.findByText(/only cohort staff can see insights/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
