// What a member types in My chats (a new chat, a message, a call request), checked as the
// database functions do (start_chat_session, send_chat_message, request_phone_call): the
// outputs are the rpc's arguments. Messages are i18n keys.
import { z } from 'zod';
import { cleanText } from '@/domain/input-rules';
import { PILLARS } from '@/domain/statuses';
import type { StartChatSessionArgs } from '../api/start-chat-session';

export const TITLE_MAX = 200;
export const MESSAGE_MAX = 4000;
export const REASON_MAX = 1000;

export function newChatSchema(orgId: string) {
  return z
    .object({
      pillar: z.enum(PILLARS, { error: 'myChats.chooseTopic' }),
      title: z.string().transform(cleanText).pipe(z.string().max(TITLE_MAX, 'myChats.titleTooLong')),
    })
    .transform(
      (v): StartChatSessionArgs => ({ p_organization_id: orgId, p_pillar: v.pillar, ...(v.title ? { p_title: v.title } : {}) }),
    );
}

export const messageSchema = z.object({
  content: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, 'myChats.messageRequired').max(MESSAGE_MAX, 'myChats.messageTooLong')),
});

export const callReasonSchema = z.object({
  reason: z.string().transform(cleanText).pipe(z.string().max(REASON_MAX, 'myChats.reasonTooLong')),
});
