import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { salesKeys } from '@/lib/students/query-keys';
import { offerHistoryRow } from './rows';
import { cohortStudentRow, paymentRow } from '@/lib/students/rows';

const studentWithBatch = cohortStudentRow.extend({
  cohort_batches: z
    .object({ name: z.string(), start_date: z.string().nullable().optional(), created_at: z.string().nullable().optional(), cohort_types: z.object({ name: z.string() }).nullable() })
    .nullable(),
});

/**
 * The student converted from this call, its payments and its offer history: the same rows the
 * cohort roster reads (one ledger, invariant S3).
 */
export async function getStudentLedger(orgId: string, call: { id: string; lead_id: string; batch_id: string | null }) {
  const s = await supabase
    .from('cohort_students')
    .select('id, organization_id, cohort_batch_id, lead_id, call_appointment_id, closer_id, offer_amount, cash_received, due_amount, classes_access, status, cohort_batches(name, start_date, created_at, cohort_types(name))')
    .eq('organization_id', orgId)
    .eq('lead_id', call.lead_id);
  if (s.error) throw s.error;
  // The student this call converted; a student carried over from the earlier app may not name
  // its call, then the one of the call's batch. After a batch move the call follows the student.
  const candidates = z.array(studentWithBatch).parse(s.data ?? []);
  const student =
    candidates.find((c) => c.call_appointment_id === call.id) ?? candidates.find((c) => c.cohort_batch_id === call.batch_id);
  if (!student) return null;
  const [p, h] = await Promise.all([
    supabase
      .from('emi_payments')
      .select('id, cohort_student_id, kind, amount, paid_on, payment_platform, remarks, created_at')
      .eq('organization_id', orgId)
      .eq('cohort_student_id', student.id)
      .order('paid_on', { ascending: true })
      .order('created_at', { ascending: true }),
    supabase
      .from('offer_amount_history')
      .select('id, old_amount, new_amount, reason, changed_at')
      .eq('organization_id', orgId)
      .eq('cohort_student_id', student.id)
      .order('changed_at', { ascending: false }),
  ]);
  if (p.error) throw p.error;
  if (h.error) throw h.error;
  return { student, payments: z.array(paymentRow).parse(p.data ?? []), offerHistory: z.array(offerHistoryRow).parse(h.data ?? []) };
}
export type StudentLedger = NonNullable<Awaited<ReturnType<typeof getStudentLedger>>>;

export const studentLedgerQuery = (orgId: string, call: { id: string; lead_id: string; batch_id: string | null }) =>
  queryOptions({
    queryKey: [...salesKeys.students(orgId), call.id] as const,
    queryFn: () => getStudentLedger(orgId, call),
  });
