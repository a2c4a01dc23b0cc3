import type { QueryClient } from '@tanstack/react-query';
import { invalidateStudentMoney } from '@/lib/students/invalidate';

/** After any write to a call, a student or a payment: calls, summary, ledgers and rosters. */
export function invalidateSales(qc: QueryClient, orgId: string) {
  return invalidateStudentMoney(qc, orgId);
}
