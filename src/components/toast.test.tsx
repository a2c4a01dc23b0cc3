// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ToastProvider, useToast } from './toast';
import { Dialog } from './dialog';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Notify({ withDialog = false }: { withDialog?: boolean }) {
  const toast = useToast();
  return (
    <>
      <button type="button" onClick={() => toast.success('Payment recorded')}>
        notify
      </button>
      <Dialog open={withDialog} title="Record a payment" onClose={() => undefined}>
        <input aria-label="Amount" />
        <button type="button" onClick={() => toast.error('Refused')}>
          fail
        </button>
      </Dialog>
    </>
  );
}

describe('toasts', () => {
  it('stay while hovered and go 5 s after the pointer leaves', () => {
    vi.useFakeTimers();
    render(
      <ToastProvider>
        <Notify />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByText('notify'));
    const toast = screen.getByText('Payment recorded').closest('.toast')!;
    act(() => vi.advanceTimersByTime(2000));
    fireEvent.pointerMove(toast, { pointerType: 'mouse' });
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Payment recorded')).toBeInTheDocument();
    fireEvent.pointerLeave(toast, { pointerType: 'mouse' });
    act(() => vi.advanceTimersByTime(2500));
    expect(screen.getByText('Payment recorded')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText('Payment recorded')).toBeNull();
  });

  it('are not held by a pointer that was already where the notice appeared, nor by a touch', () => {
    vi.useFakeTimers();
    render(
      <ToastProvider>
        <Notify />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByText('notify'));
    const toast = screen.getByText('Payment recorded').closest('.toast')!;
    // Chrome sends enter/over events when a notice appears under a resting pointer: not a pause.
    fireEvent.mouseEnter(toast);
    fireEvent.mouseOver(toast);
    fireEvent.pointerMove(toast, { pointerType: 'touch' });
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.queryByText('Payment recorded')).toBeNull();
  });

  it('show inside an open dialog, above its body, not over the page', async () => {
    render(
      <ToastProvider>
        <Notify withDialog />
      </ToastProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByText('fail'));
    const toast = screen.getByText('Refused');
    expect(dialog).toContainElement(toast);
    expect(toast.closest('[aria-live="assertive"]')).not.toBeNull();
    // Before the body in document order: it takes its own room instead of covering the fields.
    const body = dialog.querySelector('.dialog-body')!;
    expect(toast.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
