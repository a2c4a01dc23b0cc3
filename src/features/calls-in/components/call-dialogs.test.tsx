// @vitest-environment jsdom
// Book, Reschedule and Cancel a call, and the Calendly key, on the form layer: the real supabase
// client and React Query; only the network is stubbed (MSW, src/lib/test-network.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dbError, ok, rpc, sentTo, server, setupNetwork, table } from '@/lib/test-network';
import { todayIn } from '@/domain/dates';
import { addDays } from '@/domain/input-rules';
import { isoToText } from '@/components/date-input';
import { renderWithProviders, nikist } from '@/lib/test-providers';
import type { AllCallRow } from '../api/get-all-calls';
import { BookCallDialog } from './book-call-dialog';
import { CancelCallDialog, RescheduleCallDialog } from './call-action-dialogs';
import { CalendlyCard } from './calendly-card';

const rpcBodies = (fn: string) => sentTo(`/rest/v1/rpc/${fn}`).map((r) => r.body);
const ahead = (days: number) => addDays(todayIn('Asia/Kolkata'), days);
const typed = (iso: string) => isoToText(iso, 'en-IN');
const appointment = { id: 'a1', status: 'scheduled', closer_id: null, scheduled_date: '2026-12-20', scheduled_time: null };
const call: AllCallRow = {
  id: 'a1', lead_id: 'l1', lead_name: 'Asha Rao', lead_email: 'asha@example.com', lead_phone: null, closer_id: null, closer_name: null,
  scheduled_date: ahead(3), scheduled_time: '10:30:00', status: 'scheduled', cancellation_reason: null, additional_comments: null, version: 2, total_count: 1,
};

setupNetwork();
beforeEach(() => {
  server.use(
    table('memberships', () => ok([{ user_id: 'u-closer', profile: { full_name: 'Dipanshu', email: 'dipanshu@nikist.demo' } }])),
    table('organizations', () => ok({ phone_country: 'IN' })),
  );
});
afterEach(cleanup);

describe('Book a call', () => {
  it('asks for an email or phone and a date next to their fields (the first focused), and sends nothing', async () => {
    renderWithProviders(<BookCallDialog onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: /book a call/i });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book the call' }));
    const email = within(dialog).getByLabelText(/^email/i);
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription(/email or phone number/);
    expect(within(dialog).getByLabelText(/^date/i)).toHaveAccessibleDescription(/choose the date of the call/i);
    expect(rpcBodies('book_call_appointment')).toEqual([]);
  });

  it('books with one rpc (phone in E.164, the closer, the date) and closes', async () => {
    server.use(rpc('book_call_appointment', () => ok({ appointment, lead: { id: 'l9', full_name: 'Kavya' }, created: true, lead_created: true })));
    const onClose = vi.fn();
    renderWithProviders(<BookCallDialog onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: /book a call/i });
    await userEvent.type(within(dialog).getByLabelText(/^phone/i), '98765 43210');
    await userEvent.type(within(dialog).getByLabelText(/^name/i), 'Kavya');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: 'Dipanshu' })).toBeInTheDocument());
    await userEvent.selectOptions(within(dialog).getByLabelText(/^closer/i), 'u-closer');
    await userEvent.type(within(dialog).getByLabelText(/^date/i), typed(ahead(5)));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book the call' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcBodies('book_call_appointment')).toEqual([
      expect.objectContaining({ p_organization_id: nikist.id, p_phone: '+919876543210', p_email: null, p_full_name: 'Kavya', p_closer_id: 'u-closer', p_scheduled_date: ahead(5) }),
    ]);
  });

  it("puts the database's refusal of a field next to it", async () => {
    server.use(rpc('book_call_appointment', () => dbError(400, '22023', 'That closer is not a closer of this organization.', 'field:closer_id')));
    renderWithProviders(<BookCallDialog onClose={() => {}} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog', { name: /book a call/i });
    await userEvent.type(within(dialog).getByLabelText(/^email/i), 'kavya@example.com');
    await userEvent.type(within(dialog).getByLabelText(/^date/i), typed(ahead(5)));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book the call' }));
    const closer = within(dialog).getByLabelText(/^closer/i);
    await waitFor(() => expect(closer).toHaveAttribute('aria-invalid', 'true'));
    expect(closer).toHaveAccessibleDescription('That closer is not a closer of this organization.');
  });
});

describe('Reschedule and cancel', () => {
  it('refuses a past date next to the field, then moves the call with the version seen', async () => {
    server.use(rpc('reschedule_call_appointment', () => ok(appointment)));
    const onClose = vi.fn();
    renderWithProviders(<RescheduleCallDialog call={call} onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    const date = within(dialog).getByLabelText(/^date/i);
    expect(date).toHaveValue(typed(ahead(3)));
    await userEvent.clear(date);
    await userEvent.type(date, typed(ahead(-1)));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move the call' }));
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveAccessibleDescription(/cannot be in the past/);
    expect(rpcBodies('reschedule_call_appointment')).toEqual([]);
    await userEvent.clear(date);
    await userEvent.type(date, typed(ahead(10)));
    await userEvent.type(within(dialog).getByLabelText(/reason/i), '  Lead travelling ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move the call' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcBodies('reschedule_call_appointment')).toEqual([
      { p_appointment_id: 'a1', p_scheduled_date: ahead(10), p_scheduled_time: '10:30', p_reason: 'Lead travelling', p_expected_version: '2' },
    ]);
  });

  it('cancel needs a reason (blank is none), then sends it cleaned', async () => {
    server.use(rpc('cancel_call_appointment', () => ok({ ...appointment, status: 'cancelled' })));
    const onClose = vi.fn();
    renderWithProviders(<CancelCallDialog call={call} onClose={onClose} />, { org: nikist, roles: ['admin'] });
    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByLabelText(/^reason/i);
    await userEvent.type(reason, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the call' }));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription('Say why the call is cancelled.');
    await userEvent.type(reason, 'Lead asked to cancel');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the call' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcBodies('cancel_call_appointment')).toEqual([{ p_appointment_id: 'a1', p_reason: 'Lead asked to cancel' }]);
  });
});

describe('Calendly card', () => {
  it('refuses a key of the wrong shape under the field and sends nothing; saving is off while the field is blank', async () => {
    server.use(rpc('calendly_settings_status', () => ok({ configured: false, updated_at: null, updated_by_name: null })));
    renderWithProviders(<CalendlyCard />, { org: nikist, roles: ['admin'] });
    const save = screen.getByRole('button', { name: /save/i });
    expect(save).toBeDisabled();
    const key = screen.getByLabelText(/signing key/i);
    await userEvent.type(key, 'short key');
    await userEvent.click(save);
    await waitFor(() => expect(key).toHaveFocus());
    expect(key).toHaveAccessibleDescription(/16 to 500 characters without spaces/);
    expect(rpcBodies('set_calendly_signing_key')).toEqual([]);
  });
});
