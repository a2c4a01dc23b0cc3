import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { callHistoryRow } from './rows';

export const CALL_HISTORY_SHOWN = 50;

/** The newest changes of one call (list_call_status_history: RLS, whoever reads the call reads this). */
export async function getCallHistory(appointmentId: string) {
  const { data, error } = await supabase.rpc('list_call_status_history', {
    p_appointment_id: appointmentId,
    p_limit: String(CALL_HISTORY_SHOWN),
  });
  if (error) throw error;
  const rows = z.array(callHistoryRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export const callHistoryQuery = (orgId: string, appointmentId: string) =>
  queryOptions({
    queryKey: [...salesKeys.calls(orgId), 'history', appointmentId] as const,
    queryFn: () => getCallHistory(appointmentId),
  });
