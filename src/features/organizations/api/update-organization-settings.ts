import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organizationQueries } from '@/lib/memberships';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';

export type UpdateSettingsArgs = Database['public']['Functions']['update_organization_settings']['Args'];

export async function updateOrganizationSettings(args: UpdateSettingsArgs) {
  const { error } = await supabase.rpc('update_organization_settings', args);
  if (error) throw error;
}

/**
 * Every screen reads the organization (name, timezone, currency, language, wait target) from the
 * memberships query: invalidating it makes them all follow the change; the rest of the cache is
 * refetched too, since figures are formatted and dated in the organization's settings.
 */
export function useUpdateOrganizationSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateOrganizationSettings,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: organizationQueries.all() });
      void qc.invalidateQueries();
    },
  });
}
