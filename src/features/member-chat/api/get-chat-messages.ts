import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { memberChatKeys } from './keys';
import { chatMessageRow } from './rows';

export async function getChatMessages(orgId: string, sessionId: string) {
  const { data, error } = await supabase
    .from('chat_messages')
    .select('id, role, content, created_at')
    .eq('organization_id', orgId)
    .eq('chat_session_id', sessionId)
    .order('created_at', { ascending: true })
    .limit(500);
  if (error) throw error;
  return z.array(chatMessageRow).parse(data ?? []);
}

export const chatMessagesQuery = (orgId: string, sessionId: string) =>
  queryOptions({ queryKey: memberChatKeys.messages(orgId, sessionId), queryFn: () => getChatMessages(orgId, sessionId) });
