import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { callRequestKeys } from './keys';

export const MEMBER_REQUESTS_SHOWN = 10;

export const memberRequestRow = z.object({
  call_log_id: z.string(),
  created_at: z.string(),
  pillar: z.string().nullable(),
  reason: z.string().nullable(),
  call_status: z.string(),
  outcome: z.string().nullable(),
  call_notes: z.string().nullable(),
  specialist_name: z.string().nullable(),
  completed_at: z.string().nullable(),
  attempts: z.coerce.number(),
  total_count: z.coerce.number(),
});
export type MemberRequestRow = z.infer<typeof memberRequestRow>;

/** The member's earlier requests (newest first), without the one in the dialog. */
export async function getMemberRequests(orgId: string, memberId: string, currentLogId: string) {
  const { data, error } = await supabase.rpc('list_member_call_requests', {
    p_organization_id: orgId,
    p_member_id: memberId,
    p_exclude_call_log_id: currentLogId,
    p_limit: String(MEMBER_REQUESTS_SHOWN),
  });
  if (error) throw error;
  const rows = z.array(memberRequestRow).parse(data ?? []);
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export const memberRequestsQuery = (orgId: string, memberId: string, currentLogId: string) =>
  queryOptions({
    queryKey: callRequestKeys.memberRequests(orgId, memberId, currentLogId),
    queryFn: () => getMemberRequests(orgId, memberId, currentLogId),
  });
