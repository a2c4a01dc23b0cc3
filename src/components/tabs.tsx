import type { ReactNode } from 'react';
import * as RadixTabs from '@radix-ui/react-tabs';

export type TabItem = { id: string; label: ReactNode; content: ReactNode };

/**
 * Tabs on Radix Tabs (roving focus, arrow keys, aria wiring). Only the open tab's content is
 * mounted, so a tab's queries run when it is opened.
 */
export function Tabs({ label, items, value, defaultValue, onValueChange }: { label: string; items: TabItem[]; value?: string; defaultValue?: string; onValueChange?: (id: string) => void }) {
  return (
    <RadixTabs.Root className="ui-tabs" value={value} defaultValue={defaultValue ?? items[0]?.id} onValueChange={onValueChange}>
      <RadixTabs.List className="tabs-list" aria-label={label}>
        {items.map((item) => (
          <RadixTabs.Trigger key={item.id} value={item.id} className="tabs-trigger">
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content key={item.id} value={item.id} className="tabs-panel">
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
