import { useQuery } from '@tanstack/react-query';
import type { MembershipRole } from '@/domain/statuses';
import { supabase } from '@/lib/supabase';
import { allowedPages, landingPage, type OrgPagePath, type OrgUsage } from '@/app/access';

async function countOf(query: PromiseLike<{ count: number | null; error: unknown }>): Promise<number> {
  const { count, error } = await query;
  if (error) throw error;
  return count ?? 0;
}

/** Whether the organization has closers, cohort types and specialists (three head-only counts). */
export async function getOrgUsage(orgId: string): Promise<OrgUsage> {
  const members = (role: MembershipRole) =>
    countOf(supabase.from('memberships').select('user_id', { count: 'exact', head: true }).eq('organization_id', orgId).eq('role', role));
  const [closers, cohortTypes, specialists] = await Promise.all([
    members('closer'),
    countOf(supabase.from('cohort_types').select('id', { count: 'exact', head: true }).eq('organization_id', orgId)),
    members('specialist'),
  ]);
  return { closers: closers > 0, cohorts: cohortTypes > 0, callRequests: specialists > 0 };
}

/**
 * The page to land on in an organization. Only someone with several pages (an admin, a manager)
 * waits for the usage counts; on an error the first allowed page is used.
 */
export function useLandingPage(orgId: string | undefined, roles: readonly MembershipRole[]): { page: OrgPagePath | null; pending: boolean } {
  const several = allowedPages(roles).length > 1;
  const usage = useOrgUsage(orgId, roles);
  if (several && orgId && usage.isPending) return { page: null, pending: true };
  return { page: landingPage(roles, usage.data ?? null), pending: false };
}

/** What the organization uses, read only for someone with several pages (the menu and the landing page). */
export function useOrgUsage(orgId: string | undefined, roles: readonly MembershipRole[]) {
  const several = allowedPages(roles).length > 1;
  return useQuery({
    queryKey: ['org-usage', orgId],
    queryFn: () => getOrgUsage(orgId ?? ''),
    enabled: Boolean(orgId) && several,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
