import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { closerSummaryRow } from './rows';

/** A period of the summary (inclusive organization dates); null = all time. */
export type SummaryPeriod = { from: string; to: string } | null;

export async function getCloserSummary(orgId: string, period: SummaryPeriod = null) {
  const { data, error } = await supabase.rpc(
    'closer_summary',
    period ? { p_organization_id: orgId, p_from: period.from, p_to: period.to } : { p_organization_id: orgId },
  );
  if (error) throw error;
  return z.array(closerSummaryRow).parse(data ?? []);
}

export const closerSummaryQuery = (orgId: string, period: SummaryPeriod = null) =>
  queryOptions({
    queryKey: [...salesKeys.summary(orgId), period?.from ?? 'all', period?.to ?? 'all'],
    queryFn: () => getCloserSummary(orgId, period),
  });
