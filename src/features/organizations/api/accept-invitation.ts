import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { STAFF_ROLES } from '@/domain/statuses';
import { supabase } from '@/lib/supabase';
import { teamKeys } from './team-keys';

const myInvitationSchema = z.object({ id: z.string(), organization_id: z.string(), organization_name: z.string(), roles: z.array(z.enum(STAFF_ROLES)), expires_at: z.string() });
export type MyInvitation = z.infer<typeof myInvitationSchema>;

export async function getMyInvitations(): Promise<MyInvitation[]> {
  const { data, error } = await supabase.rpc('my_invitations');
  if (error) throw error;
  return z.array(myInvitationSchema).parse(data);
}

export const myInvitationsQuery = (userId: string) => queryOptions({ queryKey: teamKeys.myInvitations(userId), queryFn: getMyInvitations });

/** Turns the signed-in person's pending invitations into memberships; the organizations joined. */
export async function acceptInvitations(fullName: string | null): Promise<string[]> {
  const { data, error } = await supabase.rpc('accept_invitation', fullName ? { p_full_name: fullName } : {});
  if (error) throw error;
  return z.object({ organization_ids: z.array(z.string()) }).parse(data).organization_ids;
}
