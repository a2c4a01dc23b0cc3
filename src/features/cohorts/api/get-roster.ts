import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';
import { numeric, rosterRow, rosterTotals } from './rows';
import type { DateRange } from '../lib/date-range';

export const ROSTER_PAGE_SIZE = 25;
export const ROSTER_FILTERS = ['refunded', 'discontinued', 'fully_paid', 'follow_up_today', 'pay_after_earning'] as const;
export type RosterFilter = (typeof ROSTER_FILTERS)[number];

export type RosterQuery = { filter: RosterFilter | null; search: string; page: number; range: DateRange };

export async function getRosterPage(batchId: string, q: { filter: RosterFilter | null; search: string; limit: number; offset: number; range?: DateRange }) {
  const { data, error } = await supabase.rpc('list_batch_roster', {
    p_batch_id: batchId,
    p_filter: q.filter ?? undefined,
    p_search: q.search.trim() || undefined,
    p_from: q.range?.from || undefined,
    p_to: q.range?.to || undefined,
    p_limit: String(q.limit),
    p_offset: String(q.offset),
  });
  if (error) throw error;
  const rows = z.array(rosterRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export const rosterQuery = (orgId: string, batchId: string, q: RosterQuery) =>
  queryOptions({
    queryKey: [...cohortKeys.rosters(orgId), batchId, q] as const,
    queryFn: () => getRosterPage(batchId, { filter: q.filter, search: q.search, range: q.range, limit: ROSTER_PAGE_SIZE, offset: q.page * ROSTER_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

const counts = z.object(Object.fromEntries(['all', ...ROSTER_FILTERS].map((k) => [k, numeric])) as Record<'all' | RosterFilter, typeof numeric>);
export type RosterCounts = z.infer<typeof counts>;

/** How many students each filter chip would show, with the same search and date range. */
export async function getRosterCounts(batchId: string, search: string, range: DateRange): Promise<RosterCounts> {
  const { data, error } = await supabase.rpc('batch_roster_counts', {
    p_batch_id: batchId,
    p_search: search.trim() || undefined,
    p_from: range.from || undefined,
    p_to: range.to || undefined,
  });
  if (error) throw error;
  return counts.parse(data);
}

export const rosterCountsQuery = (orgId: string, batchId: string, search: string, range: DateRange) =>
  queryOptions({
    queryKey: [...cohortKeys.rosters(orgId), batchId, 'counts', { search, range }] as const,
    queryFn: () => getRosterCounts(batchId, search, range),
    placeholderData: keepPreviousData,
  });

/** The batch's totals and by-closer split, within the roster's conversion-date range. */
export async function getRosterTotals(batchId: string, range?: DateRange) {
  const { data, error } = await supabase.rpc('batch_roster_totals', {
    p_batch_id: batchId,
    p_from: range?.from || undefined,
    p_to: range?.to || undefined,
  });
  if (error) throw error;
  return rosterTotals.parse(data);
}

export const rosterTotalsQuery = (orgId: string, batchId: string, range: DateRange = { from: '', to: '' }) =>
  queryOptions({
    queryKey: [...cohortKeys.totals(orgId), batchId, range] as const,
    queryFn: () => getRosterTotals(batchId, range),
    placeholderData: keepPreviousData,
  });

/** Every row of the roster with the current filter and search, fetched in chunks (CSV export). */
export async function getWholeRoster(batchId: string, filter: RosterFilter | null, search: string, range?: DateRange) {
  const chunk = 500;
  const all: z.infer<typeof rosterRow>[] = [];
  for (let offset = 0; ; offset += chunk) {
    const { rows, total } = await getRosterPage(batchId, { filter, search, range, limit: chunk, offset });
    all.push(...rows);
    if (rows.length < chunk || all.length >= total) break;
  }
  return all;
}
