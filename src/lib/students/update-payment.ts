import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { paymentResult } from './rows';
import { invalidateStudentMoney } from './invalidate';

export type UpdatePaymentArgs = Database['public']['Functions']['update_payment']['Args'];

export async function updatePayment(args: UpdatePaymentArgs) {
  const { data, error } = await supabase.rpc('update_payment', args);
  if (error) throw error;
  return paymentResult.parse(data);
}

export function useUpdatePayment(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updatePayment,
    onSuccess: () => invalidateStudentMoney(qc, orgId),
  });
}
