// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';

// Only the network is stubbed: rpc answers from `rpc`.
const rpc = vi.fn();
vi.mock('@/lib/supabase', () => ({ supabase: { rpc: (...a: unknown[]) => rpc(...a) } }));

const { CohortInsights, weekChange } = await import('./cohort-insights');
const { barWidth } = await import('./bar-list');
const { renderWithProviders, nikist } = await import('@/lib/test-providers');

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

beforeEach(() => {
  rpc.mockReset();
  rpc.mockResolvedValue({ data, error: null });
});
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
    renderWithProviders(<CohortInsights />, { org: nikist, roles: ['cohort_manager'] });
    expect(await screen.findByRole('heading', { name: 'Money insights' })).toBeInTheDocument();
    expect(rpc).toHaveBeenCalledWith('cohort_insights', { p_organization_id: nikist.id, p_batch_id: undefined, p_limit: '10', p_due_soon_offset: '0', p_action_offset: '0' });
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
    renderWithProviders(<CohortInsights batchId="b1" />, { org: nikist, roles: ['admin'] });
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeInTheDocument();
    expect(rpc).toHaveBeenCalledWith('cohort_insights', expect.objectContaining({ p_batch_id: 'b1' }));
    expect(within(screen.getByRole('table', { name: 'Due in the next 14 days' })).queryByRole('link')).toBeNull();
  });
});
