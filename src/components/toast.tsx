import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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

/**
 * Short notices after an action. The live regions exist from the first render so screen readers
 * announce what is added later: successes politely, errors assertively.
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
  return (
    <div className="toast-region">
      <div aria-live="polite" className="toast-stack">
        {items.filter((i) => i.kind === 'success').map((item) => (
          <Toast key={item.id} item={item} onDismiss={onDismiss} dismissLabel={t('common.dismiss')} />
        ))}
      </div>
      <div aria-live="assertive" className="toast-stack">
        {items.filter((i) => i.kind === 'error').map((item) => (
          <Toast key={item.id} item={item} onDismiss={onDismiss} dismissLabel={t('common.dismiss')} />
        ))}
      </div>
    </div>
  );
}

function Toast({ item, onDismiss, dismissLabel }: { item: ToastItem; onDismiss: (id: number) => void; dismissLabel: string }) {
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(item.id), DURATION[item.kind]);
    return () => window.clearTimeout(timer);
  }, [item.id, item.kind, onDismiss]);
  return (
    <div className={`toast toast-${item.kind}`}>
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
