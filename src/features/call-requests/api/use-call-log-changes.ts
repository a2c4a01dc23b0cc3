import { useQueryClient } from '@tanstack/react-query';
import { env } from '@/lib/env';
import { useTableChanges } from '@/lib/use-table-changes';
import { callRequestKeys } from './keys';

/**
 * Where the backend offers Supabase Realtime (a hosted project), any change to the organization's
 * call logs refetches the queue and the resolved list at once; RLS decides which changes reach
 * this specialist. Polling (callQueueQuery) stays on as the floor, so a dropped socket or the
 * local stack (no Realtime) never leaves a request unseen. Realtime itself is loaded with this page.
 */
export function useCallLogChanges(orgId: string, enabled = env.realtime) {
  const queryClient = useQueryClient();
  useTableChanges(
    `call-logs:${orgId}`,
    'specialist_call_logs',
    `organization_id=eq.${orgId}`,
    () => void queryClient.invalidateQueries({ queryKey: callRequestKeys.all(orgId) }),
    enabled,
  );
}
