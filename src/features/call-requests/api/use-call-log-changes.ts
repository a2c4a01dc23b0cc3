import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { env } from '@/lib/env';
import { callRequestKeys } from './keys';

/**
 * Where the backend offers Supabase Realtime (a hosted project), any change to the organization's
 * call logs refetches the queue and the resolved list at once; RLS decides which changes reach
 * this specialist. Polling (callQueueQuery) stays on as the floor, so a dropped socket or the
 * local stack (no Realtime) never leaves a request unseen.
 */
export function useCallLogChanges(orgId: string, enabled = env.realtime) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const channel = supabase
      .channel(`call-logs:${orgId}`)
      .on('postgres_changes', { event: '*', schema: 'public', table: 'specialist_call_logs', filter: `organization_id=eq.${orgId}` }, () => {
        void queryClient.invalidateQueries({ queryKey: callRequestKeys.all(orgId) });
      })
      .subscribe();
    return () => {
      void supabase.removeChannel(channel);
    };
  }, [enabled, orgId, queryClient]);
}
