import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callsInKeys } from './keys';

export const ALL_CALLS_PAGE_SIZE = 25;

/** closer: a closer id, 'unassigned', or null for everyone. */
export type AllCallsFilters = {
  closer: string | null;
  status: string | null;
  from: string | null;
  to: string | null;
  search: string;
  page: number;
};

const numeric = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number);

export const allCallRow = z.object({
  id: z.string(),
  lead_id: z.string(),
  lead_name: z.string().nullable(),
  lead_email: z.string().nullable(),
  lead_phone: z.string().nullable(),
  closer_id: z.string().nullable(),
  closer_name: z.string().nullable(),
  scheduled_date: z.string(),
  scheduled_time: z.string().nullable(),
  status: z.string(),
  cancellation_reason: z.string().nullable(),
  additional_comments: z.string().nullable(),
  version: numeric,
  total_count: numeric,
});
export type AllCallRow = z.infer<typeof allCallRow>;

export async function getAllCalls(orgId: string, f: AllCallsFilters) {
  const { data, error } = await supabase.rpc('list_all_calls', {
    p_organization_id: orgId,
    p_closer: f.closer ?? undefined,
    p_status: f.status ?? undefined,
    p_from: f.from ?? undefined,
    p_to: f.to ?? undefined,
    p_search: f.search.trim() || undefined,
    p_limit: String(ALL_CALLS_PAGE_SIZE),
    p_offset: String(f.page * ALL_CALLS_PAGE_SIZE),
  });
  if (error) throw error;
  const rows = z.array(allCallRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export const allCallsQuery = (orgId: string, filters: AllCallsFilters) =>
  queryOptions({
    queryKey: [...callsInKeys.allCalls(orgId), filters] as const,
    queryFn: () => getAllCalls(orgId, filters),
    placeholderData: keepPreviousData,
  });
