// Query keys of the calls-in screens. All calls sit under the sales calls key, so every sales
// write (invalidateSales) refreshes them and every calls-in write refreshes the closers' lists.
import { salesKeys } from '@/lib/students/query-keys';

export const callsInKeys = {
  allCalls: (orgId: string) => [...salesKeys.calls(orgId), 'all-calls'] as const,
  closers: (orgId: string) => [...salesKeys.all(orgId), 'closer-options'] as const,
  phoneCountry: (orgId: string) => ['org', orgId, 'phone-country'] as const,
  calendly: (orgId: string) => ['org', orgId, 'calendly-settings'] as const,
};
