// The signed-in person's organizations and roles: read by the app shell (the /o/:orgId layout,
// the organization switcher), the current-organization context and the team screens, so it lives
// in lib, below every feature.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@/domain/statuses';
import { supabase } from './supabase';

const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  timezone: z.string(),
  currency: z.string(),
  locale: z.string(),
  call_wait_target_minutes: z.number(),
  /** The country a phone number typed without a country code is read in (ISO 3166, e.g. IN). */
  phone_country: z.string().nullish(),
});
export type Organization = z.infer<typeof organizationSchema>;

export type OrganizationMembership = { organization: Organization; roles: MembershipRole[] };

const rowSchema = z.object({ role: z.string(), organization: organizationSchema.nullable() });

function isRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}

/** The user's memberships grouped per organization (a membership row holds one role), by name. */
export async function getMemberships(userId: string): Promise<OrganizationMembership[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('role, organization:organizations(id, name, slug, timezone, currency, locale, call_wait_target_minutes, phone_country)')
    .eq('user_id', userId);
  if (error) throw error;
  const rows = z.array(rowSchema).parse(data);
  const byOrg = new Map<string, OrganizationMembership>();
  for (const row of rows) {
    if (!row.organization || !isRole(row.role)) continue;
    const entry = byOrg.get(row.organization.id) ?? { organization: row.organization, roles: [] };
    if (!entry.roles.includes(row.role)) entry.roles.push(row.role);
    byOrg.set(row.organization.id, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.organization.name.localeCompare(b.organization.name));
}

export const organizationQueries = {
  all: () => ['organizations'] as const,
  memberships: (userId: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'memberships', userId] as const,
      queryFn: () => getMemberships(userId),
      staleTime: 5 * 60_000,
    }),
};
