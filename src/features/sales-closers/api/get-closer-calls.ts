import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { closerCallRow } from './rows';

export const CALLS_PAGE_SIZE = 25;

export type CloserCallFilters = {
  statuses: string[];
  from: string | null;
  to: string | null;
  search: string;
  page: number;
};

export async function getCloserCalls(orgId: string, closerId: string, f: CloserCallFilters) {
  const { data, error } = await supabase.rpc('list_closer_calls', {
    p_organization_id: orgId,
    p_closer_id: closerId,
    p_statuses: f.statuses.length ? f.statuses : undefined,
    p_from: f.from ?? undefined,
    p_to: f.to ?? undefined,
    p_search: f.search.trim() || undefined,
    p_limit: String(CALLS_PAGE_SIZE),
    p_offset: String(f.page * CALLS_PAGE_SIZE),
  });
  if (error) throw error;
  const rows = z.array(closerCallRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0, totalCapped: rows[0]?.total_capped ?? false };
}

export const closerCallsQuery = (orgId: string, closerId: string, filters: CloserCallFilters) =>
  queryOptions({
    queryKey: [...salesKeys.calls(orgId), closerId, filters] as const,
    queryFn: () => getCloserCalls(orgId, closerId, filters),
    placeholderData: keepPreviousData,
  });

/** How many calls each status holds under the other filters (the Statuses filter's counts). */
export async function getCloserCallStatusCounts(orgId: string, closerId: string, f: Pick<CloserCallFilters, 'from' | 'to' | 'search'>) {
  const { data, error } = await supabase.rpc('closer_call_status_counts', {
    p_organization_id: orgId,
    p_closer_id: closerId,
    p_from: f.from ?? undefined,
    p_to: f.to ?? undefined,
    p_search: f.search.trim() || undefined,
  });
  if (error) throw error;
  return z.record(z.string(), z.coerce.number()).parse(data ?? {});
}

export const closerCallStatusCountsQuery = (orgId: string, closerId: string, f: Pick<CloserCallFilters, 'from' | 'to' | 'search'>) =>
  queryOptions({
    queryKey: [...salesKeys.calls(orgId), closerId, 'status-counts', { from: f.from, to: f.to, search: f.search }] as const,
    queryFn: () => getCloserCallStatusCounts(orgId, closerId, f),
    placeholderData: keepPreviousData,
  });
