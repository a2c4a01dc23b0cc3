import type { QueryClient } from '@tanstack/react-query';
import { invalidateStudentMoney } from '@/lib/students/invalidate';

/** After a write to a student or a payment: rosters, totals, and the closers' calls and ledgers. */
export function invalidateStudents(qc: QueryClient, orgId: string) {
  return invalidateStudentMoney(qc, orgId);
}
