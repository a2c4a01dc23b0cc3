// Query keys of the member's own chats, organization id first.
export const memberChatKeys = {
  all: (orgId: string) => ['org', orgId, 'member-chat'] as const,
  sessions: (orgId: string, userId: string) => [...memberChatKeys.all(orgId), 'sessions', userId] as const,
  messages: (orgId: string, sessionId: string) => [...memberChatKeys.all(orgId), 'messages', sessionId] as const,
  callRequest: (orgId: string, sessionId: string) => [...memberChatKeys.all(orgId), 'call-request', sessionId] as const,
};
