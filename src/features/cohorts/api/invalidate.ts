import type { QueryClient } from '@tanstack/react-query';
import { studentMoneyKeys } from '@/domain/sales-query-keys';

/** After a write to a student or a payment: rosters, totals, and the closers' calls and ledgers. */
export function invalidateStudents(qc: QueryClient, orgId: string) {
  return Promise.all(studentMoneyKeys(orgId).map((queryKey) => qc.invalidateQueries({ queryKey })));
}
