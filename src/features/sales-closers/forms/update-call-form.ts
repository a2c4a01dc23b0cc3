// What a closer types in the Update dialog, validated before anything is sent. The output is
// exactly the argument object of the one rpc that saves it, typed with the generated Args, so a
// change of a database function's signature fails compilation here.
import { z } from 'zod';
import {
  CALL_APPOINTMENT_STATUSES,
  CANCELLED_CALL_STATUS,
  LEGACY_CALL_APPOINTMENT_STATUSES,
  REMARKS_REQUIRED_STATUSES,
  isConvertedStatus,
  type CallAppointmentStatus,
} from '@/domain/statuses';
import { amountArg, maxAmountFor, parseAmount } from '@/domain/money';
import { aheadDateProblem, cleanText, isBlankText, isCalendarDate, messageWithVars } from '@/domain/input-rules';
import type { ConvertCallArgs } from '../api/convert-call';
import type { UpdateCallStatusArgs } from '../api/update-call-status';

/**
 * Statuses a closer may choose for an update: every status but the legacy ones and `cancelled`
 * (a booking is called off by an admin/manager or the booking tool, not as a call's outcome).
 */
export const OFFERED_STATUSES = CALL_APPOINTMENT_STATUSES.filter(
  (s) => !(LEGACY_CALL_APPOINTMENT_STATUSES as readonly string[]).includes(s) && s !== CANCELLED_CALL_STATUS,
);

export type UpdateCallFormValues = {
  status: string;
  batch_id: string;
  classes_access: string;
  offer_amount: string;
  cash_received: string;
  next_follow_up_date: string;
  no_cost_emi: string;
  gst_fees: string;
  platform_fees: string;
  pay_after_earning: boolean;
  payment_platform: string;
  payment_remarks: string;
  remarks: string;
  refund_reason: string;
  /** Refunded with a student: the amount going back (default: all received; blank = all) and its date (blank = today). */
  refund_amount: string;
  refunded_on: string;
  rescheduled_date: string;
  rescheduled_time: string;
};
export type UpdateCallField = keyof UpdateCallFormValues;

/** Message keys (translated by the dialog). */
export const FORM_MESSAGES = {
  amountInvalid: 'sales.form.amountInvalid',
  cashAboveOffer: 'sales.form.cashAboveOffer',
  batchRequired: 'sales.form.batchRequired',
  classesRequired: 'sales.form.classesRequired',
  remarksRequired: 'sales.form.remarksRequired',
  refundReasonRequired: 'sales.form.refundReasonRequired',
  rescheduleDateRequired: 'sales.form.rescheduleDateRequired',
  statusInvalid: 'sales.form.statusInvalid',
  tooLong: 'sales.form.tooLong',
} as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const blankToNull = (s: string) => (isBlankText(s) ? null : cleanText(s));

export type UpdateCallCommand =
  | { kind: 'convert'; args: Omit<ConvertCallArgs, 'p_appointment_id' | 'p_expected_version'> }
  | { kind: 'status'; args: Omit<UpdateCallStatusArgs, 'p_appointment_id' | 'p_expected_version'> };

const formShape = z.object({
  status: z.string(),
  batch_id: z.string(),
  classes_access: z.string(),
  offer_amount: z.string(),
  cash_received: z.string(),
  next_follow_up_date: z.string(),
  no_cost_emi: z.string(),
  gst_fees: z.string(),
  platform_fees: z.string(),
  pay_after_earning: z.boolean(),
  payment_platform: z.string().max(100, FORM_MESSAGES.tooLong),
  payment_remarks: z.string().max(2000, FORM_MESSAGES.tooLong),
  remarks: z.string().max(4000, FORM_MESSAGES.tooLong),
  refund_reason: z.string().max(2000, FORM_MESSAGES.tooLong),
  refund_amount: z.string(),
  refunded_on: z.string(),
  rescheduled_date: z.string(),
  rescheduled_time: z.string(),
});

/**
 * What the dialog knows besides the typed values: today and the time now in the organization's
 * timezone, its currency (ceiling of an amount), and the call as it is (dates already stored may
 * be kept; an update that changes nothing has nothing to save). The database checks the same.
 */
export type UpdateCallContext = {
  today: string;
  /** HH:MM now in the organization's timezone. */
  nowTime: string;
  currency: string;
  formatMoney: (n: number) => string;
  current: { status: string; next_follow_up_date: string | null; additional_comments: string | null; scheduled_date: string; scheduled_time: string | null };
  /** Cash received by the call's student, or null when the call has no student (no money to refund). */
  received?: number | null;
};

