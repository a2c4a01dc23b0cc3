import { describe, expect, it } from 'vitest';
import { addStudentSchema, type AddStudentValues } from './add-student-form';

const rules = { today: '2026-12-07', batchYear: 2026, currency: 'INR', phoneCountry: 'IN', formatMoney: (n: number) => `₹${n}`, formatDate: (iso: string) => iso };
const base: AddStudentValues = {
  full_name: ' Offline Payer ', email: '', phone: '+91 98765-43210', closer_id: '', offer_amount: '45,000', cash_received: '15000',
  paid_on: '2026-12-01', classes_access: '15', next_follow_up_date: '', payment_platform: '', notes: '',
};
const errors = (v: Partial<AddStudentValues>) => {
  const r = addStudentSchema(rules).safeParse({ ...base, ...v });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('add student form', () => {
  it('turns what a person typed into the rpc arguments (phone digits only, amounts with two decimals)', () => {
    const r = addStudentSchema(rules).parse(base);
    expect(r).toMatchObject({ p_full_name: 'Offline Payer', p_phone: '+919876543210', p_offer_amount: '45000.00', p_cash_received: '15000.00', p_paid_on: '2026-12-01', p_classes_access: '15' });
    expect(r.p_email).toBeUndefined();
    expect(r.p_closer_id).toBeUndefined();
  });

  it('reads a phone typed without a country code in the organization\'s country, as a booking does (one E.164 number, so the booked lead is found)', () => {
    expect(addStudentSchema(rules).parse({ ...base, phone: '098765 43210' }).p_phone).toBe('+919876543210');
    expect(addStudentSchema(rules).parse({ ...base, phone: '0091 98765-43210' }).p_phone).toBe('+919876543210');
    expect(addStudentSchema({ ...rules, phoneCountry: 'BR' }).parse({ ...base, phone: '(11) 98765-4321' }).p_phone).toBe('+5511987654321');
    // Without a country to read it in, a number needs its country code.
    expect(addStudentSchema({ ...rules, phoneCountry: null }).safeParse({ ...base, phone: '98765 43210' }).success).toBe(false);
    expect(errors({ phone: '12345' })).toMatchObject({ phone: 'cohorts.add.phoneInvalid' });
  });

  it('refuses what the database refuses', () => {
    expect(errors({ full_name: ' \u200b ' })).toMatchObject({ full_name: 'cohorts.form.nameRequired' });
    expect(errors({ email: '', phone: '' })).toMatchObject({ email: 'cohorts.add.contactRequired' });
    expect(errors({ email: 'nope' })).toMatchObject({ email: 'cohorts.add.emailInvalid' });
    expect(errors({ phone: '12ab' })).toMatchObject({ phone: 'cohorts.add.phoneInvalid' });
    expect(errors({ offer_amount: '' })).toMatchObject({ offer_amount: 'sales.form.amountInvalid' });
    expect(errors({ cash_received: '45000.01' })).toMatchObject({ cash_received: 'cohorts.add.cashAboveOffer' });
    expect(errors({ paid_on: '2026-12-08' })).toMatchObject({ paid_on: 'form.paymentDateFuture' });
    expect(errors({ paid_on: '2024-12-31' }).paid_on).toMatch(/^form.paymentDateTooEarly/);
    expect(errors({ cash_received: '0', paid_on: '' })).toEqual({});
    expect(errors({ next_follow_up_date: '2026-12-06' })).toMatchObject({ next_follow_up_date: 'form.dateInvalid' });
  });
});
