// Query keys of the specialists' call queue, general to specific, organization id first so a
// switch of organization never serves another tenant's cache.
export const QUEUE_SORTS = ['longest_wait', 'shortest_wait'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export type QueueFilters = { companyId: string | null; pillar: string | null; page: number; sort: QueueSort };

export const callRequestKeys = {
  all: (orgId: string) => ['org', orgId, 'call-requests'] as const,
  queues: (orgId: string) => [...callRequestKeys.all(orgId), 'queue'] as const,
  queue: (orgId: string, filters: QueueFilters) => [...callRequestKeys.queues(orgId), filters] as const,
  resolvedLists: (orgId: string) => [...callRequestKeys.all(orgId), 'resolved'] as const,
  resolved: (orgId: string, page: number, search = '') => [...callRequestKeys.resolvedLists(orgId), { page, search }] as const,
  companies: (orgId: string) => [...callRequestKeys.all(orgId), 'companies'] as const,
  chatHistory: (orgId: string, sessionId: string) => [...callRequestKeys.all(orgId), 'chat-history', sessionId] as const,
  counts: (orgId: string, since: string | null) => [...callRequestKeys.all(orgId), 'counts', since] as const,
  metrics: (orgId: string, period: { from: string | null; to: string | null }) => [...callRequestKeys.all(orgId), 'metrics', period] as const,
  memberRequests: (orgId: string, memberId: string, currentLogId: string) =>
    [...callRequestKeys.all(orgId), 'member-requests', memberId, currentLogId] as const,
};

export const CALL_QUEUE_PAGE_SIZE = 25;
