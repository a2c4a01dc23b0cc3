import { z } from 'zod';

// The rpc table results are typed by the generator as all non-null strings; the database may
// return null for the left-joined and optional columns, so rows are parsed here.
const ts = z.string();

export const queueRow = z.object({
  call_log_id: z.string(),
  chat_session_id: z.string(),
  member_id: z.string(),
  member_name: z.string().nullable(),
  member_phone: z.string().nullable(),
  company_id: z.string().nullable(),
  company_name: z.string().nullable(),
  pillar: z.string().nullable(),
  reason: z.string().nullable(),
  session_status: z.string(),
  call_status: z.string(),
  requested_at: ts,
  attempts: z.number(),
  last_attempt_at: ts.nullable(),
  scheduled_for: ts.nullable(),
  claimed_by: z.string().nullable(),
  claimed_by_name: z.string().nullable(),
  claimed_at: ts.nullable(),
  total_count: z.coerce.number(),
  /** The count stopped at total_count (offset + 1,000): "1,000+". */
  total_capped: z.boolean().optional(),
});
export type QueueRow = z.infer<typeof queueRow>;

export const resolvedRow = z.object({
  call_log_id: z.string(),
  chat_session_id: z.string(),
  member_name: z.string().nullable(),
  company_name: z.string().nullable(),
  pillar: z.string().nullable(),
  outcome: z.string().nullable(),
  call_notes: z.string().nullable(),
  specialist_id: z.string().nullable(),
  specialist_name: z.string().nullable(),
  completed_at: ts,
  booking_id: z.string().nullable(),
  booking_date: ts.nullable(),
  total_count: z.coerce.number(),
  total_capped: z.boolean().optional(),
});
export type ResolvedRow = z.infer<typeof resolvedRow>;

/** A specialist_call_logs row as the functions return it (to_jsonb). */
export const callLogRow = z.object({
  id: z.string(),
  chat_session_id: z.string(),
  call_status: z.string(),
  claimed_by: z.string().nullable(),
  claimed_at: ts.nullable(),
  attempts: z.number(),
  outcome: z.string().nullable(),
  completed_at: ts.nullable(),
});
export type CallLogRow = z.infer<typeof callLogRow>;

export const completeResult = z.object({
  call_log: callLogRow,
  session: z.object({ id: z.string(), status: z.string() }),
  booking: z.object({ id: z.string(), booking_date: ts }).nullable(),
});

export const chatMessageRow = z.object({
  id: z.string(),
  role: z.string(),
  content: z.string(),
  created_at: ts,
});
export type ChatMessageRow = z.infer<typeof chatMessageRow>;

export const companyRow = z.object({ id: z.string(), name: z.string() });
