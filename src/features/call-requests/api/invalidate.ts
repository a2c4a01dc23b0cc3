import type { QueryClient } from '@tanstack/react-query';
import { callRequestKeys } from './keys';

/** After any write to a call request: both tabs, every page and filter (prefix match). */
export function invalidateCallRequests(qc: QueryClient, orgId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: callRequestKeys.queues(orgId) }),
    qc.invalidateQueries({ queryKey: callRequestKeys.resolvedLists(orgId) }),
  ]);
}
