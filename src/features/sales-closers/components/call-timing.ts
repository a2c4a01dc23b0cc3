// "Now" and "overdue" badges of a closer's calls. A call still waiting for its outcome
// (AWAITING_OUTCOME_CALL_STATUSES: scheduled, rescheduled, legacy pending) is "now" from 10
// minutes before its time until 30 minutes after, and "overdue" after that; a call without a time is overdue once its day (in the
// organization's timezone: scheduled_at is that day's midnight there) has ended.
import { AWAITING_OUTCOME_CALL_STATUSES } from '@/domain/statuses';

export const NOW_BEFORE_MS = 10 * 60_000;
export const NOW_AFTER_MS = 30 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export type CallTiming = 'now' | 'overdue' | null;

export function callTiming(call: { status: string; scheduled_at: string; scheduled_time: string | null }, now: number): CallTiming {
  if (!(AWAITING_OUTCOME_CALL_STATUSES as readonly string[]).includes(call.status)) return null;
  const start = Date.parse(call.scheduled_at);
  if (Number.isNaN(start)) return null;
  if (call.scheduled_time === null) return now >= start + DAY_MS ? 'overdue' : null;
  if (now >= start + NOW_AFTER_MS) return 'overdue';
  if (now >= start - NOW_BEFORE_MS) return 'now';
  return null;
}
