import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callsInKeys } from './keys';

const row = z.object({ user_id: z.string(), profile: z.object({ full_name: z.string(), email: z.string().nullable() }).nullable() });
export type CloserOption = { id: string; name: string; email: string | null };

/** The organization's closers (to pick one for a call), by name. */
export async function getCloserOptions(orgId: string): Promise<CloserOption[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('user_id, profile:profiles(full_name, email)')
    .eq('organization_id', orgId)
    .eq('role', 'closer');
  if (error) throw error;
  return z
    .array(row)
    .parse(data ?? [])
    .map((r) => ({ id: r.user_id, name: r.profile?.full_name?.trim() || r.profile?.email || r.user_id, email: r.profile?.email ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const closerOptionsQuery = (orgId: string) =>
  queryOptions({ queryKey: callsInKeys.closers(orgId), queryFn: () => getCloserOptions(orgId), staleTime: 60_000 });

/** The organization's default phone country (ISO alpha-2) or null. */
export async function getPhoneCountry(orgId: string): Promise<string | null> {
  const { data, error } = await supabase.from('organizations').select('phone_country').eq('id', orgId).maybeSingle();
  if (error) throw error;
  return z.object({ phone_country: z.string().nullable() }).nullable().parse(data)?.phone_country ?? null;
}

export const phoneCountryQuery = (orgId: string) =>
  queryOptions({ queryKey: callsInKeys.phoneCountry(orgId), queryFn: () => getPhoneCountry(orgId), staleTime: 5 * 60_000 });
