import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { closerSummaryRow } from './rows';

export async function getCloserSummary(orgId: string) {
  const { data, error } = await supabase.rpc('closer_summary', { p_organization_id: orgId });
  if (error) throw error;
  return z.array(closerSummaryRow).parse(data ?? []);
}

export const closerSummaryQuery = (orgId: string) =>
  queryOptions({ queryKey: salesKeys.summary(orgId), queryFn: () => getCloserSummary(orgId) });
