import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudents } from './invalidate';

export type SetStudentNotesArgs = Database['public']['Functions']['set_cohort_student_notes']['Args'];

export async function setStudentNotes(args: SetStudentNotesArgs) {
  const { data, error } = await supabase.rpc('set_cohort_student_notes', args);
  if (error) throw error;
  return studentResult.parse(data);
}

export function useSetStudentNotes(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setStudentNotes,
    onSuccess: () => invalidateStudents(qc, orgId),
  });
}
