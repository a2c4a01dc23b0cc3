// The browser's copy of the database's input rules (issue 8): same texts counted as empty, same
// date ranges, same amount ceilings, and the form schemas that use them.
import { describe, expect, it } from 'vitest';
import { INVISIBLE_RANGES, addDays, addYears, aheadDateProblem, aheadInstantProblem, batchYear, cleanText, isBlankText, isCalendarDate, messageWithVars, paymentDateProblem, splitMessage } from './input-rules';
import { amountArg, maxAmountFor } from './money';
import { paymentFormSchema, offerFormSchema, issuesByField } from '@/lib/students/payment-forms';
import { fieldErrors, updateCallFormSchemaFor, type UpdateCallContext, type UpdateCallFormValues } from '@/features/sales-closers/forms/update-call-form';
import { emptyCallOutcome, parseComplete, parseFollowUp } from '@/features/call-requests/forms/call-outcome-form';

describe('text with nothing visible', () => {
  it.each(['', '   ', '\t\n', '\u200b', '\u00a0', ' \u200b\t\u2060\ufeff\n ', '\u3000\u202f'])('%j is blank', (s) => {
    expect(isBlankText(s)).toBe(true);
    expect(cleanText(s)).toBe('');
  });
  it('keeps inner spacing and trims invisible ends', () => {
    expect(cleanText('\u200b Hello  world\u00a0\n')).toBe('Hello  world');
    expect(isBlankText('a')).toBe(false);
  });
  // Fillers, blank Braille, bidi controls and isolates, the combining grapheme joiner, variation
  // selectors, tag characters, invisible operators: each alone, and all together, is empty text.
  const formatting = ['\u3164', '\u2800', '\u202e', '\u2066', '\u034f', '\ufe0f', '\u{e0020}', '\u2061', '\u115f', '\u1160', '\uffa0', '\u180e', '\u{1d173}', '\u{1bca0}', '\u061c', '\u17b4'];
  it.each(formatting.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))('%s alone is blank', (_, c) => {
    expect(isBlankText(c)).toBe(true);
    expect(isBlankText(` ${c}${c} \u200b`)).toBe(true);
  });
  it('all of them together are blank; around visible text they are trimmed', () => {
    expect(isBlankText(formatting.join(''))).toBe(true);
    expect(cleanText(`${formatting.join('')}Ana${formatting.join('')}`)).toBe('Ana');
    // Visible text that uses such characters inside keeps them (an emoji with its variation selector).
    expect(cleanText('\u2764\ufe0f')).toBe('\u2764');
    expect(isBlankText('\u2764\ufe0f')).toBe(false);
    for (const visible of ['a', '0', '.', '\u00e9', '\u4e2d', '\u0627', '\u{1f600}', '\u2764', '\u0600']) expect(isBlankText(visible), visible).toBe(false);
  });
  it('the list is exactly Unicode White_Space + Default_Ignorable_Code_Point + the blank Braille pattern', () => {
    const expected = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/u;
    const listed = new Set<number>();
    for (const [a, b] of INVISIBLE_RANGES) for (let cp = a; cp <= b; cp++) listed.add(cp);
    const missing: string[] = [];
    const extra: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const want = expected.test(String.fromCodePoint(cp));
      if (want && !listed.has(cp)) missing.push(cp.toString(16));
      if (!want && listed.has(cp)) extra.push(cp.toString(16));
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    // Sorted and not overlapping, as the SQL bracket expression is written from it.
    for (let i = 1; i < INVISIBLE_RANGES.length; i++) expect(INVISIBLE_RANGES[i]![0]).toBeGreaterThan(INVISIBLE_RANGES[i - 1]![1] + 1);
  });
});

