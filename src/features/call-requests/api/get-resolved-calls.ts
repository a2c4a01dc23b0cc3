import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { CALL_QUEUE_PAGE_SIZE, callRequestKeys } from './keys';
import { resolvedRow } from './rows';

/** One page of completed calls, newest first; `search` matches member, company, specialist or notes. */
export async function getResolvedCalls(orgId: string, page: number, search = '') {
  const q = search.trim();
  const { data, error } = await supabase.rpc('list_resolved_calls', {
    p_organization_id: orgId,
    p_limit: String(CALL_QUEUE_PAGE_SIZE),
    p_offset: String(page * CALL_QUEUE_PAGE_SIZE),
    p_search: q === '' ? undefined : q,
  });
  if (error) throw error;
  const rows = z.array(resolvedRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0, totalCapped: rows[0]?.total_capped ?? false };
}

export const resolvedCallsQuery = (orgId: string, page: number, search = '') =>
  queryOptions({
    queryKey: callRequestKeys.resolved(orgId, page, search.trim()),
    queryFn: () => getResolvedCalls(orgId, page, search),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
