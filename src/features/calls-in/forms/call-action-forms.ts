// What an admin or manager types in Reschedule and Cancel (and the Calendly signing key),
// validated before anything is sent: the outputs are the rpc's arguments. The database checks
// the same rules (reschedule_call_appointment, cancel_call_appointment, set_calendly_signing_key).
import { z } from 'zod';
import { aheadDateProblem, cleanText, isCalendarDate } from '@/domain/input-rules';
import type { CancelCallArgs, RescheduleCallArgs } from '../api/call-writes';
import { BOOK_MESSAGES, TIME_SHAPE } from './book-call-form';

export const REASON_MAX = 2000;

export type RescheduleFormValues = { scheduled_date: string; scheduled_time: string; reason: string };

/** `today` and `nowTime` (HH:MM) are the organization's, so "in the past" is judged in its timezone. */
export function rescheduleFormSchema(call: { id: string; version: number }, today: string, nowTime: string) {
  return z
    .object({ scheduled_date: z.string(), scheduled_time: z.string(), reason: z.string() })
    .superRefine((v, ctx) => {
      const issue = (path: keyof RescheduleFormValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (!isCalendarDate(v.scheduled_date)) issue('scheduled_date', BOOK_MESSAGES.dateRequired);
      else if (aheadDateProblem(v.scheduled_date, today) === 'past') issue('scheduled_date', BOOK_MESSAGES.datePast);
      else if (aheadDateProblem(v.scheduled_date, today) === 'tooFar') issue('scheduled_date', BOOK_MESSAGES.dateTooFar);
      if (v.scheduled_time && !TIME_SHAPE.test(v.scheduled_time)) issue('scheduled_time', BOOK_MESSAGES.timeInvalid);
      else if (v.scheduled_time && v.scheduled_date === today && v.scheduled_time < nowTime) issue('scheduled_time', BOOK_MESSAGES.timePast);
      if (cleanText(v.reason).length > REASON_MAX) issue('reason', 'calls.cancel.error.tooLong');
    })
    .transform(
      (v): RescheduleCallArgs => ({
        p_appointment_id: call.id,
        p_scheduled_date: v.scheduled_date,
        p_scheduled_time: v.scheduled_time || null,
        p_reason: cleanText(v.reason) || null,
        p_expected_version: String(call.version),
      }),
    );
}

export function cancelFormSchema(appointmentId: string) {
  return z
    .object({
      reason: z
        .string()
        .transform(cleanText)
        .pipe(z.string().min(1, 'calls.cancel.error.required').max(REASON_MAX, 'calls.cancel.error.tooLong')),
    })
    .transform((v): CancelCallArgs => ({ p_appointment_id: appointmentId, p_reason: v.reason }));
}

/** The Calendly signing key: 16 to 500 characters without spaces (blank: nothing to save). */
export const calendlyKeySchema = z.object({
  key: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v.length >= 16 && v.length <= 500 && !/\s/.test(v), 'calls.calendly.error.shape'),
});
