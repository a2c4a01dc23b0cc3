import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudentMoney } from './invalidate';

export type DeletePaymentArgs = Database['public']['Functions']['delete_payment']['Args'];

export async function deletePayment(args: DeletePaymentArgs) {
  const { data, error } = await supabase.rpc('delete_payment', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useDeletePayment(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deletePayment,
    onSuccess: () => invalidateStudentMoney(qc, orgId),
  });
}
