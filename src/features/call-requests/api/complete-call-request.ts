import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { completeResult } from './rows';
import { invalidateCallRequests } from './invalidate';

export type CompleteCallRequestArgs = Database['public']['Functions']['complete_call_request']['Args'];

/** One rpc, one transaction: closes the existing open log (never inserts a second one). */
export async function completeCallRequest(args: CompleteCallRequestArgs) {
  const { data, error } = await supabase.rpc('complete_call_request', args);
  if (error) throw error;
  return completeResult.parse(data);
}

export function useCompleteCallRequest(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: completeCallRequest, onSuccess: () => invalidateCallRequests(qc, orgId) });
}
