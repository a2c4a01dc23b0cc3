import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organizationQueries } from '@/lib/memberships';
import { supabase } from '@/lib/supabase';
import { parseOpenWork, type OpenWork } from './get-team';
import { teamKeys } from './team-keys';

/** Removes every role of the person in the organization; returns what they leave open. */
export async function removeMember(orgId: string, userId: string): Promise<OpenWork> {
  const { data, error } = await supabase.rpc('remove_member', { p_organization_id: orgId, p_user_id: userId });
  if (error) throw error;
  return parseOpenWork(data);
}

export function useRemoveMember(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(orgId, userId),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: teamKeys.members(orgId) }), qc.invalidateQueries({ queryKey: organizationQueries.all() })]),
  });
}
