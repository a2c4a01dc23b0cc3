import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudentMoney } from './invalidate';

export type ChangeOfferArgs = Database['public']['Functions']['change_offer_amount']['Args'];

export async function changeOffer(args: ChangeOfferArgs) {
  const { data, error } = await supabase.rpc('change_offer_amount', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useChangeOffer(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: changeOffer,
    onSuccess: () => invalidateStudentMoney(qc, orgId),
  });
}
