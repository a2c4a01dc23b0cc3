// @vitest-environment jsdom
// The Update dialog with the real supabase client and React Query; only the network is stubbed
// (MSW, src/lib/test-network.ts), answering the way PostgREST does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CloserCallRow } from '../api/rows';
import { dbError, ok, rpc, sentTo, server, setupNetwork, table, type Reply } from '@/lib/test-network';
import { UpdateCallDialog } from './update-call-dialog';
import { todayIn } from '@/domain/dates';
import { addDays } from '@/domain/input-rules';
import { renderWithProviders, nikist } from '@/lib/test-providers';

const batches = [{ id: 'b3', name: 'Batch 3', cohort_types: { name: 'Insider Crypto Club' } }];
const CONVERT = '/rest/v1/rpc/convert_call_appointment';
const STATUS = '/rest/v1/rpc/update_call_appointment_status';
/** Every write the dialog sent, in order. */
const writes = () => [...sentTo(CONVERT), ...sentTo(STATUS)];
/** Answers both write functions with `reply`. */
function answerWrites(reply: (body: unknown) => Reply | Promise<Reply>) {
  server.use(rpc('convert_call_appointment', reply), rpc('update_call_appointment_status', reply));
}

setupNetwork();

const call: CloserCallRow = {
  id: 'c1',
  lead_id: 'l1',
  lead_name: 'Naveen S P',
  lead_email: 'naveen@example.com',
  lead_phone: null,
  scheduled_date: '2026-11-23',
  scheduled_time: '11:00:00',
  scheduled_at: '2026-11-23T05:30:00Z',
  status: 'scheduled',
  batch_id: null,
  batch_name: null,
  cohort_type_name: null,
  offer_amount: 0,
  cash_received: 0,
  due_amount: 0,
  classes_access: null,
  next_follow_up_date: null,
  additional_comments: null,
  version: 3,
  bucket: 'today',
  total_count: 1,
};

function setup(row: CloserCallRow = call) {
  const onClose = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<UpdateCallDialog orgId="org-1" call={row} onClose={onClose} />, { org: nikist, roles: ['closer'] });
  const dialog = screen.getByRole('dialog');
  return { user, onClose, dialog };
}

beforeEach(() => {
  server.use(table('cohort_batches', () => ok(batches)));
  answerWrites(() => dbError(500, 'XX000', 'unexpected write'));
});
afterEach(cleanup);

