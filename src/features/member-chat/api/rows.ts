import { z } from 'zod';

export const chatSessionRow = z.object({
  id: z.string(),
  pillar: z.string().nullable(),
  status: z.string(),
  title: z.string().nullable(),
  phone_escalation_reason: z.string().nullable(),
  phone_escalated_at: z.string().nullable(),
  phone_contact_made: z.boolean(),
  created_at: z.string(),
  ended_at: z.string().nullable(),
});
export type ChatSessionRow = z.infer<typeof chatSessionRow>;

export const chatMessageRow = z.object({
  id: z.string(),
  role: z.string(),
  content: z.string(),
  created_at: z.string(),
});
export type ChatMessageRow = z.infer<typeof chatMessageRow>;

/** The member's view of the latest call request of a chat. */
export const callRequestRow = z.object({
  id: z.string(),
  call_status: z.string(),
  outcome: z.string().nullable(),
  scheduled_for: z.string().nullable(),
  attempts: z.number(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export type CallRequestRow = z.infer<typeof callRequestRow>;

export const requestPhoneCallResult = z.object({
  session: chatSessionRow.partial().extend({ id: z.string(), status: z.string(), phone_escalated_at: z.string().nullable() }),
  call_log: z.object({ id: z.string(), call_status: z.string() }),
});
