import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { callLogRow } from './rows';
import { invalidateCallRequests } from './invalidate';

export type ReleaseCallRequestArgs = Database['public']['Functions']['release_call_request']['Args'];

export async function releaseCallRequest(args: ReleaseCallRequestArgs) {
  const { data, error } = await supabase.rpc('release_call_request', args);
  if (error) throw error;
  return callLogRow.parse(data);
}

export function useReleaseCallRequest(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: releaseCallRequest, onSettled: () => invalidateCallRequests(qc, orgId) });
}
