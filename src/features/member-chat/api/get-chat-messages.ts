import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { memberChatKeys } from './keys';
import { chatMessageRow } from './rows';

const CHAT_MESSAGES_SHOWN = 500;

export async function getChatMessages(orgId: string, sessionId: string) {
  const { data, error } = await supabase
    .from('chat_messages')
    .select('id, role, content, created_at')
    .eq('organization_id', orgId)
    .eq('chat_session_id', sessionId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(CHAT_MESSAGES_SHOWN);
  if (error) throw error;
  // The newest messages, shown oldest first: a long chat loses its beginning, never its end.
  return z.array(chatMessageRow).parse(data ?? []).reverse();
}

export const chatMessagesQuery = (orgId: string, sessionId: string) =>
  queryOptions({ queryKey: memberChatKeys.messages(orgId, sessionId), queryFn: () => getChatMessages(orgId, sessionId) });
