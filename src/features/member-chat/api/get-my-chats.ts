import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { memberChatKeys } from './keys';
import { chatSessionRow } from './rows';

const COLUMNS = 'id, pillar, status, title, phone_escalation_reason, phone_escalated_at, phone_contact_made, created_at, ended_at';

/** The member's own chat sessions in this organization, newest first. */
export async function getMyChats(orgId: string, userId: string) {
  const { data, error } = await supabase
    .from('chat_sessions')
    .select(COLUMNS)
    .eq('organization_id', orgId)
    .eq('user_id', userId)
    .order('created_at', { ascending: false })
    .limit(100);
  if (error) throw error;
  return z.array(chatSessionRow).parse(data ?? []);
}

export const myChatsQuery = (orgId: string, userId: string) =>
  queryOptions({ queryKey: memberChatKeys.sessions(orgId, userId), queryFn: () => getMyChats(orgId, userId) });
