import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { convertResult } from './rows';
import { invalidateSales } from './invalidate';

export type ConvertCallArgs = Database['public']['Functions']['convert_call_appointment']['Args'];

/** One rpc, one transaction: the appointment and its cohort student (invariant S1). */
export async function convertCall(args: ConvertCallArgs) {
  const { data, error } = await supabase.rpc('convert_call_appointment', args);
  if (error) throw error;
  return convertResult.parse(data);
}

export function useConvertCall(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: convertCall,
    onSuccess: () => invalidateSales(qc, orgId),
  });
}
