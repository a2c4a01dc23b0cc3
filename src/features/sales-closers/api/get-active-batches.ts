import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';

const activeBatchRow = z.object({
  id: z.string(),
  name: z.string(),
  cohort_types: z.object({ name: z.string() }).nullable(),
});

export type ActiveBatch = { id: string; name: string; cohortTypeName: string };

/** Batches a call may be converted into: the organization's `active` ones. */
export async function getActiveBatches(orgId: string): Promise<ActiveBatch[]> {
  const { data, error } = await supabase
    .from('cohort_batches')
    .select('id, name, cohort_types(name)')
    .eq('organization_id', orgId)
    .eq('status', 'active')
    .order('name');
  if (error) throw error;
  return z
    .array(activeBatchRow)
    .parse(data ?? [])
    .map((b) => ({ id: b.id, name: b.name, cohortTypeName: b.cohort_types?.name ?? '' }))
    .sort((a, b) => `${a.cohortTypeName} ${a.name}`.localeCompare(`${b.cohortTypeName} ${b.name}`));
}

export const activeBatchesQuery = (orgId: string) =>
  queryOptions({ queryKey: salesKeys.activeBatches(orgId), queryFn: () => getActiveBatches(orgId), staleTime: 60_000 });
