import type { QueryClient } from '@tanstack/react-query';
import { memberChatKeys } from './keys';

export function invalidateMemberChat(qc: QueryClient, orgId: string) {
  return qc.invalidateQueries({ queryKey: memberChatKeys.all(orgId) });
}