/**
 * Whether refunding this call moves money: it converted a student into a batch (S1) who is not
 * refunded yet. Then the dialog asks the amount (default: all received) and the date.
 */
export function callHasStudent(call: { status: string; batch_id: string | null }): boolean {
  return call.batch_id != null && (isConvertedStatus(call.status) || call.status === 'discontinued');
}

type Issue = (path: UpdateCallField, message: string) => void;

function baseRules(v: z.infer<typeof formShape>, issue: Issue) {
  if (!(OFFERED_STATUSES as readonly string[]).includes(v.status)) issue('status', FORM_MESSAGES.statusInvalid);
  if (isConvertedStatus(v.status)) {
    if (!v.batch_id) issue('batch_id', FORM_MESSAGES.batchRequired);
    const classes = Number(v.classes_access);
    if (!v.classes_access || !Number.isInteger(classes) || classes < 1 || classes > 15) issue('classes_access', FORM_MESSAGES.classesRequired);
    const amounts = ['offer_amount', 'cash_received', 'no_cost_emi', 'gst_fees', 'platform_fees'] as const;
    for (const f of amounts) if (parseAmount(v[f]) === null) issue(f, FORM_MESSAGES.amountInvalid);
    const offer = parseAmount(v.offer_amount);
    const cash = parseAmount(v.cash_received);
    if (offer !== null && cash !== null && cash > offer) issue('cash_received', FORM_MESSAGES.cashAboveOffer);
  }
  if ((REMARKS_REQUIRED_STATUSES as readonly string[]).includes(v.status) && isBlankText(v.remarks)) issue('remarks', FORM_MESSAGES.remarksRequired);
  if (v.status === 'refunded' && isBlankText(v.refund_reason)) issue('refund_reason', FORM_MESSAGES.refundReasonRequired);
  if (v.status === 'refunded' && !isBlankText(v.refund_amount) && parseAmount(v.refund_amount) === null) issue('refund_amount', FORM_MESSAGES.amountInvalid);
  if (v.status === 'refunded' && v.refunded_on && !(DATE_RE.test(v.refunded_on) && isCalendarDate(v.refunded_on))) issue('refunded_on', 'form.dateInvalid');
  if (v.status === 'reschedule' && !(DATE_RE.test(v.rescheduled_date) && isCalendarDate(v.rescheduled_date))) issue('rescheduled_date', FORM_MESSAGES.rescheduleDateRequired);
  if (v.next_follow_up_date && !isCalendarDate(v.next_follow_up_date)) issue('next_follow_up_date', 'form.dateInvalid');
}

const AMOUNT_FIELDS = ['offer_amount', 'cash_received', 'no_cost_emi', 'gst_fees', 'platform_fees'] as const;

function contextRules(v: z.infer<typeof formShape>, c: UpdateCallContext, issue: Issue) {
  if (isConvertedStatus(v.status)) {
    const max = maxAmountFor(c.currency);
    for (const f of AMOUNT_FIELDS) {
      const a = parseAmount(v[f]);
      if (a !== null && a > max) issue(f, messageWithVars('form.amountTooLarge', { max: c.formatMoney(max) }));
    }
  }
  if (v.status === 'refunded' && c.received != null) {
    const a = isBlankText(v.refund_amount) ? null : parseAmount(v.refund_amount);
    if (a !== null && a > c.received) issue('refund_amount', messageWithVars('cohorts.refundForm.amountAboveReceived', { amount: c.formatMoney(c.received) }));
    if (v.refunded_on && isCalendarDate(v.refunded_on) && v.refunded_on > c.today) issue('refunded_on', 'cohorts.refundForm.dateFuture');
  }
  const dateProblem = (field: UpdateCallField, value: string) => {
    const p = aheadDateProblem(value, c.today);
    if (p) issue(field, p === 'past' ? 'form.dateInPast' : 'form.dateTooFar');
    return p;
  };
  if (v.next_follow_up_date && isCalendarDate(v.next_follow_up_date) && v.next_follow_up_date !== (c.current.next_follow_up_date ?? '')) {
    dateProblem('next_follow_up_date', v.next_follow_up_date);
  }
  const time = v.rescheduled_time.slice(0, 5);
  const sameSlot = v.rescheduled_date === c.current.scheduled_date && (!time || time === (c.current.scheduled_time ?? '').slice(0, 5));
  if (v.status === 'reschedule' && isCalendarDate(v.rescheduled_date) && !sameSlot) {
    if (!dateProblem('rescheduled_date', v.rescheduled_date) && v.rescheduled_date === c.today && time && time < c.nowTime) {
      issue('rescheduled_time', 'form.timeInPast');
    }
  }
  // Same status, same remarks, same follow-up (and for a reschedule the same slot): nothing to save.
  const unchanged =
    v.status === c.current.status &&
    ['scheduled', 'not_converted', 'no_show', 'discontinued', 'reschedule'].includes(v.status) &&
    cleanText(v.remarks) === cleanText(c.current.additional_comments ?? '') &&
    v.next_follow_up_date === (c.current.next_follow_up_date ?? '') &&
    (v.status !== 'reschedule' || sameSlot);
  if (unchanged) issue('status', 'form.nothingToSave');
}

