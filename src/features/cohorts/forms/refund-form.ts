// The refund form: amount (0 .. what was received; default all of it), date (the payment-date
// range: not in the future, not before 1 January of the year before the batch's year) and a
// reason. The database checks the same (refund_cohort_student, 22023 field:amount/refunded_on/reason).
import { z } from 'zod';
import { amountArg, maxAmountFor } from '@/domain/money';
import { cleanText, isBlankText, isCalendarDate, messageWithVars, paymentDateFloor, paymentDateProblem } from '@/domain/input-rules';
import { parseAmount } from '@/domain/money';
import type { RefundStudentArgs } from '../api/refund-student';

export type RefundFormValues = { amount: string; refunded_on: string; reason: string };
export type RefundRules = { today: string; batchYear: number; currency: string; formatMoney: (n: number) => string; formatDate: (iso: string) => string };

export function refundFormSchema(received: number, rules: RefundRules) {
  return z
    .object({ amount: z.string(), refunded_on: z.string(), reason: z.string() })
    .superRefine((v, ctx) => {
      const a = v.amount.trim() === '' ? null : parseAmount(v.amount);
      if (a === null) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'sales.form.amountInvalid' });
      else if (a > maxAmountFor(rules.currency))
        ctx.addIssue({ code: 'custom', path: ['amount'], message: messageWithVars('form.amountTooLarge', { max: rules.formatMoney(maxAmountFor(rules.currency)) }) });
      else if (a > received)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: messageWithVars('cohorts.refundForm.amountAboveReceived', { amount: rules.formatMoney(received) }) });
      if (!isCalendarDate(v.refunded_on)) ctx.addIssue({ code: 'custom', path: ['refunded_on'], message: 'sales.form.dateRequired' });
      else {
        const problem = paymentDateProblem(v.refunded_on, rules.today, rules.batchYear);
        if (problem === 'future') ctx.addIssue({ code: 'custom', path: ['refunded_on'], message: 'cohorts.refundForm.dateFuture' });
        if (problem === 'tooEarly')
          ctx.addIssue({ code: 'custom', path: ['refunded_on'], message: messageWithVars('cohorts.refundForm.dateTooEarly', { date: rules.formatDate(paymentDateFloor(rules.batchYear)) }) });
      }
      if (isBlankText(v.reason)) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'cohorts.form.reasonRequired' });
      else if (cleanText(v.reason).length > 2000) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'cohorts.form.tooLong' });
    })
    .transform((v): Omit<RefundStudentArgs, 'p_cohort_student_id'> => ({
      p_amount: amountArg(parseAmount(v.amount) ?? 0),
      p_refunded_on: v.refunded_on,
      p_reason: cleanText(v.reason),
    }));
}
