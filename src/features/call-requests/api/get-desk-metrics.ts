import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callRequestKeys } from './keys';

const count = z.coerce.number();
const seconds = z.number().nullable();
const outcomes = z.record(z.string(), count);

export const deskMetrics = z.object({
  period: z.object({ from: z.string(), to: z.string(), today: z.string(), timezone: z.string() }),
  target_minutes: count,
  requests_today: count,
  requests: count,
  called: count,
  open: count,
  median_wait_seconds: seconds,
  p90_wait_seconds: seconds,
  within_target: count,
  decided: count,
  within_target_share: z.coerce.number().nullable(),
  // Outcomes keyed by the outcome code (the database's CHECK set; the page lists CALL_OUTCOMES).
  by_pillar: z.array(z.object({ pillar: z.string().nullable(), requests: count, open: count, outcomes: outcomes })),
  by_specialist: z.array(
    z.object({
      specialist_id: z.string(),
      specialist_name: z.string(),
      completed: count,
      outcomes: outcomes,
      median_wait_seconds: seconds,
    }),
  ),
});
export type DeskMetrics = z.infer<typeof deskMetrics>;
export type DeskPeriod = { from: string | null; to: string | null };

/** The desk's figures for the requests made in the period (call_desk_metrics; default today). */
export async function getDeskMetrics(orgId: string, period: DeskPeriod) {
  const { data, error } = await supabase.rpc('call_desk_metrics', {
    p_organization_id: orgId,
    p_from: period.from ?? undefined,
    p_to: period.to ?? undefined,
  });
  if (error) throw error;
  return deskMetrics.parse(data);
}

export const deskMetricsQuery = (orgId: string, period: DeskPeriod) =>
  queryOptions({
    queryKey: callRequestKeys.metrics(orgId, period),
    queryFn: () => getDeskMetrics(orgId, period),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