function makeSchema(context?: UpdateCallContext) {
  return formShape
    .superRefine((v, ctx) => {
      const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path: [path], message });
      baseRules(v, issue);
      if (context) contextRules(v, context, issue);
    })
  .transform((v): UpdateCallCommand => {
    if (isConvertedStatus(v.status)) {
      return {
        kind: 'convert',
        args: {
          p_status: v.status,
          p_batch_id: v.batch_id,
          p_classes_access: String(Number(v.classes_access)),
          p_offer_amount: amountArg(parseAmount(v.offer_amount) ?? 0),
          p_cash_received: amountArg(parseAmount(v.cash_received) ?? 0),
          p_next_follow_up_date: blankToNull(v.next_follow_up_date) ?? undefined,
          p_no_cost_emi: amountArg(parseAmount(v.no_cost_emi) ?? 0),
          p_gst_fees: amountArg(parseAmount(v.gst_fees) ?? 0),
          p_platform_fees: amountArg(parseAmount(v.platform_fees) ?? 0),
          p_pay_after_earning: v.pay_after_earning,
          p_payment_platform: blankToNull(v.payment_platform) ?? undefined,
          p_payment_remarks: blankToNull(v.payment_remarks) ?? undefined,
          p_additional_comments: blankToNull(v.remarks) ?? undefined,
        },
      };
    }
    return {
      kind: 'status',
      args: {
        p_status: v.status,
        p_remarks: blankToNull(v.remarks) ?? undefined,
        p_next_follow_up_date: blankToNull(v.next_follow_up_date) ?? undefined,
        p_rescheduled_date: v.status === 'reschedule' ? v.rescheduled_date : undefined,
        p_rescheduled_time: v.status === 'reschedule' ? blankToNull(v.rescheduled_time) ?? undefined : undefined,
        p_refund_reason: v.status === 'refunded' ? cleanText(v.refund_reason) : undefined,
        p_refund_amount: v.status === 'refunded' && !isBlankText(v.refund_amount) ? amountArg(parseAmount(v.refund_amount) ?? 0) : undefined,
        p_refunded_on: v.status === 'refunded' && v.refunded_on ? v.refunded_on : undefined,
      },
    };
  });
}

/** The typed values alone (required fields, amounts, statuses). */
export const updateCallFormSchema = makeSchema();

/** With the organization's ranges and the call as it is (what the dialog uses). */
export function updateCallFormSchemaFor(context: UpdateCallContext) {
  return makeSchema(context);
}

function isField(k: string): k is UpdateCallField {
  return Object.hasOwn(formShape.shape, k);
}

/** Field errors of a failed parse, keyed by field; first message per field. */
export function fieldErrors(error: z.ZodError): Partial<Record<UpdateCallField, string>> {
  const out: Partial<Record<UpdateCallField, string>> = {};
  for (const i of error.issues) {
    const key = i.path[0];
    if (typeof key === 'string' && isField(key) && !(key in out)) out[key] = i.message;
  }
  return out;
}

export function isOfferedStatus(s: string): s is CallAppointmentStatus {
  return (OFFERED_STATUSES as readonly string[]).includes(s);
}

/** The server's `field:x` hint names an argument; map it to the form field showing it. */
export function hintToField(hint: string | undefined | null): UpdateCallField | null {
  if (!hint?.startsWith('field:')) return null;
  const f = hint.slice(6);
  if (f === 'additional_comments') return 'remarks';
  return isField(f) ? f : null;
}
