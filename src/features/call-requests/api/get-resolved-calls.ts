import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { CALL_QUEUE_PAGE_SIZE, callRequestKeys } from './keys';
import { resolvedRow } from './rows';

export async function getResolvedCalls(orgId: string, page: number) {
  const { data, error } = await supabase.rpc('list_resolved_calls', {
    p_organization_id: orgId,
    p_limit: String(CALL_QUEUE_PAGE_SIZE),
    p_offset: String(page * CALL_QUEUE_PAGE_SIZE),
  });
  if (error) throw error;
  const rows = z.array(resolvedRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export const resolvedCallsQuery = (orgId: string, page: number) =>
  queryOptions({
    queryKey: callRequestKeys.resolved(orgId, page),
    queryFn: () => getResolvedCalls(orgId, page),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
