import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callRequestKeys } from './keys';

export const callRequestCounts = z.object({
  pending: z.coerce.number(),
  resolved: z.coerce.number(),
  /** The resolved count stopped at 1,000 ("1,000+"): counting all history every 5 s would grow with it. */
  resolved_capped: z.boolean().default(false),
  new_since: z.coerce.number(),
  as_of: z.string(),
});
export type CallRequestCounts = z.infer<typeof callRequestCounts>;

/** Tab counts, and the open requests created after `since` (the database's clock, from as_of). */
export async function getCallRequestCounts(orgId: string, since: string | null) {
  const { data, error } = await supabase.rpc('call_request_counts', { p_organization_id: orgId, p_since: since ?? undefined });
  if (error) throw error;
  return callRequestCounts.parse(data);
}

export const callRequestCountsQuery = (orgId: string, since: string | null) =>
  queryOptions({
    queryKey: callRequestKeys.counts(orgId, since),
    queryFn: () => getCallRequestCounts(orgId, since),
    // While the next `since` loads, the previous answer stays (its counts; flagged placeholder).
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: 5_000,
    refetchOnWindowFocus: true,
  });
