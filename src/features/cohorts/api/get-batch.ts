import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';

const batchDetail = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  created_at: z.string().nullable().optional(),
  cohort_type_id: z.string(),
  cohort_types: z.object({ name: z.string() }).nullable(),
});
export type BatchDetail = z.infer<typeof batchDetail>;

export async function getBatch(orgId: string, batchId: string) {
  const { data, error } = await supabase
    .from('cohort_batches')
    .select('id, name, status, start_date, end_date, created_at, cohort_type_id, cohort_types(name)')
    .eq('organization_id', orgId)
    .eq('id', batchId)
    .maybeSingle();
  if (error) throw error;
  return data ? batchDetail.parse(data) : null;
}

export const batchQuery = (orgId: string, batchId: string) =>
  queryOptions({ queryKey: [...cohortKeys.all(orgId), 'batch', batchId] as const, queryFn: () => getBatch(orgId, batchId) });

const batchOption = z.object({ id: z.string(), name: z.string(), status: z.string(), cohort_types: z.object({ name: z.string() }).nullable() });
export type BatchOption = { id: string; label: string; status: string };

/** Every batch of the organization (targets of a move). */
export async function getBatchOptions(orgId: string): Promise<BatchOption[]> {
  const { data, error } = await supabase
    .from('cohort_batches')
    .select('id, name, status, cohort_types(name)')
    .eq('organization_id', orgId);
  if (error) throw error;
  return z
    .array(batchOption)
    .parse(data ?? [])
    .map((b) => ({ id: b.id, status: b.status, label: `${b.cohort_types?.name ?? ''} · ${b.name}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export const batchOptionsQuery = (orgId: string) =>
  queryOptions({ queryKey: [...cohortKeys.all(orgId), 'batch-options'] as const, queryFn: () => getBatchOptions(orgId) });
