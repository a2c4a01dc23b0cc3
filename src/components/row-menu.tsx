import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

export type RowMenuItem = {
  /** What the item says. */
  label: string;
  /** A longer accessible name when the label alone is ambiguous (e.g. "Record payment for Amit"). */
  ariaLabel?: string;
  onSelect: () => void;
  danger?: boolean;
};

/**
 * A row's actions behind one button, on Radix DropdownMenu: arrow keys, typeahead, Escape and
 * focus return come from the primitive. An item that opens a dialog hands the focus to it; when
 * the dialog closes, focus returns to this menu's button (see Dialog).
 */
export function RowMenu({ label, ariaLabel, items }: { label: string; ariaLabel: string; items: RowMenuItem[] }) {
  if (items.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button small row-menu-trigger" aria-label={ariaLabel}>
        {label}
        <span aria-hidden="true"> ▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="row-menu-list" align="end" sideOffset={4} collisionPadding={8}>
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className={item.danger ? 'row-menu-item danger' : 'row-menu-item'}
              aria-label={item.ariaLabel}
              // The dialog an item opens takes the focus: the menu must not pull it back.
              onSelect={() => item.onSelect()}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
