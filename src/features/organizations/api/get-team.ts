import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { MEMBERSHIP_ROLES, STAFF_ROLES, type MembershipRole, type StaffRole } from '@/domain/statuses';
import { supabase } from '@/lib/supabase';
import { teamKeys } from './team-keys';

const memberRowSchema = z.object({
  user_id: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  created_at: z.string(),
  profile: z.object({ full_name: z.string(), email: z.string().nullable() }).nullable(),
});

export type TeamMember = { userId: string; name: string; email: string | null; roles: MembershipRole[]; since: string };

/** The organization's people, one entry per person with every role they hold, by name. */
export async function getMembers(orgId: string): Promise<TeamMember[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('user_id, role, created_at, profile:profiles(full_name, email)')
    .eq('organization_id', orgId)
    .order('created_at');
  if (error) throw error;
  const byUser = new Map<string, TeamMember>();
  for (const row of z.array(memberRowSchema).parse(data)) {
    const m = byUser.get(row.user_id) ?? { userId: row.user_id, name: row.profile?.full_name || row.profile?.email || '—', email: row.profile?.email ?? null, roles: [], since: row.created_at };
    if (!m.roles.includes(row.role)) m.roles.push(row.role);
    byUser.set(row.user_id, m);
  }
  const order = (r: MembershipRole) => MEMBERSHIP_ROLES.indexOf(r);
  return [...byUser.values()].map((m) => ({ ...m, roles: m.roles.sort((a, b) => order(a) - order(b)) })).sort((a, b) => a.name.localeCompare(b.name));
}

const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  roles: z.array(z.enum(STAFF_ROLES)),
  status: z.literal('pending'),
  expires_at: z.string(),
  sent_count: z.number(),
  last_sent_at: z.string(),
  created_at: z.string(),
});
export type PendingInvitation = z.infer<typeof invitationSchema> & { roles: StaffRole[] };

/** Pending invitations, newest first (expired ones included: they can be resent). */
export async function getPendingInvitations(orgId: string): Promise<PendingInvitation[]> {
  const { data, error } = await supabase
    .from('invitations')
    .select('id, email, roles, status, expires_at, sent_count, last_sent_at, created_at')
    .eq('organization_id', orgId)
    .eq('status', 'pending')
    .order('created_at', { ascending: false })
    .limit(200);
  if (error) throw error;
  return z.array(invitationSchema).parse(data);
}

const openWorkSchema = z.object({
  user_id: z.string(),
  calls_total: z.number(),
  calls: z.array(z.object({ id: z.string(), scheduled_date: z.string(), scheduled_time: z.string().nullable(), status: z.string(), lead_name: z.string() })),
  claims: z.array(z.object({ id: z.string(), call_status: z.string(), claimed_at: z.string().nullable(), member_name: z.string() })),
});
export type OpenWork = z.infer<typeof openWorkSchema>;

export function parseOpenWork(data: unknown): OpenWork {
  return openWorkSchema.parse(data);
}

export async function getOpenWork(orgId: string, userId: string): Promise<OpenWork> {
  const { data, error } = await supabase.rpc('member_open_work', { p_organization_id: orgId, p_user_id: userId });
  if (error) throw error;
  return parseOpenWork(data);
}

export const teamQueries = {
  members: (orgId: string) => queryOptions({ queryKey: teamKeys.members(orgId), queryFn: () => getMembers(orgId) }),
  invitations: (orgId: string) => queryOptions({ queryKey: teamKeys.invitations(orgId), queryFn: () => getPendingInvitations(orgId) }),
  openWork: (orgId: string, userId: string) => queryOptions({ queryKey: teamKeys.openWork(orgId, userId), queryFn: () => getOpenWork(orgId, userId) }),
};
