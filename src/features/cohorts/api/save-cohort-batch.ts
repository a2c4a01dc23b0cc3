import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { cohortKeys, salesKeys } from '@/lib/students/query-keys';

export type SaveCohortBatchArgs = Database['public']['Functions']['save_cohort_batch']['Args'];

export async function saveCohortBatch(args: SaveCohortBatchArgs) {
  const { data, error } = await supabase.rpc('save_cohort_batch', args);
  if (error) throw error;
  return z.object({ id: z.string() }).loose().parse(data);
}

export function useSaveCohortBatch(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveCohortBatch,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: cohortKeys.all(orgId) }),
        qc.invalidateQueries({ queryKey: salesKeys.activeBatches(orgId) }),
      ]),
  });
}
