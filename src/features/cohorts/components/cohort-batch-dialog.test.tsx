// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// Only the network is stubbed: the supabase client's rpc.
const rpc = vi.fn();
vi.mock('@/lib/supabase', () => ({ supabase: { rpc: (...a: unknown[]) => rpc(...a) } }));

const { CohortBatchDialog } = await import('./cohort-batch-dialog');
const { renderWithProviders, nikist } = await import('@/lib/test-providers');

function setup() {
  const onClose = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<CohortBatchDialog orgId="org-1" cohortTypeId="t1" typeName="Insider Crypto Club" onClose={onClose} />, { org: nikist, roles: ['admin'] });
  const dialog = screen.getByRole('dialog', { name: /add a batch to insider crypto club/i });
  return { user, onClose, dialog };
}

beforeEach(() => {
  rpc.mockReset();
});
afterEach(cleanup);

describe('Cohort batch dialog', () => {
  it('refuses an end date before the start date next to the field, and sends nothing', async () => {
    const { user, dialog } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.type(within(dialog).getByLabelText(/^start date/i), '2026-03-01');
    await user.type(within(dialog).getByLabelText(/^end date/i), '2026-02-01');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The end date is before the start date.');
    expect(within(dialog).getByLabelText(/^end date/i)).toHaveAttribute('aria-invalid', 'true');
    expect(rpc).not.toHaveBeenCalled();
  });

  it('shows a server refusal next to the field it names and stays open', async () => {
    rpc.mockResolvedValue({ data: null, error: { message: 'Insider Crypto Club already has a batch named Batch 3.', code: '22023', hint: 'field:name', details: null } });
    const { user, dialog, onClose } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 3');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Insider Crypto Club already has a batch named Batch 3.');
    expect(within(dialog).getByLabelText(/^name/i)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('saves once while pending, with Cancel disabled, then closes', async () => {
    let resolve: (v: unknown) => void = () => {};
    rpc.mockImplementation(() => new Promise((r) => (resolve = r)));
    const { user, dialog, onClose } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    const saving = await within(dialog).findByRole('button', { name: /saving/i });
    expect(saving).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: /^cancel$/i })).toBeDisabled();
    expect(rpc).toHaveBeenCalledTimes(1);
    expect(rpc).toHaveBeenCalledWith('save_cohort_batch', expect.objectContaining({ p_organization_id: 'org-1', p_cohort_type_id: 't1', p_name: 'Batch 6', p_status: 'planned' }));
    resolve({ data: { id: 'b6' }, error: null });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpc).toHaveBeenCalledTimes(1);
  });
});

describe('Cohort batch dialog: date range', () => {
  it('refuses a start or end date outside 2000-01-01..2100-12-31 next to the field, and sends nothing', async () => {
    const { cohortBatchFormSchema } = await import('./cohort-batch-dialog');
    const base = { name: 'Batch 6', status: 'planned', start_date: '', end_date: '' };
    for (const [field, value] of [['start_date', '1999-12-31'], ['end_date', '2101-01-01'], ['start_date', '0999-01-01'], ['end_date', '2026-02-30']] as const) {
      const r = cohortBatchFormSchema.safeParse({ ...base, [field]: value });
      expect(r.success, `${field}=${value}`).toBe(false);
      expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([[field, 'cohorts.form.batchDateRange']]);
    }
    expect(cohortBatchFormSchema.safeParse({ ...base, start_date: '2000-01-01', end_date: '2100-12-31' }).success).toBe(true);
    expect(cohortBatchFormSchema.safeParse(base).success).toBe(true);

    const { user, dialog } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.type(within(dialog).getByLabelText(/^start date/i), '1999-12-31');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a date between 1 January 2000 and 31 December 2100.');
    expect(within(dialog).getByLabelText(/^start date/i)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^start date/i)).toHaveAttribute('min', '2000-01-01');
    expect(rpc).not.toHaveBeenCalled();
  });
});
