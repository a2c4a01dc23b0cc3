import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callsInKeys } from './keys';

const status = z.object({ configured: z.boolean(), updated_at: z.string().nullable().optional(), updated_by_name: z.string().nullable().optional() });
export type CalendlyStatus = z.infer<typeof status>;

/** Whether the organization has a Calendly signing key (never the key: it is write-only). */
export async function getCalendlyStatus(orgId: string): Promise<CalendlyStatus> {
  const { data, error } = await supabase.rpc('calendly_settings_status', { p_organization_id: orgId });
  if (error) throw error;
  return status.parse(data);
}

export const calendlyStatusQuery = (orgId: string) =>
  queryOptions({ queryKey: callsInKeys.calendly(orgId), queryFn: () => getCalendlyStatus(orgId) });

export function useSetCalendlyKey(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (signingKey: string) => {
      const { data, error } = await supabase.rpc('set_calendly_signing_key', { p_organization_id: orgId, p_signing_key: signingKey });
      if (error) throw error;
      return status.parse(data);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: callsInKeys.calendly(orgId) }),
  });
}

/** The URL to paste into Calendly's webhook subscription for this organization. */
export function calendlyWebhookUrl(supabaseUrl: string, orgId: string): string {
  return `${supabaseUrl.replace(/\/$/, '')}/functions/v1/calendly-webhook?organization=${orgId}`;
}
