// Adding someone who paid offline to a batch (add_cohort_student): the same rules as the database.
import { z } from 'zod';
import { amountArg, maxAmountFor } from '@/domain/money';
import { aheadDateProblem, cleanText, isBlankText, isCalendarDate, messageWithVars, paymentDateFloor, paymentDateProblem } from '@/domain/input-rules';
import { parseAmount } from '@/domain/money';
import { toE164 } from '@/lib/phone';
import type { AddStudentArgs } from '../api/add-student';

export type AddStudentValues = {
  full_name: string;
  email: string;
  phone: string;
  closer_id: string;
  offer_amount: string;
  cash_received: string;
  paid_on: string;
  classes_access: string;
  next_follow_up_date: string;
  payment_platform: string;
  notes: string;
};
export type AddStudentRules = {
  today: string;
  batchYear: number;
  currency: string;
  /** The organization's phone country: a number typed without a country code is read in it (as bookings do). */
  phoneCountry: string | null;
  formatMoney: (n: number) => string;
  formatDate: (iso: string) => string;
};

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function addStudentSchema(rules: AddStudentRules) {
  return z
    .object({
      full_name: z.string(), email: z.string(), phone: z.string(), closer_id: z.string(), offer_amount: z.string(), cash_received: z.string(),
      paid_on: z.string(), classes_access: z.string(), next_follow_up_date: z.string(), payment_platform: z.string(), notes: z.string(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (isBlankText(v.full_name)) issue('full_name', 'cohorts.form.nameRequired');
      else if (cleanText(v.full_name).length > 200) issue('full_name', 'cohorts.form.tooLong');
      const email = cleanText(v.email);
      const phone = cleanText(v.phone);
      if (!email && !phone) issue('email', 'cohorts.add.contactRequired');
      if (email && (!EMAIL_RE.test(email) || email.length > 320)) issue('email', 'cohorts.add.emailInvalid');
      // One E.164 number, as a booking stores it, so the student is matched to the lead a booking made.
      if (phone && !toE164(phone, rules.phoneCountry)) issue('phone', 'cohorts.add.phoneInvalid');
      const max = maxAmountFor(rules.currency);
      const offer = v.offer_amount.trim() === '' ? null : parseAmount(v.offer_amount);
      if (offer === null) issue('offer_amount', 'sales.form.amountInvalid');
      else if (offer > max) issue('offer_amount', messageWithVars('form.amountTooLarge', { max: rules.formatMoney(max) }));
      const cash = parseAmount(v.cash_received);
      if (cash === null) issue('cash_received', 'sales.form.amountInvalid');
      else if (offer !== null && cash > offer) issue('cash_received', 'cohorts.add.cashAboveOffer');
      if (cash !== null && cash > 0) {
        if (!isCalendarDate(v.paid_on)) issue('paid_on', 'sales.form.dateRequired');
        else {
          const problem = paymentDateProblem(v.paid_on, rules.today, rules.batchYear);
          if (problem === 'future') issue('paid_on', 'form.paymentDateFuture');
          if (problem === 'tooEarly') issue('paid_on', messageWithVars('form.paymentDateTooEarly', { date: rules.formatDate(paymentDateFloor(rules.batchYear)) }));
        }
      }
      const c = Number(v.classes_access);
      if (!Number.isInteger(c) || c < 1 || c > 15) issue('classes_access', 'sales.form.classesRequired');
      if (v.next_follow_up_date) {
        if (!isCalendarDate(v.next_follow_up_date)) issue('next_follow_up_date', 'form.dateInvalid');
        else if (aheadDateProblem(v.next_follow_up_date, rules.today)) issue('next_follow_up_date', 'form.dateInvalid');
      }
      if (cleanText(v.payment_platform).length > 100) issue('payment_platform', 'cohorts.form.tooLong');
      if (cleanText(v.notes).length > 4000) issue('notes', 'cohorts.form.tooLong');
    })
    .transform((v): AddStudentArgs => ({
      p_full_name: cleanText(v.full_name),
      p_email: cleanText(v.email) || undefined,
      p_phone: (cleanText(v.phone) && toE164(v.phone, rules.phoneCountry)) || undefined,
      p_closer_id: v.closer_id || undefined,
      p_offer_amount: amountArg(parseAmount(v.offer_amount) ?? 0),
      p_cash_received: amountArg(parseAmount(v.cash_received) ?? 0),
      p_paid_on: v.paid_on || undefined,
      p_classes_access: String(Number(v.classes_access)),
      p_next_follow_up_date: v.next_follow_up_date || undefined,
      p_payment_platform: cleanText(v.payment_platform) || undefined,
      p_notes: cleanText(v.notes) || undefined,
      p_batch_id: '',
    }));
}
