import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudents } from './invalidate';

export type RefundStudentArgs = Database['public']['Functions']['refund_cohort_student']['Args'];

export async function refundStudent(args: RefundStudentArgs) {
  const { data, error } = await supabase.rpc('refund_cohort_student', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useRefundStudent(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: refundStudent,
    onSuccess: () => invalidateStudents(qc, orgId),
  });
}
