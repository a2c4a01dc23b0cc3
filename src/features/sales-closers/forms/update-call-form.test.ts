import { describe, expect, it } from 'vitest';
import { fieldErrors, hintToField, OFFERED_STATUSES, updateCallFormSchema, type UpdateCallFormValues } from './update-call-form';
import { offerFormSchema, paymentFormSchema, issuesByField } from '@/lib/students/payment-forms';

const base: UpdateCallFormValues = {
  status: 'converted',
  batch_id: 'b1',
  classes_access: '15',
  offer_amount: '50000',
  cash_received: '10000',
  next_follow_up_date: '',
  no_cost_emi: '',
  gst_fees: '',
  platform_fees: '',
  pay_after_earning: false,
  payment_platform: '',
  payment_remarks: '',
  remarks: '',
  refund_reason: '',
  refund_amount: '',
  refunded_on: '',
  rescheduled_date: '',
  rescheduled_time: '',
};
const errorsOf = (v: Partial<UpdateCallFormValues>) => {
  const r = updateCallFormSchema.safeParse({ ...base, ...v });
  return r.success ? {} : fieldErrors(r.error);
};

describe('update call form', () => {
  it('never offers the legacy statuses', () => {
    for (const s of ['pending', 'not_decided', 'so_so']) expect(OFFERED_STATUSES).not.toContain(s);
    expect(errorsOf({ status: 'so_so' }).status).toBeDefined();
  });
  it('never offers cancelled (admins and managers cancel a booking with a reason)', () => {
    expect(OFFERED_STATUSES).not.toContain('cancelled');
    expect(errorsOf({ status: 'cancelled' }).status).toBeDefined();
  });
  it('turns a valid conversion into convert_call_appointment arguments', () => {
    const r = updateCallFormSchema.parse({ ...base, offer_amount: '50,000.50' });
    expect(r).toEqual({
      kind: 'convert',
      args: expect.objectContaining({ p_status: 'converted', p_batch_id: 'b1', p_classes_access: '15', p_offer_amount: '50000.50', p_cash_received: '10000.00' }),
    });
  });
  it('refuses a conversion without batch or classes', () => {
    expect(errorsOf({ batch_id: '', classes_access: '' })).toMatchObject({ batch_id: 'sales.form.batchRequired', classes_access: 'sales.form.classesRequired' });
  });
  it('refuses negative, non-numeric amounts and cash above the offer', () => {
    expect(errorsOf({ offer_amount: '-5' }).offer_amount).toBe('sales.form.amountInvalid');
    expect(errorsOf({ cash_received: 'abc' }).cash_received).toBe('sales.form.amountInvalid');
    expect(errorsOf({ cash_received: '60000' }).cash_received).toBe('sales.form.cashAboveOffer');
  });
  it('requires remarks for not converted, no show, reschedule and refunded', () => {
    for (const status of ['not_converted', 'no_show', 'reschedule', 'refunded']) {
      expect(errorsOf({ status }).remarks).toBe('sales.form.remarksRequired');
    }
    expect(errorsOf({ status: 'scheduled' })).toEqual({});
  });
  it('requires a refund reason for refunded and a date for reschedule', () => {
    expect(errorsOf({ status: 'refunded', remarks: 'x' }).refund_reason).toBe('sales.form.refundReasonRequired');
    expect(errorsOf({ status: 'reschedule', remarks: 'x' }).rescheduled_date).toBe('sales.form.rescheduleDateRequired');
    const r = updateCallFormSchema.parse({ ...base, status: 'reschedule', remarks: 'busy', rescheduled_date: '2026-12-01', rescheduled_time: '10:30' });
    expect(r).toEqual({ kind: 'status', args: expect.objectContaining({ p_status: 'reschedule', p_remarks: 'busy', p_rescheduled_date: '2026-12-01', p_rescheduled_time: '10:30' }) });
  });
  it('maps server field hints onto form fields', () => {
    expect(hintToField('field:cash_received')).toBe('cash_received');
    expect(hintToField('field:additional_comments')).toBe('remarks');
    expect(hintToField('stale_version')).toBeNull();
  });
});

describe('EMI forms', () => {
  it('refuses a payment of zero or above the due', () => {
    const s = paymentFormSchema(1000);
    const e1 = s.safeParse({ amount: '0', paid_on: '2026-11-23', payment_platform: '', remarks: '' });
    expect(e1.success ? {} : issuesByField(e1.error)).toEqual({ amount: 'sales.form.amountPositive' });
    const e2 = s.safeParse({ amount: '1000.01', paid_on: '2026-11-23', payment_platform: '', remarks: '' });
    expect(e2.success ? {} : issuesByField(e2.error)).toEqual({ amount: 'sales.form.amountAboveDue' });
  });
  it('refuses an offer below the cash received', () => {
    const r = offerFormSchema(5000).safeParse({ new_amount: '4999', reason: '' });
    expect(r.success ? {} : issuesByField(r.error)).toEqual({ new_amount: 'sales.form.offerBelowCash' });
    expect(offerFormSchema(5000).parse({ new_amount: '5000', reason: ' ' })).toEqual({ p_new_amount: '5000.00', p_reason: undefined });
  });
});
