import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudentMoney } from './invalidate';

export type MoveStudentArgs = Database['public']['Functions']['move_cohort_student']['Args'];

export async function moveStudent(args: MoveStudentArgs) {
  const { data, error } = await supabase.rpc('move_cohort_student', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useMoveStudent(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: moveStudent,
    onSuccess: () => invalidateStudentMoney(qc, orgId),
  });
}