describe('dates', () => {
  it('knows real calendar days only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '0000-01-01', '12026-01-01', 'infinity', '2026-1-1']) expect(isCalendarDate(bad), bad).toBe(false);
  });
  it('follow-ups and reschedules: today .. two years ahead', () => {
    const today = '2026-12-02';
    expect(aheadDateProblem('2026-12-01', today)).toBe('past');
    expect(aheadDateProblem(today, today)).toBeNull();
    expect(aheadDateProblem('2028-12-02', today)).toBeNull();
    expect(aheadDateProblem('2028-12-03', today)).toBe('tooFar');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('bookings and call follow-ups: after now, at most two years ahead', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(aheadInstantProblem(new Date('2026-12-02T10:00:00Z'), now)).toBe('past');
    expect(aheadInstantProblem(new Date('2028-12-02T10:00:00Z'), now)).toBeNull();
    expect(aheadInstantProblem(new Date('2028-12-02T10:00:01Z'), now)).toBe('tooFar');
  });
  it('payments: not after today, not before 1 January of the batch year minus one', () => {
    expect(paymentDateProblem('2026-12-03', '2026-12-02', 2026)).toBe('future');
    expect(paymentDateProblem('2024-12-31', '2026-12-02', 2026)).toBe('tooEarly');
    expect(paymentDateProblem('2025-01-01', '2026-12-02', 2026)).toBeNull();
    expect(batchYear('2027-03-01', '2026-05-01T00:00:00Z', 'Asia/Kolkata', '2026-12-02')).toBe(2027);
    // Created 31 Dec 20:00 UTC is 1 Jan in Kolkata.
    expect(batchYear(null, '2025-12-31T20:00:00Z', 'Asia/Kolkata', '2026-12-02')).toBe(2026);
  });
});

describe('amounts', () => {
  it('are sent with exactly two decimals', () => {
    expect(amountArg(0.1 + 0.2)).toBe('0.30');
    expect(amountArg(0.29)).toBe('0.29');
    expect(amountArg(99999999.99)).toBe('99999999.99');
  });
  it('have a ceiling per currency', () => {
    expect(maxAmountFor('INR')).toBe(100_000_000);
    expect(maxAmountFor('BRL')).toBe(5_000_000);
  });
  it('carry values inside a field error', () => {
    expect(splitMessage(messageWithVars('form.amountTooLarge', { max: '₹10,00,00,000.00' }))).toEqual({ key: 'form.amountTooLarge', vars: { max: '₹10,00,00,000.00' } });
    expect(splitMessage('A sentence from the server.')).toEqual({ key: 'A sentence from the server.' });
  });
});

const rules = { today: '2026-12-02', batchYear: 2026, currency: 'INR', formatMoney: (n: number) => `₹${n}`, formatDate: (d: string) => d };

describe('payment form schema', () => {
  const s = paymentFormSchema(200_000_000, rules);
  const errs = (v: Partial<{ amount: string; paid_on: string; remarks: string }>) => {
    const r = s.safeParse({ amount: '10', paid_on: '2026-12-01', payment_platform: '', remarks: '', ...v });
    return r.success ? {} : issuesByField(r.error);
  };
  it('refuses a future date, a date before the floor and an impossible date', () => {
    expect(errs({ paid_on: '2026-12-03' }).paid_on).toBe('form.paymentDateFuture');
    expect(splitMessage(errs({ paid_on: '2024-12-31' }).paid_on!)).toEqual({ key: 'form.paymentDateTooEarly', vars: { date: '2025-01-01' } });
    expect(errs({ paid_on: '2026-02-30' }).paid_on).toBe('form.dateInvalid');
    expect(errs({ paid_on: '2025-01-01' })).toEqual({});
  });
  it('keeps a stored date when editing', () => {
    const edit = paymentFormSchema(100, { ...rules, storedPaidOn: '2020-05-05' });
    expect(edit.safeParse({ amount: '10', paid_on: '2020-05-05', payment_platform: '', remarks: '' }).success).toBe(true);
  });
  it('refuses more than two decimals and more than the currency ceiling', () => {
    expect(errs({ amount: '10.005' }).amount).toBe('sales.form.amountInvalid');
    expect(splitMessage(errs({ amount: '100000000.01' }).amount!)).toEqual({ key: 'form.amountTooLarge', vars: { max: '₹100000000' } });
    expect(errs({ amount: '100000000' })).toEqual({});
  });
  it('sends invisible-only remarks as nothing', () => {
    expect(s.parse({ amount: '10', paid_on: '2026-12-01', payment_platform: '\u200b', remarks: ' \u00a0' })).toMatchObject({ p_payment_platform: undefined, p_remarks: undefined });
  });
  it('offer: the currency ceiling', () => {
    const r = offerFormSchema(0, rules).safeParse({ new_amount: '100000001', reason: '' });
    expect(r.success).toBe(false);
  });
});

