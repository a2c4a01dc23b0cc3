import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';
import type { CohortBatchStatus } from '@/domain/statuses';

const money = z.coerce.number();
const batchRow = z.object({
  id: z.string(),
  cohort_type_id: z.string(),
  cohort_type_name: z.string(),
  name: z.string(),
  status: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  students: z.coerce.number(),
  offered: money,
  received: money,
  due: money,
  written_off: money,
  total_count: z.coerce.number(),
  total_capped: z.boolean(),
});
const typeRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});
const typeTotalsRow = z.object({
  cohort_type_id: z.string(),
  batches: z.coerce.number(),
  students: z.coerce.number(),
  offered: money,
  received: money,
  due: money,
  written_off: money,
});
export type CohortBatch = z.infer<typeof batchRow>;
export type CohortTypeTotals = Omit<z.infer<typeof typeTotalsRow>, 'cohort_type_id'>;
export type CohortType = z.infer<typeof typeRow> & { totals: CohortTypeTotals };

const NO_TOTALS: CohortTypeTotals = { batches: 0, students: 0, offered: 0, received: 0, due: 0, written_off: 0 };

/**
 * The organization's cohort types, each with the sums of its batches (`cohort_type_totals`, from
 * the running totals: one row per batch and closer, not every student).
 */
export async function getCohortTypes(orgId: string): Promise<CohortType[]> {
  const [types, totals] = await Promise.all([
    supabase.from('cohort_types').select('id, name, description').eq('organization_id', orgId).order('name'),
    supabase.rpc('cohort_type_totals', { p_organization_id: orgId }),
  ]);
  if (types.error) throw types.error;
  if (totals.error) throw totals.error;
  const byType = new Map(z.array(typeTotalsRow).parse(totals.data ?? []).map(({ cohort_type_id, ...rest }) => [cohort_type_id, rest]));
  return z
    .array(typeRow)
    .parse(types.data ?? [])
    .map((t) => ({ ...t, totals: byType.get(t.id) ?? NO_TOTALS }));
}

export const cohortTypesQuery = (orgId: string) =>
  queryOptions({ queryKey: cohortKeys.types(orgId), queryFn: () => getCohortTypes(orgId) });

export const BATCHES_PAGE_SIZE = 25;
export type BatchesQuery = { typeId: string | null; status: CohortBatchStatus | null; search: string; page: number };

/** One page of the organization's batches (`list_cohort_batches`): newest start first, undated first. */
export async function getBatchesPage(orgId: string, q: BatchesQuery) {
  const { data, error } = await supabase.rpc('list_cohort_batches', {
    p_organization_id: orgId,
    p_cohort_type_id: q.typeId ?? undefined,
    p_status: q.status ?? undefined,
    p_search: q.search.trim() || undefined,
    p_limit: String(BATCHES_PAGE_SIZE),
    p_offset: String(q.page * BATCHES_PAGE_SIZE),
  });
  if (error) throw error;
  const rows = z.array(batchRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0, capped: rows[0]?.total_capped ?? false };
}

export const batchesQuery = (orgId: string, q: BatchesQuery) =>
  queryOptions({
    queryKey: [...cohortKeys.types(orgId), 'batches', q] as const,
    queryFn: () => getBatchesPage(orgId, q),
    placeholderData: keepPreviousData,
  });
