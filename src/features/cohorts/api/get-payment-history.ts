import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { cohortKeys } from '@/lib/students/query-keys';
import { LEDGER_ENTRY_KINDS } from '@/domain/statuses';
import { numeric } from './rows';

const payment = z.object({
  id: z.string(),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  amount: numeric,
  paid_on: z.string(),
  payment_platform: z.string().nullable(),
  remarks: z.string().nullable(),
  recorded_by: z.string().nullable(),
  recorded_by_name: z.string().nullable(),
  created_at: z.string(),
});
const offerChange = z.object({
  id: z.string(),
  old_amount: numeric,
  new_amount: numeric,
  reason: z.string().nullable(),
  changed_by: z.string().nullable(),
  changed_by_name: z.string().nullable(),
  changed_at: z.string(),
});
/** The student's figures now (the dialog shows these, not the roster row it was opened from). */
const figures = z.object({ status: z.string(), offer_amount: numeric, cash_received: numeric, due_amount: numeric, written_off: numeric });
export const paymentHistory = z.object({ student: figures, payments: z.array(payment), offer_changes: z.array(offerChange) });
export type PaymentHistory = z.infer<typeof paymentHistory>;
export type HistoryPayment = PaymentHistory['payments'][number];

/** One student's ledger (newest first, who recorded each entry) and offer changes (who and why). */
export async function getPaymentHistory(studentId: string): Promise<PaymentHistory> {
  const { data, error } = await supabase.rpc('student_payment_history', { p_cohort_student_id: studentId });
  if (error) throw error;
  return paymentHistory.parse(data);
}

export const paymentHistoryQuery = (orgId: string, studentId: string) =>
  queryOptions({
    queryKey: [...cohortKeys.all(orgId), 'payment-history', studentId] as const,
    queryFn: () => getPaymentHistory(studentId),
  });
