import type { QueryClient } from '@tanstack/react-query';
import { studentMoneyKeys } from './query-keys';

/**
 * After any write to a call, a student or a payment: the closers' calls, summary and ledgers and
 * the cohorts' rosters and totals. Returns the promise so a dialog can wait for fresh data.
 */
export function invalidateStudentMoney(qc: QueryClient, orgId: string) {
  return Promise.all(studentMoneyKeys(orgId).map((queryKey) => qc.invalidateQueries({ queryKey })));
}
