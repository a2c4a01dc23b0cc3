import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffRole } from '@/domain/statuses';
import { organizationQueries } from '@/lib/memberships';
import { supabase } from '@/lib/supabase';
import { teamKeys } from './team-keys';

export async function setMemberRoles(orgId: string, userId: string, roles: StaffRole[]) {
  const { error } = await supabase.rpc('set_member_roles', { p_organization_id: orgId, p_user_id: userId, p_roles: roles });
  if (error) throw error;
}

/** After a change, the team list and the caller's own memberships (their nav may change) reload. */
export function useSetMemberRoles(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: StaffRole[] }) => setMemberRoles(orgId, userId, roles),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: teamKeys.all(orgId) }), qc.invalidateQueries({ queryKey: organizationQueries.all() })]),
  });
}
