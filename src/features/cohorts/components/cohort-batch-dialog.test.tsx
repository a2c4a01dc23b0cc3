// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubRpc, useStubNetwork, type RpcAnswer } from '@/lib/test-network';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import { CohortBatchDialog } from './cohort-batch-dialog';

// Only the network is stubbed (MSW): the real supabase client sends the rpc.
useStubNetwork();

function setup() {
  const onClose = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<CohortBatchDialog orgId="org-1" cohortTypeId="t1" typeName="Insider Crypto Club" onClose={onClose} />, { org: nikist, roles: ['admin'] });
  const dialog = screen.getByRole('dialog', { name: /add a batch to insider crypto club/i });
  return { user, onClose, dialog };
}

afterEach(cleanup);

describe('Cohort batch dialog', () => {
  it('refuses an end date before the start date next to the field, and sends nothing', async () => {
    const calls = stubRpc(() => ({ data: null }));
    const { user, dialog } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.type(within(dialog).getByLabelText(/^start date/i), '2026-03-01');
    await user.type(within(dialog).getByLabelText(/^end date/i), '2026-02-01');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The end date is before the start date.');
    expect(within(dialog).getByLabelText(/^end date/i)).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('shows a server refusal next to the field it names and stays open', async () => {
    stubRpc(() => ({ error: { message: 'Insider Crypto Club already has a batch named Batch 3.', code: '22023', hint: 'field:name' } }));
    const { user, dialog, onClose } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 3');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Insider Crypto Club already has a batch named Batch 3.');
    expect(within(dialog).getByLabelText(/^name/i)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('saves once while pending, with Cancel disabled, then closes', async () => {
    let resolve: (v: RpcAnswer) => void = () => {};
    const calls = stubRpc(() => new Promise<RpcAnswer>((r) => (resolve = r)));
    const { user, dialog, onClose } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    const saving = await within(dialog).findByRole('button', { name: /saving/i });
    expect(saving).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: /^cancel$/i })).toBeDisabled();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ fn: 'save_cohort_batch', args: expect.objectContaining({ p_organization_id: 'org-1', p_cohort_type_id: 't1', p_name: 'Batch 6', p_status: 'planned' }) });
    resolve({ data: { id: 'b6' } });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls).toHaveLength(1);
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

    const calls = stubRpc(() => ({ data: null }));
    const { user, dialog } = setup();
    await user.type(within(dialog).getByLabelText(/^name/i), 'Batch 6');
    await user.type(within(dialog).getByLabelText(/^start date/i), '1999-12-31');
    await user.click(within(dialog).getByRole('button', { name: /^save$/i }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Choose a date between 1 January 2000 and 31 December 2100.');
    expect(within(dialog).getByLabelText(/^start date/i)).toHaveAttribute('aria-invalid', 'true');
    // A text field in the organization's format (Nikist, en-IN: day first), not the browser's picker.
    expect(within(dialog).getByLabelText(/^start date/i)).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(calls).toEqual([]);
  });
});