describe('Update call dialog', () => {
  it('requires remarks for not converted, next to the field, and sends nothing', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'not_converted');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    const remarks = within(dialog).getByLabelText(/^remarks/i);
    expect(remarks).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(/remarks are required/i)).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it('does not offer legacy statuses', () => {
    const { dialog } = setup();
    const options = within(within(dialog).getByLabelText(/^status/i)).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).not.toContain('so_so');
    expect(options).not.toContain('pending');
    expect(options).not.toContain('not_decided');
    expect(options).toContain('converted_intermediate');
  });

  it('refuses a conversion without batch and classes, and cash above the offer', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'converted');
    await user.type(within(dialog).getByLabelText(/^offer/i), '1000');
    await user.type(within(dialog).getByLabelText(/^cash received/i), '2000');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText(/choose a batch\./i)).toBeInTheDocument();
    expect(within(dialog).getByText(/choose classes access \(/i)).toBeInTheDocument();
    expect(within(dialog).getByText(/cannot be more than the offer/i)).toBeInTheDocument();
    expect(within(dialog).getByTestId('computed-due')).toHaveTextContent('-');
    expect(writes()).toEqual([]);
  });

  it('shows the live due, a confirmation step, and saves once however often Save is clicked', async () => {
    let resolve: (v: Reply) => void = () => {};
    answerWrites(() => new Promise<Reply>((r) => (resolve = r)));
    const { user, dialog, onClose } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'converted');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /batch 3/i })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText(/^batch/i), 'b3');
    await user.selectOptions(within(dialog).getByLabelText(/^classes access/i), '15');
    await user.type(within(dialog).getByLabelText(/^offer/i), '50000');
    await user.type(within(dialog).getByLabelText(/^cash received/i), '12500');
    expect(within(dialog).getByTestId('computed-due')).toHaveTextContent(/37,500/);
    await user.click(within(dialog).getByRole('button', { name: /review/i }));

    const confirm = screen.getByRole('dialog');
    expect(within(confirm).getByText(/check the change/i)).toBeInTheDocument();
    expect(within(confirm).getByText(/Insider Crypto Club · Batch 3/)).toBeInTheDocument();
    const save = within(confirm).getByRole('button', { name: /^save$/i });
    await user.dblClick(save);
    await user.click(save);
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toEqual({
      path: CONVERT,
      body: expect.objectContaining({ p_appointment_id: 'c1', p_status: 'converted', p_batch_id: 'b3', p_classes_access: '15', p_offer_amount: '50000.00', p_cash_received: '12500.00', p_expected_version: '3' }),
    });
    expect(within(confirm).getByRole('button', { name: /saving/i })).toBeDisabled();

    resolve(
      ok({
        appointment: { id: 'c1', status: 'converted', version: 4, batch_id: 'b3' },
        student: { id: 's1', organization_id: 'org-1', cohort_batch_id: 'b3', lead_id: 'l1', call_appointment_id: 'c1', closer_id: 'u1', offer_amount: 50000, cash_received: 12500, due_amount: 37500, classes_access: 15, status: 'active' },
      }),
    );
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(writes()).toHaveLength(1);
  });

  it('shows a server refusal next to its field and returns to the form', async () => {
    answerWrites(() => dbError(400, '22023', 'Cash received cannot go down: edit the payments instead.', 'field:cash_received'));
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'converted');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /batch 3/i })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText(/^batch/i), 'b3');
    await user.selectOptions(within(dialog).getByLabelText(/^classes access/i), '3');
    await user.type(within(dialog).getByLabelText(/^offer/i), '100');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^save$/i }));
    const field = await screen.findByLabelText(/^cash received/i);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field).toHaveFocus());
    expect(within(screen.getByRole('dialog')).getByLabelText(/^offer/i)).toHaveValue('100');
    expect(screen.getByText(/cannot go down/i)).toBeInTheDocument();
  });

  it('sends a reschedule through update_call_appointment_status with its date', async () => {
    answerWrites(() => ok({ id: 'c1', status: 'reschedule', version: 4, batch_id: null }));
    const { user, dialog, onClose } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'reschedule');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText(/choose the new date/i)).toBeInTheDocument();
    const ahead = addDays(todayIn('Asia/Kolkata'), 30);
    await user.type(within(dialog).getByLabelText(/^new date/i), ahead);
    await user.type(within(dialog).getByLabelText(/^remarks/i), 'Travelling this week');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^save$/i }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(writes()).toEqual([{ path: STATUS, body: expect.objectContaining({ p_status: 'reschedule', p_rescheduled_date: ahead, p_remarks: 'Travelling this week', p_expected_version: '3' }) }]);
  });

  it('refuses a reschedule to yesterday or past two years next to the date, and sends nothing', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'reschedule');
    await user.type(within(dialog).getByLabelText(/^remarks/i), 'Travelling');
    const date = within(dialog).getByLabelText(/^new date/i);
    await user.type(date, addDays(todayIn('Asia/Kolkata'), -1));
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText('This date cannot be in the past.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, addDays(todayIn('Asia/Kolkata'), 800));
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText('This date cannot be more than two years ahead.')).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it('says there is nothing to save for Scheduled → Scheduled with nothing changed, and sends nothing', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'scheduled');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText('Nothing has changed, so there is nothing to save.')).toBeInTheDocument();
    expect(writes()).toEqual([]);
    // Whitespace-only remarks are no change either; real remarks are.
    await user.type(within(dialog).getByLabelText(/^remarks/i), '   ');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(dialog).getByText('Nothing has changed, so there is nothing to save.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^remarks/i), 'Asked to call in the evening');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: /^save$/i })).toBeInTheDocument();
  });

  it('refunding a converted call asks the amount (default all received, at most that) and the date, and sends them', async () => {
    answerWrites(() => ok({ id: 'c1', status: 'refunded', version: 4, batch_id: 'b3' }));
    const converted: CloserCallRow = { ...call, status: 'converted', batch_id: 'b3', offer_amount: 50000, cash_received: 20000, due_amount: 30000 };
    const { user, dialog, onClose } = setup(converted);
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'refunded');
    const amount = within(dialog).getByLabelText(/^amount refunded/i);
    expect(amount).toHaveValue('20000');
    expect(within(dialog).getByLabelText(/^refund date/i)).not.toHaveValue('');
    await user.type(within(dialog).getByLabelText(/^refund reason/i), 'Moved abroad');
    await user.type(within(dialog).getByLabelText(/^remarks/i), 'Asked for the money back');
    await user.clear(amount);
    await user.type(amount, '20000.01');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(/at most what was received/i)).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '7500');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^save$/i }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(writes()).toEqual([
      { path: STATUS, body: expect.objectContaining({ p_status: 'refunded', p_refund_amount: '7500.00', p_refunded_on: todayIn('Asia/Kolkata'), p_refund_reason: 'Moved abroad' }) },
    ]);
  });

  it('focuses the first invalid field on review, and clears its error as it is fixed', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'converted');
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    const batch = within(dialog).getByLabelText(/^batch/i);
    await waitFor(() => expect(batch).toHaveFocus());
    expect(batch).toHaveAttribute('aria-invalid', 'true');
    expect(batch).toHaveAccessibleDescription(/choose a batch/i);
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /batch 3/i })).toBeInTheDocument());
    await user.selectOptions(batch, 'b3');
    expect(batch).toHaveAttribute('aria-invalid', 'false');
    expect(within(dialog).queryByText(/choose a batch\./i)).toBeNull();
    expect(within(dialog).getByText(/choose classes access \(/i)).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it('Back from the check step returns to the form with everything typed', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'converted');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /batch 3/i })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText(/^batch/i), 'b3');
    await user.selectOptions(within(dialog).getByLabelText(/^classes access/i), '4');
    await user.type(within(dialog).getByLabelText(/^offer/i), '900');
    await user.click(within(dialog).getByLabelText(/pay after earning/i));
    await user.click(within(dialog).getByRole('button', { name: /review/i }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^back$/i }));
    const form = screen.getByRole('dialog');
    expect(within(form).getByLabelText(/^status/i)).toHaveValue('converted');
    expect(within(form).getByLabelText(/^classes access/i)).toHaveValue('4');
    expect(within(form).getByLabelText(/^offer/i)).toHaveValue('900');
    expect(within(form).getByLabelText(/pay after earning/i)).toBeChecked();
    expect(writes()).toEqual([]);
  });

  it('refunding a call without a student asks no amount', async () => {
    const { user, dialog } = setup();
    await user.selectOptions(within(dialog).getByLabelText(/^status/i), 'refunded');
    expect(within(dialog).queryByLabelText(/^amount refunded/i)).toBeNull();
  });
});
