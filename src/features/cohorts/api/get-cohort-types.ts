import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';

const money = z.coerce.number();
const batchRow = z.object({
  id: z.string(),
  cohort_type_id: z.string(),
  name: z.string(),
  status: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  students: z.coerce.number(),
  offered: money,
  received: money,
  due: money,
  written_off: money,
});
const typeRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});
export type CohortBatch = z.infer<typeof batchRow>;
export type CohortType = z.infer<typeof typeRow> & { batches: CohortBatch[] };

/**
 * Cohort types with their batches; each batch carries its student count and money totals,
 * computed by the database (`list_cohort_batches`), newest batch first.
 */
export async function getCohortTypes(orgId: string): Promise<CohortType[]> {
  const [types, batches] = await Promise.all([
    supabase.from('cohort_types').select('id, name, description').eq('organization_id', orgId).order('name'),
    supabase.rpc('list_cohort_batches', { p_organization_id: orgId }),
  ]);
  if (types.error) throw types.error;
  if (batches.error) throw batches.error;
  const allBatches = z.array(batchRow).parse(batches.data ?? []);
  return z
    .array(typeRow)
    .parse(types.data ?? [])
    .map((t) => ({ ...t, batches: allBatches.filter((b) => b.cohort_type_id === t.id) }));
}

export const cohortTypesQuery = (orgId: string) =>
  queryOptions({ queryKey: cohortKeys.types(orgId), queryFn: () => getCohortTypes(orgId) });
