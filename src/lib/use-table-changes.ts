import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `onChange` on every insert/update/delete Supabase Realtime reports for `table` rows
 * matching `filter` (row-level security decides what reaches this person). Realtime is loaded
 * here, on first use (src/lib/realtime.ts), so it is never part of the first load. Off when
 * `enabled` is false (the local stack has no Realtime: callers poll).
 */
export function useTableChanges(channelName: string, table: string, filter: string, onChange: () => void, enabled: boolean) {
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    void import('./realtime').then(({ realtimeClient }) => {
      if (cancelled) return;
      const client = realtimeClient();
      const channel = client
        .channel(channelName)
        .on('postgres_changes', { event: '*', schema: 'public', table, filter }, () => latest.current())
        .subscribe();
      cleanup = () => void client.removeChannel(channel);
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [channelName, table, filter, enabled]);
}
