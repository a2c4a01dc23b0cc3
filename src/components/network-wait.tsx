// One mechanism for every save (TanStack Query mutation) in the app: when a save is offline
// (paused by networkMode 'online') or has waited more than a few seconds for an answer, the open
// dialog (and, without a dialog, the notices corner) says it is waiting for the network and offers
// "Try again"; a save that completes after such a wait says so in a notice.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useFirstT } from '@/lib/i18n';
import { abortWaitingWrites } from '@/lib/network';
import { useToast } from './toast';

export type NetworkWaitState = 'idle' | 'slow' | 'offline';
type Api = { state: NetworkWaitState; retry: () => void };

const NetworkWaitContext = createContext<Api>({ state: 'idle', retry: () => undefined });

/** Seconds a save may take before the user is told it is waiting for the network. */
export const SLOW_SAVE_MS = 4000;

export function NetworkWaitProvider({ children, slowAfterMs = SLOW_SAVE_MS }: { children: ReactNode; slowAfterMs?: number }) {
  const client = useQueryClient();
  const toast = useToast();
  const t = useFirstT();
  const say = useRef({ toast, t });
  useLayoutEffect(() => {
    say.current = { toast, t };
  });
  const [state, setState] = useState<NetworkWaitState>('idle');

  useEffect(() => {
    const cache = client.getMutationCache();
    const waited = new Set<number>();
    const timers = new Map<number, number>();
    const recompute = () => {
      const pending = cache.getAll().filter((m) => m.state.status === 'pending');
      setState(pending.some((m) => m.state.isPaused) ? 'offline' : pending.some((m) => waited.has(m.mutationId)) ? 'slow' : 'idle');
    };
    const unsubscribe = cache.subscribe((event) => {
      const m = event.mutation;
      if (!m) return;
      const id = m.mutationId;
      if (m.state.status === 'pending' && event.type !== 'removed') {
        if (m.state.isPaused) waited.add(id);
        if (!timers.has(id)) {
          timers.set(
            id,
            window.setTimeout(() => {
              if (m.state.status === 'pending') {
                waited.add(id);
                recompute();
              }
            }, slowAfterMs),
          );
        }
      } else {
        window.clearTimeout(timers.get(id));
        timers.delete(id);
        if (m.state.status === 'success' && waited.has(id)) say.current.toast.success(say.current.t('network.savedAfterWait'));
        waited.delete(id);
      }
      recompute();
    });
    return () => {
      unsubscribe();
      for (const timer of timers.values()) window.clearTimeout(timer);
    };
  }, [client, slowAfterMs]);

  const api = useMemo<Api>(
    () => ({
      state,
      retry: () => {
        // Offline: ask again whether the browser is online and send the saves that wait.
        if (typeof navigator !== 'undefined' && navigator.onLine) onlineManager.setOnline(true);
        void client.resumePausedMutations();
        // Slow: abort the stuck requests; their mutations send them again (query-client retry rule).
        abortWaitingWrites();
      },
    }),
    [state, client],
  );
  return <NetworkWaitContext.Provider value={api}>{children}</NetworkWaitContext.Provider>;
}

export function useNetworkWait(): Api {
  return useContext(NetworkWaitContext);
}

/** "Waiting for the network…" with Try again, while a save waits; nothing otherwise. */
export function NetworkWaitNotice({ className }: { className?: string }) {
  const t = useFirstT();
  const { state, retry } = useNetworkWait();
  return (
    <div role="status" className={state === 'idle' ? undefined : `network-wait ${className ?? ''}`}>
      {state === 'idle' ? null : (
        <>
          <span>{state === 'offline' ? t('network.offline') : t('network.slow')}</span>
          <button type="button" className="button small secondary" onClick={retry}>
            {t('network.retry')}
          </button>
        </>
      )}
    </div>
  );
}