describe('update call form with the organization context', () => {
  const base: UpdateCallFormValues = {
    status: 'scheduled', batch_id: '', classes_access: '', offer_amount: '', cash_received: '', next_follow_up_date: '', no_cost_emi: '', gst_fees: '',
    platform_fees: '', pay_after_earning: false, payment_platform: '', payment_remarks: '', remarks: '', refund_reason: '', refund_amount: '', refunded_on: '', rescheduled_date: '', rescheduled_time: '',
  };
  const ctx: UpdateCallContext = {
    today: '2026-12-02', nowTime: '15:00', currency: 'INR', formatMoney: (n) => `₹${n}`,
    current: { status: 'scheduled', next_follow_up_date: '2026-01-10', additional_comments: 'Called once', scheduled_date: '2026-11-23', scheduled_time: '11:00:00' },
  };
  const errs = (v: Partial<UpdateCallFormValues>) => {
    const r = updateCallFormSchemaFor(ctx).safeParse({ ...base, next_follow_up_date: '2026-01-10', remarks: 'Called once', ...v });
    return r.success ? {} : fieldErrors(r.error);
  };
  it('nothing changed: nothing to save; a stored past follow-up may stay', () => {
    expect(errs({}).status).toBe('form.nothingToSave');
    expect(errs({ remarks: 'Called once \u200b' }).status).toBe('form.nothingToSave');
    expect(errs({ remarks: 'Call back Friday' })).toEqual({});
  });
  it('a new follow-up date: today .. two years ahead', () => {
    expect(errs({ next_follow_up_date: '2026-12-01' }).next_follow_up_date).toBe('form.dateInPast');
    expect(errs({ next_follow_up_date: '2028-12-03' }).next_follow_up_date).toBe('form.dateTooFar');
    expect(errs({ next_follow_up_date: '2026-12-02' })).toEqual({});
  });
  it('a reschedule: not before now, not past two years', () => {
    const r = { status: 'reschedule', remarks: 'Busy' };
    expect(errs({ ...r, rescheduled_date: '2026-12-01' }).rescheduled_date).toBe('form.dateInPast');
    expect(errs({ ...r, rescheduled_date: '2026-12-02', rescheduled_time: '14:59' }).rescheduled_time).toBe('form.timeInPast');
    expect(errs({ ...r, rescheduled_date: '2026-12-02', rescheduled_time: '15:00' })).toEqual({});
    expect(errs({ ...r, rescheduled_date: '2029-01-01' }).rescheduled_date).toBe('form.dateTooFar');
  });
  it('remarks of only invisible characters are missing', () => {
    expect(errs({ status: 'not_converted', remarks: '\u200b\t\n' }).remarks).toBe('sales.form.remarksRequired');
  });
  it('a conversion amount above 10 crore INR is refused next to its field', () => {
    const e = errs({ status: 'converted', batch_id: 'b', classes_access: '15', offer_amount: '100000000.01' });
    expect(splitMessage(e.offer_amount!).key).toBe('form.amountTooLarge');
  });
  it('a refund of a call with a student: at most what was received, not dated in the future, sent as text', () => {
    const rctx: UpdateCallContext = { ...ctx, received: 12000, current: { ...ctx.current, status: 'converted' } };
    const parse = (v: Partial<UpdateCallFormValues>) =>
      updateCallFormSchemaFor(rctx).safeParse({ ...base, status: 'refunded', remarks: 'Asked', refund_reason: 'Moved', ...v });
    const bad = parse({ refund_amount: '12000.01', refunded_on: '2026-12-03' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(Object.keys(fieldErrors(bad.error)).sort()).toEqual(['refund_amount', 'refunded_on']);
    const ok = parse({ refund_amount: '5,000.5', refunded_on: '2026-12-02' });
    expect(ok.success && ok.data).toMatchObject({ kind: 'status', args: { p_status: 'refunded', p_refund_amount: '5000.50', p_refunded_on: '2026-12-02' } });
    const all = parse({});
    expect(all.success && all.data.kind === 'status' && all.data.args.p_refund_amount).toBeUndefined();
  });
});

describe('call outcome forms', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('refuses invisible-only notes and a booking more than two years ahead', () => {
    const r = parseComplete('l1', { ...emptyCallOutcome, outcome: 'session_booked', notes: '\u200b \n', bookingAt: '2029-01-01T10:00' }, 'America/Sao_Paulo', now);
    expect(r).toEqual({ ok: false, errors: { notes: 'callRequests.error.notesRequired', booking_date: 'callRequests.error.bookingTooFar' } });
  });
  it('refuses a call follow-up more than two years ahead', () => {
    const r = parseFollowUp('l1', { ...emptyCallOutcome, followUpAt: '2029-01-01T10:00' }, 'America/Sao_Paulo', now);
    expect(r).toEqual({ ok: false, errors: { scheduled_for: 'callRequests.error.followUpTooFar' } });
  });
});
