import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { memberChatKeys } from './keys';
import { callRequestRow } from './rows';

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

/** Polled slowly so the member sees a specialist's outcome or follow-up without a reload. */
export const callRequestQuery = (orgId: string, sessionId: string) =>
  queryOptions({
    queryKey: memberChatKeys.callRequest(orgId, sessionId),
    queryFn: () => getCallRequest(orgId, sessionId),
    refetchInterval: 30_000,
  });
