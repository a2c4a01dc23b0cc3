import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { numeric } from '@/lib/students/rows';

export const KPI_PRESETS = ['today', 'week', 'month', 'custom'] as const;
export type KpiPreset = (typeof KPI_PRESETS)[number];
export type KpiPeriod = { preset: KpiPreset; from: string | null; to: string | null };

const figures = z.object({
  calls_today: numeric,
  calls: numeric,
  decided: numeric,
  converted_of_calls: numeric,
  conversions: numeric,
  conversion_rate: numeric.nullable(),
  cash_collected: numeric,
  refunds: numeric,
  // The money of the period's conversions (offered = received + due + written off).
  offered: numeric,
  received: numeric,
  due: numeric,
  written_off: numeric,
});
export type KpiFigures = z.infer<typeof figures>;

export const closerKpisResult = z.object({
  period: z.object({ preset: z.enum(KPI_PRESETS), from: z.string(), to: z.string(), today: z.string() }),
  closers: z.array(figures.extend({ closer_id: z.string(), closer_name: z.string() })),
  total: figures,
});
export type CloserKpis = z.infer<typeof closerKpisResult>;

/** One aggregate call: every closer's figures and the total for the period (closer_kpis). */
export async function getCloserKpis(orgId: string, period: KpiPeriod) {
  const custom = period.preset === 'custom';
  const { data, error } = await supabase.rpc('closer_kpis', {
    p_organization_id: orgId,
    p_preset: period.preset,
    p_from: custom ? (period.from ?? undefined) : undefined,
    p_to: custom ? (period.to ?? undefined) : undefined,
  });
  if (error) throw error;
  return closerKpisResult.parse(data);
}

export const closerKpisQuery = (orgId: string, period: KpiPeriod) =>
  queryOptions({
    queryKey: [...salesKeys.summary(orgId), 'kpis', period] as const,
    queryFn: () => getCloserKpis(orgId, period),
    placeholderData: keepPreviousData,
  });
