import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { paymentResult } from './rows';
import { invalidateStudentMoney } from './invalidate';

export type RecordPaymentArgs = Database['public']['Functions']['record_payment']['Args'];

export async function recordPayment(args: RecordPaymentArgs) {
  const { data, error } = await supabase.rpc('record_payment', args);
  if (error) throw error;
  return paymentResult.parse(data);
}

export function useRecordPayment(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordPayment,
    onSuccess: () => invalidateStudentMoney(qc, orgId),
  });
}
