import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { appointmentRow } from './rows';
import { invalidateSales } from './invalidate';

export type UpdateCallStatusArgs = Database['public']['Functions']['update_call_appointment_status']['Args'];

export async function updateCallStatus(args: UpdateCallStatusArgs) {
  const { data, error } = await supabase.rpc('update_call_appointment_status', args);
  if (error) throw error;
  return appointmentRow.parse(data);
}

export function useUpdateCallStatus(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateCallStatus,
    onSuccess: () => invalidateSales(qc, orgId),
  });
}
