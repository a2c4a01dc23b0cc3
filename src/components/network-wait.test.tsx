// @vitest-environment jsdom
// The save-waits-for-the-network state, through the app's real query client (its mutation retry
// rule) and the app's fetch wrapper. Only the network is stubbed, with MSW: the real fetch runs
// and `answer` decides what comes back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { createQueryClient } from '@/lib/query-client';
import { trackedFetch } from '@/lib/network';
import { server, useStubNetwork } from '@/lib/test-network';
import { Dialog } from './dialog';
import { NetworkWaitProvider } from './network-wait';
import { ToastProvider } from './toast';

type Call = { url: string; signal: AbortSignal; key: string | null };
let calls: Call[] = [];
let answer: (call: Call) => Response | Promise<Response>;

useStubNetwork();
beforeEach(() => {
  calls = [];
  server.use(
    http.all('http://127.0.0.1:1/rest/v1/*', ({ request }) => {
      const call = { url: request.url, signal: request.signal, key: request.headers.get('x-idempotency-key') };
      calls.push(call);
      return answer(call);
    }),
  );
  onlineManager.setOnline(true);
});
afterEach(() => {
  cleanup();
  onlineManager.setOnline(true);
});

const ok = () => HttpResponse.json({ saved: true });
/** No answer: the connection dropped (fetch fails with a TypeError). */
const dropped = () => HttpResponse.error();
/** A request that never answers until it is aborted. */
const hang = (call: Call) =>
  new Promise<Response>((resolve) => {
    call.signal.addEventListener('abort', () => resolve(HttpResponse.error()));
  });

function SaveDialog({ onSaved }: { onSaved: () => void }) {
  const save = useMutation({
    mutationFn: async () => {
      const r = await trackedFetch('http://127.0.0.1:1/rest/v1/rpc/record_payment', { method: 'POST', body: '{}' });
      if (!r.ok) throw new Error('refused');
      return r.json();
    },
  });
  return (
    <Dialog open title="Record payment" onClose={() => undefined}>
      <div className="dialog-actions">
        <button type="button" onClick={() => save.mutate(undefined, { onSuccess: onSaved })}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </Dialog>
  );
}

function renderSave(onSaved = vi.fn()) {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <NetworkWaitProvider slowAfterMs={30}>
          <SaveDialog onSaved={onSaved} />
        </NetworkWaitProvider>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return onSaved;
}

describe('a save waiting for the network', () => {
  it('says so after a moment, and Try again sends it again; the save then says the connection came back', async () => {
    const user = userEvent.setup();
    answer = (call) => (calls.length === 1 ? hang(call) : ok());
    const onSaved = renderSave();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent(/still waiting for the network/i));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(2);
    // The resend carries the first request's key: if the first was saved after all, the database
    // answers with it instead of saving twice.
    expect(calls[0]!.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(calls[1]!.key).toBe(calls[0]!.key);
    expect(await screen.findByText(/saved: the connection came back/i)).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(/still waiting/i);
  });

  it('offline: waits without sending, says it is offline, and saves when the connection is back', async () => {
    const user = userEvent.setup();
    answer = () => ok();
    onlineManager.setOnline(false);
    const onSaved = renderSave();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(/you're offline/i));
    expect(calls).toHaveLength(0);
    onlineManager.setOnline(true);
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(await screen.findByText(/saved: the connection came back/i)).toBeInTheDocument();
  });

  it('a quick save shows no waiting notice and no reconnect message', async () => {
    const user = userEvent.setup();
    answer = () => ok();
    const onSaved = renderSave();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 60));
    expect(screen.getByRole('dialog')).not.toHaveTextContent(/waiting|offline/i);
    expect(screen.queryByText(/connection came back/i)).toBeNull();
  });

  it('a save that fails is not sent again behind the user’s back', async () => {
    const user = userEvent.setup();
    answer = dropped;
    const onSaved = renderSave();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument());
    expect(calls).toHaveLength(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('gives every new save its own key, and a save sent again after a network failure the same key', async () => {
    const user = userEvent.setup();
    answer = () => ok();
    renderSave();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.key).not.toBe(calls[0]!.key);

    // No answer (the connection dropped): the outcome is unknown, so pressing Save again reuses it;
    // once answered, the next save gets a new key.
    answer = dropped;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(3));
    answer = () => ok();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(4));
    expect(calls[3]!.key).toBe(calls[2]!.key);
    expect(calls[2]!.key).not.toBe(calls[1]!.key);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls).toHaveLength(5));
    expect(calls[4]!.key).not.toBe(calls[3]!.key);
  });

  it('reads carry no key', async () => {
    answer = () => ok();
    await trackedFetch('http://127.0.0.1:1/rest/v1/cohort_students?select=id', { method: 'GET' });
    expect(calls[0]!.key).toBeNull();
  });
});
