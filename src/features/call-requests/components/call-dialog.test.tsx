// @vitest-environment jsdom
// The call dialog with the real supabase client and React Query; only the network is stubbed
// (MSW, src/lib/test-network.ts), answering the rpc and table endpoints the way PostgREST does.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { CurrentOrgProvider } from '@/lib/current-org';
import { dbError, ok, rpc, sentTo, server, table, setupNetwork } from '@/lib/test-network';
import { ToastProvider } from '@/components/toast';
import type { QueueRow } from '../api/rows';
import { CallDialog, RENEW_CLAIM_MS } from './call-dialog';

const ORG = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Vitalis Bem-Estar',
  slug: 'vitalis',
  timezone: 'America/Sao_Paulo',
  currency: 'BRL',
  locale: 'en',
  call_wait_target_minutes: 15,
};

const REQUEST: QueueRow = {
  call_log_id: 'log-1',
  chat_session_id: 'session-1',
  member_id: 'member-1',
  member_name: 'Maria Oliveira',
  member_phone: '+55 11 91234-5678',
  company_id: 'company-1',
  company_name: 'Acme Brasil',
  pillar: 'psychological',
  reason: 'Ansiedade no trabalho',
  session_status: 'phone_escalated',
  call_status: 'pending',
  requested_at: new Date(Date.now() - 5 * 60_000).toISOString(),
  attempts: 0,
  last_attempt_at: null,
  scheduled_for: null,
  claimed_by: null,
  claimed_by_name: null,
  claimed_at: null,
  total_count: 1,
};

const logRow = (extra: Record<string, unknown> = {}) => ({
  id: 'log-1',
  chat_session_id: 'session-1',
  call_status: 'pending',
  claimed_by: 'spec-1',
  claimed_at: new Date().toISOString(),
  attempts: 0,
  outcome: null,
  completed_at: null,
  ...extra,
});

const rpcCalls = (fn: string) => sentTo(`/rest/v1/rpc/${fn}`);

setupNetwork();

function renderDialog(onClose = vi.fn(), organization: typeof ORG = ORG) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <ToastProvider>
        <CurrentOrgProvider organization={organization} roles={['specialist']}>
          <CallDialog request={REQUEST} onClose={onClose} />
        </CurrentOrgProvider>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { onClose };
}

