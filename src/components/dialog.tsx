import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { NetworkWaitNotice } from './network-wait';

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('inert') && el.getAttribute('aria-hidden') !== 'true');
}

// The element that last had focus: a row menu's item is hidden (its <details> closes) by the
// time the dialog it opens is mounted, so document.activeElement is already <body> then.
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && e.target !== document.body) lastFocused = e.target;
  });
}

/** Where focus goes back on close: the opener, or, when it sits in a closed menu, the menu's button. */
function returnTarget(el: HTMLElement | null): HTMLElement | null {
  if (!el || !el.isConnected) return null;
  let details = el.closest('details');
  let target: HTMLElement = el;
  while (details) {
    if (!details.open && !target.matches('details > summary')) target = details.querySelector<HTMLElement>(':scope > summary') ?? target;
    details = details.parentElement?.closest('details') ?? null;
  }
  return target;
}

/** Open dialogs, innermost last: only that one answers Escape and Tab. */
const openDialogs: HTMLElement[] = [];

const ERROR_SELECTOR = '[aria-invalid="true"], .field-error, .form-error, [role="alert"]';

/**
 * After a failed save, the first error gets focus and is scrolled into view: the first invalid
 * field when there is one, else the first error message.
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

/**
 * A modal dialog: role=dialog + aria-modal, labelled by its title. On open, focus moves inside
 * and Tab cycles within it; Escape closes; on close, focus goes back to what had it before.
 */
export function Dialog({ open, onClose, title, description, children, initialFocusRef, size = 'medium', closeLabel = 'Close' }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open) return;
    const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const previouslyFocused = active ?? lastFocused;
    const panel = panelRef.current;
    if (panel) {
      const target =
        initialFocusRef?.current ??
        focusables(panel).find((el) => !el.classList.contains('dialog-close')) ??
        focusables(panel)[0] ??
        panel;
      target.focus();
    }
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    if (panel) openDialogs.push(panel);
    // Escape and Tab are handled on the document: after a failed save the focused button may
    // have been disabled (focus falls to <body>), and Escape must still close the dialog.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!panel || openDialogs[openDialogs.length - 1] !== panel) return;
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(panel);
      if (items.length === 0) {
        event.preventDefault();
        panel.focus();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      const current = document.activeElement;
      if (!(current instanceof Node) || !panel.contains(current)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (event.shiftKey && (current === first || current === panel)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && current === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    // Errors that appear (client validation or a refused save) take focus, once per appearance.
    let hadErrors = false;
    const observer = panel
      ? new MutationObserver(() => {
          const has = panel.querySelector(ERROR_SELECTOR) !== null;
          if (has && !hadErrors) focusFirstError(panel);
          hadErrors = has;
        })
      : null;
    observer?.observe(panel!, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid'] });
    // A second submit with the same errors still showing changes no node: focus them again.
    const onSubmit = () => {
      window.setTimeout(() => {
        if (panel && panel.querySelector(ERROR_SELECTOR)) focusFirstError(panel);
      }, 0);
    };
    panel?.addEventListener('submit', onSubmit);
    return () => {
      panel?.removeEventListener('submit', onSubmit);
      observer?.disconnect();
      document.removeEventListener('keydown', onKeyDown);
      const i = panel ? openDialogs.lastIndexOf(panel) : -1;
      if (i >= 0) openDialogs.splice(i, 1);
      document.body.style.overflow = overflow;
      const back = returnTarget(previouslyFocused);
      if (back) back.focus();
    };
    // Focus is placed once per opening; a new initialFocusRef object must not move it again.
  }, [open]);

  if (!open) return null;

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={panelRef}
        className={`dialog dialog-${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
      >
        <header className="dialog-header">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <button type="button" className="dialog-close" aria-label={closeLabel} onClick={() => onCloseRef.current()}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <NetworkWaitNotice className="dialog-network" />
        {description ? (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        ) : null}
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
