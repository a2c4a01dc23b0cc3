import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { studentResult } from './rows';
import { invalidateStudents } from './invalidate';

export type AddStudentArgs = Database['public']['Functions']['add_cohort_student']['Args'];

const addStudentResult = studentResult.extend({
  created: z.boolean(),
  lead: z.object({ id: z.string(), full_name: z.string() }).loose(),
});

/** Someone who paid offline joins a batch through the conversion path (add_cohort_student). */
export async function addStudent(args: AddStudentArgs) {
  const { data, error } = await supabase.rpc('add_cohort_student', args);
  if (error) throw error;
  return addStudentResult.parse(data);
}

export function useAddStudent(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addStudent,
    onSuccess: () => invalidateStudents(qc, orgId),
  });
}
