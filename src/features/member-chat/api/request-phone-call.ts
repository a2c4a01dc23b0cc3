import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database.types';
import { requestPhoneCallResult } from './rows';
import { invalidateMemberChat } from './invalidate';

export type RequestPhoneCallArgs = Database['public']['Functions']['request_phone_call']['Args'];

/** Call now: ONE rpc. The database keeps one open request per chat; a repeat creates nothing. */
export async function requestPhoneCall(args: RequestPhoneCallArgs) {
  const { data, error } = await supabase.rpc('request_phone_call', args);
  if (error) throw error;
  return requestPhoneCallResult.parse(data);
}

export function useRequestPhoneCall(orgId: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: requestPhoneCall, onSuccess: () => invalidateMemberChat(qc, orgId) });
}
