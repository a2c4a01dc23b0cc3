// @vitest-environment jsdom
// Focus around dialogs opened from a row's menu and after a failed save.
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from './dialog';

afterEach(cleanup);

/** Like the roster: the row's Actions menu is a <details>; its item closes the menu and opens a dialog. */
function RowMenu() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <details className="row-menu">
        <summary aria-label="Actions for Amit">Actions</summary>
        <button
          type="button"
          onClick={(e) => {
            e.currentTarget.closest('details')?.removeAttribute('open');
            setOpen(true);
          }}
        >
          Record payment
        </button>
      </details>
      <Dialog open={open} title="Record a payment" onClose={() => setOpen(false)}>
        <input aria-label="Amount" />
      </Dialog>
    </>
  );
}

/** A save refused by the server: the button is disabled while saving, then errors show. */
function FailingSave() {
  const [open, setOpen] = useState(true);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  return open ? (
    <Dialog open title="Record a payment" onClose={() => setOpen(false)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setPending(true);
          setError(null);
          setTimeout(() => {
            setPending(false);
            setError('Enter an amount');
          }, 10);
        }}
      >
        <p>Some text</p>
        <input aria-label="Amount" value={amount} aria-invalid={error ? true : undefined} onChange={(e) => setAmount(e.target.value)} />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" disabled={pending}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  ) : (
    <p>closed</p>
  );
}

describe('Dialog focus', () => {
  it('returns focus to the row menu button when the dialog opened from the menu closes', async () => {
    const user = userEvent.setup();
    render(<RowMenu />);
    await user.click(screen.getByText('Actions'));
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    expect(screen.getByLabelText('Amount')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Actions for Amit')).toHaveFocus();
  });

  it('after a failed save focuses the first invalid field, and Escape still closes', async () => {
    const user = userEvent.setup();
    render(<FailingSave />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(screen.getByLabelText('Amount')).toHaveFocus();
    // Even with focus lost to the page (the disabled button dropped it), Escape closes.
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{Escape}');
    expect(screen.getByText('closed')).toBeInTheDocument();
  });
});
