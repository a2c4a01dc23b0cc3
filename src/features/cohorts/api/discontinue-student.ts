import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudents } from './invalidate';

export type DiscontinueStudentArgs = Database['public']['Functions']['discontinue_cohort_student']['Args'];

export async function discontinueStudent(args: DiscontinueStudentArgs) {
  const { data, error } = await supabase.rpc('discontinue_cohort_student', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useDiscontinueStudent(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: discontinueStudent,
    onSuccess: () => invalidateStudents(qc, orgId),
  });
}
