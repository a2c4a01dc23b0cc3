// Forms of the Update EMI dialog: a payment, an offer change, a batch move. Outputs are typed
// with the generated rpc Args.
import { z } from 'zod';
import type { RecordPaymentArgs } from './record-payment';
import type { ChangeOfferArgs } from './change-offer';
import type { MoveStudentArgs } from './move-student';
import { amountArg, maxAmountFor, parseAmount } from '@/domain/money';
import { cleanText, isCalendarDate, messageWithVars, paymentDateFloor, paymentDateProblem } from '@/domain/input-rules';

export const PAYMENT_MESSAGES = {
  amountPositive: 'sales.form.amountPositive',
  amountAboveDue: 'sales.form.amountAboveDue',
  dateRequired: 'sales.form.dateRequired',
  offerBelowCash: 'sales.form.offerBelowCash',
  batchRequired: 'sales.form.batchRequired',
  classesRequired: 'sales.form.classesRequired',
  amountInvalid: 'sales.form.amountInvalid',
} as const;

export type PaymentFormValues = { amount: string; paid_on: string; payment_platform: string; remarks: string };

/**
 * The organization's rules for a payment (the database checks the same): today in its timezone,
 * the batch's year (payments from 1 January of the year before), its currency's ceiling.
 * `storedPaidOn`: the edited payment's date, which may be kept as it is.
 */
export type PaymentRules = { today: string; batchYear: number; currency: string; formatMoney: (n: number) => string; formatDate: (iso: string) => string; storedPaidOn?: string };

/** `maxAmount`: what the payment may be at most (the due, plus the payment's own amount when editing). */
export function paymentFormSchema(maxAmount: number, rules?: PaymentRules) {
  return z
    .object({ amount: z.string(), paid_on: z.string(), payment_platform: z.string().max(100), remarks: z.string().max(2000) })
    .superRefine((v, ctx) => {
      const a = parseAmount(v.amount);
      if (a === null) ctx.addIssue({ code: 'custom', path: ['amount'], message: PAYMENT_MESSAGES.amountInvalid });
      else if (a <= 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: PAYMENT_MESSAGES.amountPositive });
      else if (rules && a > maxAmountFor(rules.currency))
        ctx.addIssue({ code: 'custom', path: ['amount'], message: messageWithVars('form.amountTooLarge', { max: rules.formatMoney(maxAmountFor(rules.currency)) }) });
      else if (a > maxAmount) ctx.addIssue({ code: 'custom', path: ['amount'], message: PAYMENT_MESSAGES.amountAboveDue });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.paid_on)) ctx.addIssue({ code: 'custom', path: ['paid_on'], message: PAYMENT_MESSAGES.dateRequired });
      else if (!isCalendarDate(v.paid_on)) ctx.addIssue({ code: 'custom', path: ['paid_on'], message: 'form.dateInvalid' });
      else if (rules && v.paid_on !== rules.storedPaidOn) {
        const problem = paymentDateProblem(v.paid_on, rules.today, rules.batchYear);
        if (problem === 'future') ctx.addIssue({ code: 'custom', path: ['paid_on'], message: 'form.paymentDateFuture' });
        if (problem === 'tooEarly')
          ctx.addIssue({ code: 'custom', path: ['paid_on'], message: messageWithVars('form.paymentDateTooEarly', { date: rules.formatDate(paymentDateFloor(rules.batchYear)) }) });
      }
    })
    .transform((v): Omit<RecordPaymentArgs, 'p_cohort_student_id'> => ({
      p_amount: amountArg(parseAmount(v.amount) ?? 0),
      p_paid_on: v.paid_on,
      p_payment_platform: cleanText(v.payment_platform) || undefined,
      p_remarks: cleanText(v.remarks) || undefined,
    }));
}

export type OfferFormValues = { new_amount: string; reason: string };

export function offerFormSchema(cashReceived: number, rules?: { currency: string; formatMoney: (n: number) => string }) {
  return z
    .object({ new_amount: z.string(), reason: z.string().max(2000) })
    .superRefine((v, ctx) => {
      const a = parseAmount(v.new_amount);
      if (a === null || v.new_amount.trim() === '') ctx.addIssue({ code: 'custom', path: ['new_amount'], message: PAYMENT_MESSAGES.amountInvalid });
      else if (a < cashReceived) ctx.addIssue({ code: 'custom', path: ['new_amount'], message: PAYMENT_MESSAGES.offerBelowCash });
      else if (rules && a > maxAmountFor(rules.currency))
        ctx.addIssue({ code: 'custom', path: ['new_amount'], message: messageWithVars('form.amountTooLarge', { max: rules.formatMoney(maxAmountFor(rules.currency)) }) });
    })
    .transform((v): Omit<ChangeOfferArgs, 'p_cohort_student_id'> => ({
      p_new_amount: amountArg(parseAmount(v.new_amount) ?? 0),
      p_reason: cleanText(v.reason) || undefined,
    }));
}

export type MoveFormValues = { to_batch_id: string; classes_access: string };

export const moveFormSchema = z
  .object({ to_batch_id: z.string(), classes_access: z.string() })
  .superRefine((v, ctx) => {
    if (!v.to_batch_id) ctx.addIssue({ code: 'custom', path: ['to_batch_id'], message: PAYMENT_MESSAGES.batchRequired });
    const c = Number(v.classes_access);
    if (!Number.isInteger(c) || c < 1 || c > 15) ctx.addIssue({ code: 'custom', path: ['classes_access'], message: PAYMENT_MESSAGES.classesRequired });
  })
  .transform((v): Omit<MoveStudentArgs, 'p_cohort_student_id'> => ({ p_to_batch_id: v.to_batch_id, p_classes_access: String(Number(v.classes_access)) }));

/** First message per field of a failed parse. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const k = String(i.path[0] ?? '');
    if (!(k in out)) out[k] = i.message;
  }
  return out;
}
