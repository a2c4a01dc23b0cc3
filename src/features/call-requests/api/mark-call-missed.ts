import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { callLogRow } from './rows';
import { invalidateCallRequests } from './invalidate';

export type MarkCallMissedArgs = Database['public']['Functions']['mark_call_missed']['Args'];

export async function markCallMissed(args: MarkCallMissedArgs) {
  const { data, error } = await supabase.rpc('mark_call_missed', args);
  if (error) throw error;
  return callLogRow.parse(data);
}

export function useMarkCallMissed(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: markCallMissed, onSuccess: () => invalidateCallRequests(qc, orgId) });
}
