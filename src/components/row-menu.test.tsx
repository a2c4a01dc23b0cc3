// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RowMenu } from './row-menu';
import { Dialog } from './dialog';

afterEach(cleanup);

function Row() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RowMenu label="Actions" ariaLabel="Actions for Amit" items={[{ label: 'Record payment', ariaLabel: 'Record a payment for Amit', onSelect: () => setOpen(true) }, { label: 'Notes', onSelect: () => undefined }]} />
      <Dialog open={open} title="Record a payment" onClose={() => setOpen(false)}>
        <input aria-label="Amount" />
      </Dialog>
    </>
  );
}

describe('RowMenu', () => {
  it('opens from the keyboard, names its items, and an item opens a dialog that hands focus back to the menu button', async () => {
    const user = userEvent.setup();
    render(<Row />);
    const trigger = screen.getByRole('button', { name: 'Actions for Amit' });
    trigger.focus();
    await user.keyboard('{Enter}');
    const item = await screen.findByRole('menuitem', { name: 'Record a payment for Amit' });
    expect(screen.getByRole('menuitem', { name: 'Notes' })).toBeInTheDocument();
    await waitFor(() => expect(item).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Amount')).toHaveFocus());
    expect(screen.queryByRole('menu')).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});
