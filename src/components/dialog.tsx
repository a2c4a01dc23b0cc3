import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { NetworkWaitNotice } from './network-wait';
import { DialogToastOutlet } from './toast';

// The element that last had focus: a row menu's item is gone by the time the dialog it opens
// is mounted, so document.activeElement may already be <body> then.
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && e.target !== document.body) lastFocused = e.target;
  });
}

/**
 * Where focus goes back on close: the opener; when the opener is an item of a menu (a Radix menu,
 * or a legacy `<details>` menu), the menu's button, since the item is gone once the menu closes.
 */
function returnTarget(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  const menu = el.closest<HTMLElement>('[role="menu"]');
  const triggerId = menu?.getAttribute('aria-labelledby');
  if (triggerId) {
    const trigger = document.getElementById(triggerId);
    if (trigger) return trigger;
  }
  let details = el.closest('details');
  let target: HTMLElement = el;
  while (details) {
    if (!details.open && !target.matches('details > summary')) target = details.querySelector<HTMLElement>(':scope > summary') ?? target;
    details = details.parentElement?.closest('details') ?? null;
  }
  return target;
}

const ERROR_SELECTOR = '[aria-invalid="true"], .field-error, .form-error, [role="alert"]';

/**
 * After a failed save, the first error gets focus and is scrolled into view: the first invalid
 * field when there is one, else the first error message. (react-hook-form focuses its own
 * invalid fields; this also covers a server refusal shown as a message.)
 */
function focusFirstError(panel: HTMLElement) {
  const field = panel.querySelector<HTMLElement>('[aria-invalid="true"]');
  const message = panel.querySelector<HTMLElement>('.field-error, .form-error, [role="alert"]');
  const target = field && !field.matches(':disabled') ? field : message;
  if (!target) return;
  if (target === message && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
}

export type DialogProps = {
  open: boolean;
  /** Called on Escape, on the close button and on a click on the backdrop. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Element to focus on open; by default the first focusable element inside the dialog body. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  size?: 'small' | 'medium' | 'large';
  /** Label of the × button (translated by the caller when needed). */
  closeLabel?: string;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on Radix Dialog (focus trap, Escape, outside click, aria-modal, scroll lock and
 * the inert page come from the primitive); a sheet on phones (see styles.css). On open, focus
 * goes to `initialFocusRef` or the first control of the body; on close, back to the opener.
 * Notices raised while it is open show inside it, above the body, never over its content.
 */
export function Dialog({ open, onClose, title, description, children, initialFocusRef, size = 'medium', closeLabel = 'Close' }: DialogProps) {
  const panelRef = useRef<HTMLDivElement | null>(null);
  // The panel mounts inside a portal after the first render: effects wait for it.
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);
  const attachPanel = useCallback((el: HTMLDivElement | null) => {
    panelRef.current = el;
    setPanel(el);
  }, []);
  // Where focus goes back on close, found while rendering the opening (the render in which `open`
  // turns true): the menu item that opened us is still in the page then.
  const [back, setBack] = useState<HTMLElement | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open && typeof document !== 'undefined') {
      const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      setBack(returnTarget(active ?? lastFocused));
    }
  }

  useEffect(() => {
    if (!open || !panel) return;
    // Errors that appear (client validation or a refused save) take focus, once per appearance.
    let hadErrors = false;
    const observer = new MutationObserver(() => {
      const has = panel.querySelector(ERROR_SELECTOR) !== null;
      if (has && !hadErrors) focusFirstError(panel);
      hadErrors = has;
    });
    observer.observe(panel, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid'] });
    // A second submit with the same errors still showing changes no node: focus them again.
    const onSubmit = () => {
      window.setTimeout(() => {
        if (panel.querySelector(ERROR_SELECTOR)) focusFirstError(panel);
      }, 0);
    };
    panel.addEventListener('submit', onSubmit);
    return () => {
      panel.removeEventListener('submit', onSubmit);
      observer.disconnect();
    };
  }, [open, panel]);

  return (
    <RadixDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-backdrop">
          <RadixDialog.Content
            ref={attachPanel}
            className={`dialog dialog-${size}`}
            aria-modal="true"
            {...(description ? {} : { 'aria-describedby': undefined })}
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              const panel = panelRef.current;
              if (!panel) return;
              const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
              // Scrollable read-only regions are focusable (keyboard scrolling) but not where a dialog starts.
              const target = initialFocusRef?.current ?? items.find((el) => !el.classList.contains('dialog-close') && !el.hasAttribute('data-no-autofocus')) ?? items[0] ?? panel;
              target.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (back?.isConnected) back.focus();
            }}
            onPointerDownOutside={(event) => {
              // A click on a notice is not a click on the page behind.
              const target = event.detail.originalEvent.target;
              if (target instanceof Element && target.closest('.toast-region, .toast')) event.preventDefault();
            }}
          >
            <header className="dialog-header">
              <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
              <button type="button" className="dialog-close" aria-label={closeLabel} onClick={() => onClose()}>
                <span aria-hidden="true">×</span>
              </button>
            </header>
            <NetworkWaitNotice className="dialog-network" />
            <DialogToastOutlet />
            {description ? <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description> : null}
            <div className="dialog-body">{children}</div>
          </RadixDialog.Content>
        </RadixDialog.Overlay>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
