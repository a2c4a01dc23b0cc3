import type { QueryClient } from '@tanstack/react-query';
import { studentMoneyKeys } from '@/domain/sales-query-keys';

/** After any write to a call, a student or a payment: calls, summary, ledgers and rosters. */
export function invalidateSales(qc: QueryClient, orgId: string) {
  return Promise.all(studentMoneyKeys(orgId).map((queryKey) => qc.invalidateQueries({ queryKey })));
}
