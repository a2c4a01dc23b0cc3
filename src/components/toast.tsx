import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFirstT } from '@/lib/i18n';

export type ToastKind = 'success' | 'error';
export type ToastInput = { kind: ToastKind; message: string };
type ToastItem = ToastInput & { id: number };

export type ToastApi = {
  show: (toast: ToastInput) => void;
  success: (message: string) => void;
  error: (message: string) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const DURATION: Record<ToastKind, number> = { success: 5000, error: 9000 };

// Open dialogs' notice outlets, innermost last. While a dialog is open the page behind it is
// inert and hidden from screen readers, so notices show (and are announced) inside the dialog,
// in a strip above its body: they never cover its fields or its buttons.
type Outlet = { polite: HTMLElement; assertive: HTMLElement };
let outlets: Outlet[] = [];
const listeners = new Set<() => void>();
function setOutlets(next: Outlet[]) {
  outlets = next;
  for (const l of listeners) l();
}
function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}
const topOutlet = () => outlets[outlets.length - 1] ?? null;

/** Rendered by Dialog: the live regions its notices go to while it is the innermost one. */
export function DialogToastOutlet() {
  const politeRef = useRef<HTMLDivElement>(null);
  const assertiveRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const outlet = politeRef.current && assertiveRef.current ? { polite: politeRef.current, assertive: assertiveRef.current } : null;
    if (!outlet) return;
    setOutlets([...outlets, outlet]);
    return () => setOutlets(outlets.filter((o) => o !== outlet));
  }, []);
  return (
    <div className="dialog-toasts">
      <div aria-live="polite" className="toast-stack" ref={politeRef} />
      <div aria-live="assertive" className="toast-stack" ref={assertiveRef} />
    </div>
  );
}

/**
 * Short notices after an action. The live regions exist from the first render so screen readers
 * announce what is added later: successes politely, errors assertively. A notice stays while
 * the pointer or the focus is on it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const show = (toast: ToastInput) => {
      const id = nextId.current++;
      // Four at most: the oldest go first.
      setItems((all) => [...all.slice(-3), { ...toast, id }]);
    };
    return { show, success: (message) => show({ kind: 'success', message }), error: (message) => show({ kind: 'error', message }) };
  }, []);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion items={items} onDismiss={dismiss} />
    </ToastContext.Provider>
  );
}

function ToastRegion({ items, onDismiss }: { items: ToastItem[]; onDismiss: (id: number) => void }) {
  const t = useFirstT();
  const outlet = useSyncExternalStore(subscribe, topOutlet, () => null);
  const list = (kind: ToastKind) =>
    items.filter((i) => i.kind === kind).map((item) => <Toast key={item.id} item={item} onDismiss={onDismiss} dismissLabel={t('common.dismiss')} />);
  return (
    <div className="toast-region">
      <div aria-live="polite" className="toast-stack">
        {outlet ? null : list('success')}
      </div>
      <div aria-live="assertive" className="toast-stack">
        {outlet ? null : list('error')}
      </div>
      {outlet ? createPortal(list('success'), outlet.polite) : null}
      {outlet ? createPortal(list('error'), outlet.assertive) : null}
    </div>
  );
}

function Toast({ item, onDismiss, dismissLabel }: { item: ToastItem; onDismiss: (id: number) => void; dismissLabel: string }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  // Time left survives pauses: hovering for a while and leaving does not restart the clock.
  const remaining = useRef(DURATION[item.kind]);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => onDismiss(item.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(1000, remaining.current - (Date.now() - started));
    };
  }, [paused, item.id, onDismiss]);
  return (
    <div
      className={`toast toast-${item.kind}`}
      // The pointer and focus handlers only pause the timer (focus comes from the dismiss button,
      // which a keyboard reaches on its own): the box itself is no control, and no landmark.
      role="presentation"
      // Paused by a pointer that moves over it, not by one that was already there when the notice
      // appeared (it would then never go, covering what lies under it).
      onPointerMove={(e) => {
        if (e.pointerType === 'mouse' && !hovered) setHovered(true);
      }}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <span className="toast-icon" aria-hidden="true">
        {item.kind === 'success' ? '✓' : '!'}
      </span>
      <p className="toast-message">{item.message}</p>
      <button type="button" className="toast-dismiss" aria-label={dismissLabel} onClick={() => onDismiss(item.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
