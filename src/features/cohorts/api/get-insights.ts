import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';
import { numeric } from './rows';

export const INSIGHTS_PAGE_SIZE = 10;
export const AGING_BUCKETS = ['0_30', '31_60', '61_90', '90_plus', 'unknown'] as const;

const dayFigure = z.object({ date: z.string(), students: numeric.optional(), payments: numeric.optional(), amount: numeric });
const week = z.object({ from: z.string(), to: z.string(), payments: numeric, amount: numeric, refunds: numeric });
const studentRef = { student_id: z.string(), lead_name: z.string().nullable(), batch_id: z.string(), batch_name: z.string().nullable(), due_amount: numeric, next_follow_up_date: z.string().nullable() };

export const insights = z.object({
  today: z.string(),
  money: z.object({ students: numeric, offered: numeric, received: numeric, due: numeric, written_off: numeric }),
  due_soon: z.object({ students: numeric, amount: numeric, by_day: z.array(dayFigure), rows: z.array(z.object(studentRef)) }),
  aging: z.array(z.object({ bucket: z.enum(AGING_BUCKETS), students: numeric, amount: numeric })),
  collections: z.object({ this_week: week, last_week: week, by_day: z.array(dayFigure) }),
  needs_action: z.object({
    students: numeric,
    no_payment: numeric,
    follow_up_today: numeric,
    follow_up_overdue: numeric,
    amount: numeric,
    rows: z.array(z.object({ ...studentRef, last_paid_on: z.string().nullable(), no_payment: z.boolean(), follow_up_today: z.boolean(), follow_up_overdue: z.boolean() })),
  }),
});
export type Insights = z.infer<typeof insights>;

export type InsightsPages = { dueSoon: number; action: number };

/** Insights of the organization (batchId null) or one batch: aggregates plus one page per list. */
export async function getInsights(orgId: string, batchId: string | null, pages: InsightsPages): Promise<Insights> {
  const { data, error } = await supabase.rpc('cohort_insights', {
    p_organization_id: orgId,
    p_batch_id: batchId ?? undefined,
    p_limit: String(INSIGHTS_PAGE_SIZE),
    p_due_soon_offset: String(pages.dueSoon * INSIGHTS_PAGE_SIZE),
    p_action_offset: String(pages.action * INSIGHTS_PAGE_SIZE),
  });
  if (error) throw error;
  return insights.parse(data);
}

export const insightsQuery = (orgId: string, batchId: string | null, pages: InsightsPages) =>
  queryOptions({
    queryKey: [...cohortKeys.all(orgId), 'insights', batchId ?? 'all', pages] as const,
    queryFn: () => getInsights(orgId, batchId, pages),
    placeholderData: keepPreviousData,
  });
