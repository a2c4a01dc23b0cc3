import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import type { InviteValues } from '../forms/team-forms';
import { teamKeys } from './team-keys';

const answerSchema = z.object({
  invitation: z.object({ id: z.string(), email: z.string() }).loose(),
  existing_user: z.boolean(),
  email_sent: z.boolean(),
});
export type InviteAnswer = z.infer<typeof answerSchema>;

/** The function's refusal as the error shape the app shows: { code, message, hint, status }. */
async function functionError(error: unknown): Promise<unknown> {
  const context = (error as { context?: unknown }).context;
  if (context instanceof Response) {
    const body: unknown = await context.json().catch(() => null);
    if (body && typeof body === 'object') return { ...body, status: context.status };
    return { status: context.status, message: '' };
  }
  return error;
}

/**
 * Invites (or invites again: a resend) through the invite-member Edge Function, which alone holds
 * the service key: it checks the caller is an admin, has Supabase Auth email the link to the
 * accept page, and records the pending invitation.
 */
export async function inviteMember(orgId: string, values: InviteValues): Promise<InviteAnswer> {
  const { data, error } = await supabase.functions.invoke('invite-member', {
    body: { organization_id: orgId, email: values.email, roles: values.roles, redirect_to: `${window.location.origin}/accept-invitation` },
  });
  if (error) throw await functionError(error);
  return answerSchema.parse(data);
}

export function useInviteMember(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (values: InviteValues) => inviteMember(orgId, values),
    onSuccess: () => qc.invalidateQueries({ queryKey: teamKeys.invitations(orgId) }),
  });
}
