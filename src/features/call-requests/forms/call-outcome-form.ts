import { z } from 'zod';
import { CALL_OUTCOMES } from '@/domain/statuses';
import type { MessageKey } from '@/lib/i18n';
import type { Database } from '@/types/database.types';
import { aheadInstantProblem, cleanText } from '@/domain/input-rules';
import { wallTimeToInstant } from './zoned-time';

type Fns = Database['public']['Functions'];
export type CompleteArgs = Fns['complete_call_request']['Args'];
export type MissedArgs = Fns['mark_call_missed']['Args'];
export type FollowUpArgs = Fns['schedule_call_follow_up']['Args'];

export const NOTES_MAX = 4000;

/** What the specialist types; the same rules the database enforces on its own (docs/api.md). */
export type CallOutcomeValues = {
  outcome: string;
  notes: string;
  bookingAt: string;
  followUpAt: string;
};

export const emptyCallOutcome: CallOutcomeValues = { outcome: '', notes: '', bookingAt: '', followUpAt: '' };

export type FieldErrors = Partial<Record<'outcome' | 'notes' | 'booking_date' | 'scheduled_for', MessageKey>>;
export type Parsed<T> = { ok: true; args: T } | { ok: false; errors: FieldErrors };

// Whitespace and invisible characters (zero-width space, NBSP, tabs, newlines) at the ends are
// dropped; notes with nothing visible are empty (private.clean_text does the same).
const notesSchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, 'callRequests.error.notesRequired').max(NOTES_MAX, 'callRequests.error.notesTooLong'));
const optionalNotes = z.string().transform(cleanText).pipe(z.string().max(NOTES_MAX, 'callRequests.error.notesTooLong'));

/** After now and at most two years ahead (the database checks the same). */
function futureInstant(local: string, timezone: string, now: Date, requiredKey: MessageKey, pastKey: MessageKey, tooFarKey: MessageKey) {
  if (!local) return { error: requiredKey } as const;
  const at = wallTimeToInstant(local, timezone);
  if (!at) return { error: requiredKey } as const;
  const problem = aheadInstantProblem(at, now);
  if (problem === 'past') return { error: pastKey } as const;
  if (problem === 'tooFar') return { error: tooFarKey } as const;
  return { iso: at.toISOString() } as const;
}

function isMessageKey(v: string): v is MessageKey {
  return v.startsWith('callRequests.');
}

export function parseComplete(callLogId: string, v: CallOutcomeValues, timezone: string, now = new Date()): Parsed<CompleteArgs> {
  const errors: FieldErrors = {};
  const outcome = z.enum(CALL_OUTCOMES).safeParse(v.outcome);
  if (!outcome.success) errors.outcome = 'callRequests.error.outcomeRequired';
  const notes = notesSchema.safeParse(v.notes);
  if (!notes.success) {
    const msg = notes.error.issues[0]?.message ?? '';
    errors.notes = isMessageKey(msg) ? msg : 'callRequests.error.notesRequired';
  }
  let bookingIso: string | undefined;
  if (outcome.success && outcome.data === 'session_booked') {
    const r = futureInstant(v.bookingAt, timezone, now, 'callRequests.error.bookingRequired', 'callRequests.error.bookingPast', 'callRequests.error.bookingTooFar');
    if ('error' in r) errors.booking_date = r.error;
    else bookingIso = r.iso;
  }
  if (!outcome.success || !notes.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const args = {
    p_call_log_id: callLogId,
    p_outcome: outcome.data,
    p_notes: notes.data,
    ...(bookingIso ? { p_booking_date: bookingIso } : {}),
  } satisfies CompleteArgs;
  return { ok: true, args };
}

export function parseMissed(callLogId: string, v: CallOutcomeValues): Parsed<MissedArgs> {
  const notes = optionalNotes.safeParse(v.notes);
  if (!notes.success) return { ok: false, errors: { notes: 'callRequests.error.notesTooLong' } };
  const args = { p_call_log_id: callLogId, ...(notes.data ? { p_notes: notes.data } : {}) } satisfies MissedArgs;
  return { ok: true, args };
}

export function parseFollowUp(callLogId: string, v: CallOutcomeValues, timezone: string, now = new Date()): Parsed<FollowUpArgs> {
  const errors: FieldErrors = {};
  const notes = optionalNotes.safeParse(v.notes);
  if (!notes.success) errors.notes = 'callRequests.error.notesTooLong';
  const r = futureInstant(v.followUpAt, timezone, now, 'callRequests.error.followUpRequired', 'callRequests.error.followUpPast', 'callRequests.error.followUpTooFar');
  if ('error' in r) errors.scheduled_for = r.error;
  if (!notes.success || 'error' in r) return { ok: false, errors };
  const args = {
    p_call_log_id: callLogId,
    p_scheduled_for: r.iso,
    ...(notes.data ? { p_notes: notes.data } : {}),
  } satisfies FollowUpArgs;
  return { ok: true, args };
}

/** The three ways a call ends in the dialog: Complete (the submit), Missed call, Schedule follow-up. */
export const CALL_ACTIONS = ['complete', 'missed', 'followUp'] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];
export type CallOutcomeFormValues = CallOutcomeValues & { action: CallAction };
export type CallOutcomeCommand = { kind: 'complete'; args: CompleteArgs } | { kind: 'missed'; args: MissedArgs } | { kind: 'followUp'; args: FollowUpArgs };

/** The form field showing an error of the rules (or of the database's `field:<name>` hint). */
export const CALL_FORM_FIELD: Record<string, keyof CallOutcomeValues> = {
  outcome: 'outcome',
  notes: 'notes',
  booking_date: 'bookingAt',
  scheduled_for: 'followUpAt',
};

function command(callLogId: string, v: CallOutcomeFormValues, timezone: string, now: Date): Parsed<CallOutcomeCommand> {
  if (v.action === 'missed') {
    const r = parseMissed(callLogId, v);
    return r.ok ? { ok: true, args: { kind: 'missed', args: r.args } } : r;
  }
  if (v.action === 'followUp') {
    const r = parseFollowUp(callLogId, v, timezone, now);
    return r.ok ? { ok: true, args: { kind: 'followUp', args: r.args } } : r;
  }
  const r = parseComplete(callLogId, v, timezone, now);
  return r.ok ? { ok: true, args: { kind: 'complete', args: r.args } } : r;
}

/**
 * The dialog's form: the values and the action chosen, checked by the rules of that action
 * (parseComplete / parseMissed / parseFollowUp); the output is the one rpc to call and its
 * arguments. Errors land on the form's own field names.
 */
export function callOutcomeFormSchema(callLogId: string, timezone: string, now: () => Date = () => new Date()) {
  return z
    .object({ action: z.enum(CALL_ACTIONS), outcome: z.string(), notes: z.string(), bookingAt: z.string(), followUpAt: z.string() })
    .transform((v, ctx): CallOutcomeCommand => {
      const r = command(callLogId, v, timezone, now());
      if (r.ok) return r.args;
      for (const [k, message] of Object.entries(r.errors)) ctx.addIssue({ code: 'custom', path: [CALL_FORM_FIELD[k] ?? k], message });
      return z.NEVER;
    });
}
