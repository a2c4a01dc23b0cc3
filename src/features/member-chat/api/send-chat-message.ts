import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { chatMessageRow } from './rows';
import { invalidateMemberChat } from './invalidate';

export type SendChatMessageArgs = Database['public']['Functions']['send_chat_message']['Args'];

export async function sendChatMessage(args: SendChatMessageArgs) {
  const { data, error } = await supabase.rpc('send_chat_message', args);
  if (error) throw error;
  return chatMessageRow.parse(data);
}

export function useSendChatMessage(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: sendChatMessage, onSuccess: () => invalidateMemberChat(qc, orgId) });
}
