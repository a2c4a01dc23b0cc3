// Query keys of the students-and-ledger slice, shared by Sales Closers and Cohort Management.
// Both screens read and write the same students and the same payment ledger, so a write in one
// must invalidate the other's queries; features may not import each other, so the key roots
// live in lib. Organization id first: a switch of organization never serves another tenant's cache.

export const salesKeys = {
  all: (orgId: string) => ['org', orgId, 'sales'] as const,
  summary: (orgId: string) => [...salesKeys.all(orgId), 'closer-summary'] as const,
  calls: (orgId: string) => [...salesKeys.all(orgId), 'closer-calls'] as const,
  activeBatches: (orgId: string) => [...salesKeys.all(orgId), 'active-batches'] as const,
  students: (orgId: string) => [...salesKeys.all(orgId), 'students'] as const,
};

export const cohortKeys = {
  all: (orgId: string) => ['org', orgId, 'cohorts'] as const,
  types: (orgId: string) => [...cohortKeys.all(orgId), 'types'] as const,
  rosters: (orgId: string) => [...cohortKeys.all(orgId), 'roster'] as const,
  totals: (orgId: string) => [...cohortKeys.all(orgId), 'totals'] as const,
};

/** Every key a change of a call, a student or a payment can make stale. */
export function studentMoneyKeys(orgId: string) {
  return [salesKeys.calls(orgId), salesKeys.summary(orgId), salesKeys.students(orgId), cohortKeys.all(orgId)] as const;
}
