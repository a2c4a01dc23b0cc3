import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/domain/sales-query-keys';

const batchRow = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  cohort_type_id: z.string(),
  cohort_students: z.array(z.object({ count: z.number() })).optional(),
});
const typeRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  cohort_batches: z.array(batchRow),
});
export type CohortBatch = z.infer<typeof batchRow> & { studentCount: number };
export type CohortType = Omit<z.infer<typeof typeRow>, 'cohort_batches'> & { batches: CohortBatch[] };

/** Cohort types with their batches and each batch's student count. */
export async function getCohortTypes(orgId: string): Promise<CohortType[]> {
  const { data, error } = await supabase
    .from('cohort_types')
    .select('id, name, description, cohort_batches(id, name, status, start_date, end_date, cohort_type_id, cohort_students(count))')
    .eq('organization_id', orgId)
    .order('name');
  if (error) throw error;
  return z
    .array(typeRow)
    .parse(data ?? [])
    .map(({ cohort_batches, ...t }) => ({
      ...t,
      batches: cohort_batches
        .map((b) => ({ ...b, studentCount: b.cohort_students?.[0]?.count ?? 0 }))
        .sort((a, b) => (b.start_date ?? '').localeCompare(a.start_date ?? '') || a.name.localeCompare(b.name)),
    }));
}

export const cohortTypesQuery = (orgId: string) =>
  queryOptions({ queryKey: cohortKeys.types(orgId), queryFn: () => getCohortTypes(orgId) });
