import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { callLogRow } from './rows';
import { invalidateCallRequests } from './invalidate';

export type ScheduleCallFollowUpArgs = Database['public']['Functions']['schedule_call_follow_up']['Args'];

export async function scheduleCallFollowUp(args: ScheduleCallFollowUpArgs) {
  const { data, error } = await supabase.rpc('schedule_call_follow_up', args);
  if (error) throw error;
  return callLogRow.parse(data);
}

export function useScheduleCallFollowUp(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: scheduleCallFollowUp, onSuccess: () => invalidateCallRequests(qc, orgId) });
}