/** A wall-clock value for the datetime-local input, `days` from now, in São Paulo. */
function saoPauloLocal(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

beforeEach(() => {
  server.use(
    rpc('claim_call_request', () => ok(logRow())),
    rpc('release_call_request', () => ok(logRow({ claimed_by: null, claimed_at: null }))),
    rpc('list_member_call_requests', () => ok([])),
    table('chat_messages', () =>
      ok([
        { id: 'm1', role: 'member', content: 'Olá, preciso de ajuda', created_at: '2026-11-23T11:00:00Z' },
        { id: 'm2', role: 'assistant', content: 'Posso chamar um especialista.', created_at: '2026-11-23T11:01:00Z' },
      ]),
    ),
    rpc('complete_call_request', () =>
      ok({ call_log: logRow({ call_status: 'completed', outcome: 'resolved_by_phone', completed_at: new Date().toISOString() }), session: { id: 'session-1', status: 'resolved' }, booking: null }),
    ),
  );
});
afterEach(() => cleanup());

async function openClaimed() {
  const utils = renderDialog();
  await screen.findByText('Olá, preciso de ajuda');
  return utils;
}

describe('CallDialog', () => {
  it('claims the request once on opening and shows the chat history and the phone as a tel: link', async () => {
    await openClaimed();
    expect(rpcCalls('claim_call_request')).toEqual([{ path: '/rest/v1/rpc/claim_call_request', body: { p_call_log_id: 'log-1' } }]);
    expect(screen.getByRole('link', { name: '+55 11 91234-5678' })).toHaveAttribute('href', 'tel:+5511912345678');
    expect(screen.getByText('Posso chamar um especialista.')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Call Maria Oliveira' })).toBeInTheDocument();
  });

  it('shows who holds a request claimed by someone else and no form', async () => {
    server.use(rpc('claim_call_request', () => dbError(409, 'PT409', 'Bruno Lima is already handling this call request (claimed at 11:58 UTC).', 'claimed_by_other')));
    renderDialog();
    expect(await screen.findByText('Someone else is handling this request')).toBeInTheDocument();
    expect(screen.getByText(/Bruno Lima is already handling/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Notes/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete' })).not.toBeInTheDocument();
    expect(sentTo('/rest/v1/chat_messages')).toEqual([]);
  });

  it('says who holds the request in the user language, with the claim time in the organization timezone', async () => {
    const detail = JSON.stringify({ claimed_by: 'spec-2', claimed_by_name: 'Bruno Lima', claimed_at: '2026-12-02T14:58:00Z' });
    server.use(rpc('claim_call_request', () => dbError(409, 'PT409', 'Bruno Lima is already handling this call request (claimed at 14:58 UTC).', 'claimed_by_other', detail)));
    renderDialog(vi.fn(), { ...ORG, locale: 'pt-BR' });
    // 14:58 UTC is 11:58 in São Paulo (UTC−3); the English server sentence is not shown.
    expect(await screen.findByText('Bruno Lima assumiu esta solicitação às 11:58. Tente de novo quando ela for liberada ou em 15 minutos.')).toBeInTheDocument();
    expect(screen.getByText('Outra pessoa está atendendo esta solicitação')).toBeInTheDocument();
    expect(screen.queryByText(/UTC/)).not.toBeInTheDocument();
    cleanup();
    server.use(rpc('claim_call_request', () => dbError(409, 'PT409', 'Another specialist is already handling this call request.', 'claimed_by_other', JSON.stringify({ claimed_by: 'spec-2', claimed_by_name: null, claimed_at: '2026-12-02T14:58:00Z' }))));
    renderDialog(vi.fn(), { ...ORG, timezone: 'Asia/Kolkata' });
    // 14:58 UTC is 8:28 PM in India (UTC+5:30); no name: "Another specialist".
    expect(await screen.findByText(/^Another specialist claimed this request at 8:28\spm\. Try again/i)).toBeInTheDocument();
  });

  it('renews its claim every 5 minutes while open, and stops once closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { onClose } = await openClaimed();
      expect(rpcCalls('claim_call_request')).toHaveLength(1);
      vi.advanceTimersByTime(RENEW_CLAIM_MS - 1000);
      expect(rpcCalls('claim_call_request')).toHaveLength(1);
      vi.advanceTimersByTime(1000);
      await waitFor(() => expect(rpcCalls('claim_call_request')).toHaveLength(2));
      vi.advanceTimersByTime(RENEW_CLAIM_MS);
      await waitFor(() => expect(rpcCalls('claim_call_request')).toHaveLength(3));
      await userEvent.click(screen.getAllByRole('button', { name: 'Close' })[0]!);
      expect(onClose).toHaveBeenCalled();
      cleanup();
      vi.advanceTimersByTime(RENEW_CLAIM_MS * 2);
      expect(rpcCalls('claim_call_request')).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('requires an outcome and notes before completing, and calls nothing', async () => {
    await openClaimed();
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('Choose an outcome.')).toBeInTheDocument();
    expect(screen.getByText('Write notes about the call.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Notes/)).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByLabelText('Resolved by phone'));
    await userEvent.type(screen.getByLabelText(/Notes/), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('Write notes about the call.')).toBeInTheDocument();
    expect(rpcCalls('complete_call_request')).toHaveLength(0);
  });

  it('clears a field error as that field is fixed, and keeps the others', async () => {
    await openClaimed();
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('Choose an outcome.')).toBeInTheDocument();
    expect(screen.getByText('Write notes about the call.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Resolved by phone'));
    expect(screen.queryByText('Choose an outcome.')).toBeNull();
    expect(screen.getByText('Write notes about the call.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Notes/), 'Talked');
    expect(screen.queryByText('Write notes about the call.')).toBeNull();
    expect(screen.getByLabelText(/Notes/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses notes over 4000 characters and shows the counter', async () => {
    await openClaimed();
    await userEvent.click(screen.getByLabelText('Resolved by phone'));
    fireEvent.change(screen.getByLabelText(/Notes/), { target: { value: 'x'.repeat(4001) } });
    expect(screen.getByText('4001 / 4000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('Notes can have at most 4000 characters.')).toBeInTheDocument();
    expect(rpcCalls('complete_call_request')).toHaveLength(0);
  });

  it('needs a booking date for session_booked and refuses a past one', async () => {
    await openClaimed();
    await userEvent.click(screen.getByLabelText('Session booked'));
    await userEvent.type(screen.getByLabelText(/Notes/), 'Sessão com psicóloga');
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('Choose the date and time of the booked session.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Session date and time/), { target: { value: saoPauloLocal(-1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(screen.getByText('The booked session must be in the future.')).toBeInTheDocument();
    expect(rpcCalls('complete_call_request')).toHaveLength(0);
  });

  it('completes with ONE rpc carrying the booking instant in the organization timezone, then closes', async () => {
    server.use(rpc('complete_call_request', (body) =>
      ok({
        call_log: logRow({ call_status: 'completed', outcome: 'session_booked', completed_at: new Date().toISOString() }),
        session: { id: 'session-1', status: 'resolved' },
        booking: { id: 'b1', booking_date: String((body as { p_booking_date: string }).p_booking_date) },
      })));
    const { onClose } = await openClaimed();
    await userEvent.click(screen.getByLabelText('Session booked'));
    await userEvent.type(screen.getByLabelText(/Notes/), '  Sessão marcada  ');
    const local = saoPauloLocal(2);
    fireEvent.change(screen.getByLabelText(/Session date and time/), { target: { value: local } });
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const calls = rpcCalls('complete_call_request');
    expect(calls).toHaveLength(1);
    const body = calls[0]?.body as { p_call_log_id: string; p_outcome: string; p_notes: string; p_booking_date: string };
    expect(body).toMatchObject({ p_call_log_id: 'log-1', p_outcome: 'session_booked', p_notes: 'Sessão marcada' });
    // The wall time typed means São Paulo (UTC-3, no DST since 2019).
    expect(new Date(body.p_booking_date).toISOString()).toBe(new Date(`${local}:00-03:00`).toISOString());
    expect(await screen.findByText('Call completed: Session booked.')).toBeInTheDocument();
    // Completed: nothing to release.
    expect(rpcCalls('release_call_request')).toHaveLength(0);
  });

  it('shows the database refusal for an already completed request and changes nothing else', async () => {
    server.use(rpc('complete_call_request', () => dbError(409, 'PT409', 'This call request was already completed by Bruno Lima at 2026-11-23 12:00 UTC; nothing was changed.', 'already_completed')));
    const { onClose } = await openClaimed();
    await userEvent.click(screen.getByLabelText('Resolved by phone'));
    await userEvent.type(screen.getByLabelText(/Notes/), 'Resolvido');
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    expect(await screen.findByText(/already completed by Bruno Lima/)).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    expect(rpcCalls('complete_call_request')).toHaveLength(1);
  });

  it('puts a field error from the database next to the field', async () => {
    server.use(rpc('complete_call_request', () => dbError(400, '22023', 'A booked session needs a date and time in the future.', 'field:booking_date')));
    await openClaimed();
    await userEvent.click(screen.getByLabelText('Session booked'));
    await userEvent.type(screen.getByLabelText(/Notes/), 'x');
    fireEvent.change(screen.getByLabelText(/Session date and time/), { target: { value: saoPauloLocal(1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    const input = screen.getByLabelText(/Session date and time/);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('A booked session needs a date and time in the future.')).toBeInTheDocument();
  });

  it('records a missed call (notes optional) and releases the claim', async () => {
    server.use(rpc('mark_call_missed', () => ok(logRow({ attempts: 1 }))));
    const { onClose } = await openClaimed();
    await userEvent.click(screen.getByRole('button', { name: 'Missed call' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcCalls('mark_call_missed')).toEqual([{ path: '/rest/v1/rpc/mark_call_missed', body: { p_call_log_id: 'log-1' } }]);
    await waitFor(() => expect(rpcCalls('release_call_request')).toHaveLength(1));
  });

  it('needs a future follow-up time before scheduling', async () => {
    server.use(rpc('schedule_call_follow_up', () => ok(logRow({ call_status: 'scheduled' }))));
    const { onClose } = await openClaimed();
    await userEvent.click(screen.getByRole('button', { name: 'Schedule follow-up' }));
    expect(screen.getByText('Choose the date and time of the follow-up.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Follow-up date and time/), { target: { value: saoPauloLocal(-0.1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Schedule follow-up' }));
    expect(screen.getByText('The follow-up must be in the future.')).toBeInTheDocument();
    expect(rpcCalls('schedule_call_follow_up')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText(/Follow-up date and time/), { target: { value: saoPauloLocal(1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Schedule follow-up' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rpcCalls('schedule_call_follow_up')).toHaveLength(1);
  });

  it('focuses the first invalid field: the outcome, then the notes once an outcome is chosen', async () => {
    await openClaimed();
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(screen.getByLabelText('Resolved by phone')).toHaveFocus());
    expect(screen.getByRole('radiogroup', { name: /Outcome/ })).toHaveAccessibleDescription('Choose an outcome.');
    await userEvent.click(screen.getByLabelText('Escalated'));
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(screen.getByLabelText(/Notes/)).toHaveFocus());
    expect(rpcCalls('complete_call_request')).toHaveLength(0);
  });

  it('keeps the outcome and notes when the save fails, and sends them again on the next try', async () => {
    let fail = true;
    server.use(
      rpc('complete_call_request', () =>
        fail
          ? dbError(500, 'XX000', 'boom')
          : ok({ call_log: logRow({ call_status: 'completed', outcome: 'escalated', completed_at: new Date().toISOString() }), session: { id: 'session-1', status: 'resolved' }, booking: null }),
      ),
    );
    const { onClose } = await openClaimed();
    await userEvent.click(screen.getByLabelText('Escalated'));
    await userEvent.type(screen.getByLabelText(/Notes/), 'Encaminhada para nutricionista');
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(rpcCalls('complete_call_request')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Complete' })).toBeEnabled());
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Notes/)).toHaveValue('Encaminhada para nutricionista');
    expect(screen.getByLabelText('Escalated')).toBeChecked();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(rpcCalls('complete_call_request').map((c) => c.body)).toEqual([
      { p_call_log_id: 'log-1', p_outcome: 'escalated', p_notes: 'Encaminhada para nutricionista' },
      { p_call_log_id: 'log-1', p_outcome: 'escalated', p_notes: 'Encaminhada para nutricionista' },
    ]);
    expect(rpcCalls('release_call_request')).toHaveLength(0);
  });

  it('the chat history and earlier requests are named regions that take keyboard focus, and the dialog does not start on them', async () => {
    await openClaimed();
    const history = screen.getByRole('region', { name: 'Chat history' });
    const earlier = await screen.findByRole('region', { name: /Earlier requests/i });
    expect(history).toHaveAttribute('tabindex', '0');
    expect(earlier).toHaveAttribute('tabindex', '0');
    expect(document.activeElement).not.toBe(history);
    expect(document.activeElement).not.toBe(earlier);
  });

  it('keeps what was typed when closed without an action, brings it back on reopening, and forgets it once recorded', async () => {
    await openClaimed();
    await userEvent.click(screen.getByLabelText('Escalated'));
    await userEvent.type(screen.getByLabelText(/Notes/), 'Falou com o RH');
    fireEvent.keyDown(screen.getByLabelText(/Notes/), { key: 'Escape' });
    await waitFor(() => expect(rpcCalls('release_call_request')).toHaveLength(1));
    cleanup();
    const { onClose } = await openClaimed();
    expect(screen.getByLabelText(/Notes/)).toHaveValue('Falou com o RH');
    expect(screen.getByLabelText('Escalated')).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(rpcCalls('complete_call_request').map((c) => c.body)).toEqual([{ p_call_log_id: 'log-1', p_outcome: 'escalated', p_notes: 'Falou com o RH' }]);
    cleanup();
    await openClaimed();
    expect(screen.getByLabelText(/Notes/)).toHaveValue('');
  });

  it('releases the claim when closed without an action (Escape)', async () => {
    const { onClose } = await openClaimed();
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(within(dialog).getByLabelText(/Notes/), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    await waitFor(() => expect(rpcCalls('release_call_request')).toEqual([{ path: '/rest/v1/rpc/release_call_request', body: { p_call_log_id: 'log-1' } }]));
  });
});
