import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { chatSessionRow } from './rows';
import { invalidateMemberChat } from './invalidate';

export type StartChatSessionArgs = Database['public']['Functions']['start_chat_session']['Args'];

export async function startChatSession(args: StartChatSessionArgs) {
  const { data, error } = await supabase.rpc('start_chat_session', args);
  if (error) throw error;
  return chatSessionRow.parse(data);
}

export function useStartChatSession(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: startChatSession, onSuccess: () => invalidateMemberChat(qc, orgId) });
}
