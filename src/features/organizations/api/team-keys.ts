/** Query keys of the team: general to specific, the organization always in the key. */
export const teamKeys = {
  all: (orgId: string) => ['team', orgId] as const,
  members: (orgId: string) => [...teamKeys.all(orgId), 'members'] as const,
  invitations: (orgId: string) => [...teamKeys.all(orgId), 'invitations'] as const,
  openWork: (orgId: string, userId: string) => [...teamKeys.all(orgId), 'open-work', userId] as const,
  myInvitations: (userId: string) => ['my-invitations', userId] as const,
};
