// What an admin or manager types in "Book a call", validated before anything is sent: the output
// is the argument object of book_call_appointment. The database checks the same rules.
import { z } from 'zod';
import { aheadDateProblem, cleanText, isCalendarDate } from '@/domain/input-rules';
import type { BookCallArgs } from '../api/call-writes';
import { toE164 } from '@/lib/phone';

export type BookCallFormValues = {
  email: string;
  phone: string;
  full_name: string;
  closer_id: string;
  scheduled_date: string;
  scheduled_time: string;
  remarks: string;
};

export const BOOK_MESSAGES = {
  contactRequired: 'calls.book.error.contactRequired',
  emailInvalid: 'calls.book.error.emailInvalid',
  phoneInvalid: 'calls.book.error.phoneInvalid',
  nameTooLong: 'calls.book.error.nameTooLong',
  dateRequired: 'calls.book.error.dateRequired',
  datePast: 'calls.book.error.datePast',
  dateTooFar: 'calls.book.error.dateTooFar',
  timeInvalid: 'calls.book.error.timeInvalid',
  timePast: 'calls.book.error.timePast',
  remarksTooLong: 'calls.book.error.remarksTooLong',
} as const;

export const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `today` and `nowTime` (HH:MM) are the organization's, so "in the past" is judged in its timezone. */
export function bookCallSchema(orgId: string, phoneCountry: string | null, today: string, nowTime: string) {
  return z
    .object({
      email: z.string(),
      phone: z.string(),
      full_name: z.string(),
      closer_id: z.string(),
      scheduled_date: z.string(),
      scheduled_time: z.string(),
      remarks: z.string(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: keyof BookCallFormValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const email = cleanText(v.email);
      const phone = cleanText(v.phone);
      if (!email && !phone) issue('email', BOOK_MESSAGES.contactRequired);
      if (email && (!EMAIL_SHAPE.test(email) || email.length > 320)) issue('email', BOOK_MESSAGES.emailInvalid);
      if (phone && !toE164(phone, phoneCountry)) issue('phone', BOOK_MESSAGES.phoneInvalid);
      if (cleanText(v.full_name).length > 200) issue('full_name', BOOK_MESSAGES.nameTooLong);
      if (!v.scheduled_date || !isCalendarDate(v.scheduled_date)) issue('scheduled_date', BOOK_MESSAGES.dateRequired);
      else {
        const p = aheadDateProblem(v.scheduled_date, today);
        if (p === 'past') issue('scheduled_date', BOOK_MESSAGES.datePast);
        if (p === 'tooFar') issue('scheduled_date', BOOK_MESSAGES.dateTooFar);
      }
      if (v.scheduled_time && !TIME_SHAPE.test(v.scheduled_time)) issue('scheduled_time', BOOK_MESSAGES.timeInvalid);
      else if (v.scheduled_time && v.scheduled_date === today && v.scheduled_time < nowTime) issue('scheduled_time', BOOK_MESSAGES.timePast);
      if (cleanText(v.remarks).length > 4000) issue('remarks', BOOK_MESSAGES.remarksTooLong);
    })
    .transform(
      (v): BookCallArgs => ({
        p_organization_id: orgId,
        p_email: cleanText(v.email) ? cleanText(v.email).toLowerCase() : null,
        p_phone: cleanText(v.phone) ? toE164(v.phone, phoneCountry) : null,
        p_full_name: cleanText(v.full_name) || null,
        p_closer_id: v.closer_id || null,
        p_scheduled_date: v.scheduled_date,
        p_scheduled_time: v.scheduled_time || null,
        p_remarks: cleanText(v.remarks) || null,
      }),
    );
}
