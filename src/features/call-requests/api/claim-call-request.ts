import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { callLogRow } from './rows';
import { invalidateCallRequests } from './invalidate';

export type ClaimCallRequestArgs = Database['public']['Functions']['claim_call_request']['Args'];

export async function claimCallRequest(args: ClaimCallRequestArgs) {
  const { data, error } = await supabase.rpc('claim_call_request', args);
  if (error) throw error;
  return callLogRow.parse(data);
}

export function useClaimCallRequest(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: claimCallRequest, onSettled: () => invalidateCallRequests(qc, orgId) });
}
