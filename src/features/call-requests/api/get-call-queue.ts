import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { CALL_QUEUE_PAGE_SIZE, callRequestKeys, type QueueFilters } from './keys';
import { queueRow } from './rows';

/** One page of open requests (list_call_queue: every open log whatever the chat status, C1). */
export async function getCallQueue(orgId: string, f: QueueFilters) {
  const { data, error } = await supabase.rpc('list_call_queue', {
    p_organization_id: orgId,
    p_company_id: f.companyId ?? undefined,
    p_pillar: f.pillar ?? undefined,
    p_limit: String(CALL_QUEUE_PAGE_SIZE),
    p_offset: String(f.page * CALL_QUEUE_PAGE_SIZE),
    p_sort: f.sort,
  });
  if (error) throw error;
  const rows = z.array(queueRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0, totalCapped: rows[0]?.total_capped ?? false };
}

/** Polls so new requests appear without a reload; refetches when the window regains focus. */
export const callQueueQuery = (orgId: string, filters: QueueFilters) =>
  queryOptions({
    queryKey: callRequestKeys.queue(orgId, filters),
    queryFn: () => getCallQueue(orgId, filters),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: 5_000,
    refetchOnWindowFocus: true,
  });
