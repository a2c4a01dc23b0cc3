import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { z } from 'zod';
import { numeric, studentResult } from './rows';
import { invalidateStudents } from './invalidate';

export type RefundStudentArgs = Database['public']['Functions']['refund_cohort_student']['Args'];

export async function refundStudent(args: RefundStudentArgs) {
  const { data, error } = await supabase.rpc('refund_cohort_student', args);
  if (error) throw error;
  return studentResult.extend({ refund: z.object({ id: z.string(), amount: numeric }).loose().nullable() }).parse(data);
}

export function useRefundStudent(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: refundStudent,
    onSuccess: () => invalidateStudents(qc, orgId),
  });
}
