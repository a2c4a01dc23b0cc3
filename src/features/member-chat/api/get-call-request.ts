import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { OPEN_CALL_LOG_STATUSES } from '@/domain/statuses';
import { env } from '@/lib/env';
import { supabase } from '@/lib/supabase';
import { useTableChanges } from '@/lib/use-table-changes';
import { memberChatKeys } from './keys';
import { callRequestRow, type CallRequestRow } from './rows';

/** The latest call request of the member's chat (open, or the last completed one), or null. */
export async function getCallRequest(orgId: string, sessionId: string) {
  const { data, error } = await supabase
    .from('specialist_call_logs')
    .select('id, call_status, outcome, scheduled_for, attempts, created_at, completed_at')
    .eq('organization_id', orgId)
    .eq('chat_session_id', sessionId)
    .order('created_at', { ascending: false })
    .limit(1)
    .maybeSingle();
  if (error) throw error;
  return data ? callRequestRow.parse(data) : null;
}

/** While a request is open and no Realtime pushes its changes: its outcome shows within 5 s of completion. */
export const OPEN_REQUEST_POLL_MS = 3_000;
/** With Realtime the change arrives by push; the poll is only the floor for a dropped socket. */
export const OPEN_REQUEST_REALTIME_POLL_MS = 15_000;
/** No open request: nothing is waiting on a specialist. */
export const IDLE_REQUEST_POLL_MS = 30_000;

export function isOpenRequest(request: CallRequestRow | null | undefined): boolean {
  return !!request && (OPEN_CALL_LOG_STATUSES as readonly string[]).includes(request.call_status);
}

/** How long until the member's call request is asked again. */
export function callRequestPollInterval(request: CallRequestRow | null | undefined, realtime: boolean): number {
  if (!isOpenRequest(request)) return IDLE_REQUEST_POLL_MS;
  return realtime ? OPEN_REQUEST_REALTIME_POLL_MS : OPEN_REQUEST_POLL_MS;
}

/** Polled so the member sees a specialist's outcome or follow-up without a reload: fast while it is open. */
export const callRequestQuery = (orgId: string, sessionId: string, realtime = env.realtime) =>
  queryOptions({
    queryKey: memberChatKeys.callRequest(orgId, sessionId),
    queryFn: () => getCallRequest(orgId, sessionId),
    refetchInterval: (query) => callRequestPollInterval(query.state.data, realtime),
  });

/** On a hosted project, the open request's changes (outcome, follow-up) refetch it at once. */
export function useCallRequestChanges(orgId: string, sessionId: string, open: boolean, enabled = env.realtime) {
  const queryClient = useQueryClient();
  useTableChanges(
    `call-request:${sessionId}`,
    'specialist_call_logs',
    `chat_session_id=eq.${sessionId}`,
    () => void queryClient.invalidateQueries({ queryKey: memberChatKeys.all(orgId) }),
    enabled && open,
  );
}
