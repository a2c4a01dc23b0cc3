// Ranges the write functions enforce (issue 8 "Forms and input"): dates, whitespace/invisible-only
// text, amounts (two decimals, ceiling per currency), the idempotent repeat of a conversion for
// every accepted amount, and the machine-readable claim refusal. Every refusal: 22023 (or the
// documented PT409) with its field, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';
import { fingerprint } from './helpers/fingerprint';

let db: TestDb;
let w: SalesWorld;
let student: string;
let payment: string;
let session: string;
let log: string;
let today: string; // in the organization's timezone (Asia/Kolkata)

type J = Record<string, Row & Record<string, unknown>>;
const INVISIBLE = ['   ', '\t\n', '\u200b', '\u00a0\u00a0', ' \u200b\t\u2060\ufeff\n '];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
const instant = (ms: number) => new Date(Date.now() + ms).toISOString();
const DAY = 86_400_000;

/** Runs a call that must be refused; returns the error after checking nothing was written. */
async function refused(user: string, fn: string, args: Record<string, unknown>) {
  const before = await fingerprint(db);
  const e = await pgError(rpcAs(db, user, fn, args));
  expect(await fingerprint(db)).toBe(before);
  return e;
}

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  today = String((await db.query(`select private.org_today($1)::text d`, [w.org])).rows[0]!.d);
  const appt = (await appointment(db, w.org, w.closer)).id;
  const conv = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(appt, w.batch))) as J;
  student = String(conv.student!.id);
  const pay = (await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: student, p_amount: '100', p_paid_on: today })) as J;
  payment = String(pay.payment!.id);
  session = String(((await rpcAs(db, w.member, 'start_chat_session', { p_organization_id: w.org, p_pillar: 'legal' })) as Row).id);
  log = String(((await rpcAs(db, w.member, 'request_phone_call', { p_chat_session_id: session })) as J).call_log!.id);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('payment dates: not in the future, not before 1 January of the batch year minus one', () => {
  const floor = () => `${Number(today.slice(0, 4)) - 1}-01-01`;

  it('refuses tomorrow (organization timezone) for a new and an edited payment', async () => {
    for (const [fn, id] of [['record_payment', 'p_cohort_student_id'], ['update_payment', 'p_payment_id']] as const) {
      const e = await refused(w.closer, fn, { [id]: fn === 'record_payment' ? student : payment, p_amount: '10', p_paid_on: addDays(today, 1) });
      expect(e).toMatchObject({ code: '22023', hint: 'field:paid_on' });
      expect(e.message).toMatch(/future/);
    }
  });

  it('refuses the day before the floor and accepts the floor and today', async () => {
    const e = await refused(w.closer, 'record_payment', { p_cohort_student_id: student, p_amount: '10', p_paid_on: addDays(floor(), -1) });
    expect(e).toMatchObject({ code: '22023', hint: 'field:paid_on' });
    expect(e.message).toContain(floor());
    expect(await refused(w.closer, 'update_payment', { p_payment_id: payment, p_amount: '100', p_paid_on: '1999-12-31' })).toMatchObject({ hint: 'field:paid_on' });
    await rpcAs(db, w.closer, 'update_payment', { p_payment_id: payment, p_amount: '100', p_paid_on: floor() });
    await rpcAs(db, w.closer, 'update_payment', { p_payment_id: payment, p_amount: '100', p_paid_on: today });
  });

  it('takes the floor from the batch start date when it has one', async () => {
    await db.query(`update public.cohort_batches set start_date = '2030-03-01' where id = $1`, [w.batch2]);
    try {
      expect(String((await db.query(`select private.payment_date_floor($1)::text f`, [w.batch2])).rows[0]!.f)).toBe('2029-01-01');
    } finally {
      await db.query(`update public.cohort_batches set start_date = null where id = $1`, [w.batch2]);
    }
  });
});

describe('follow-ups, reschedules and bookings: not in the past, at most two years ahead', () => {
  it('refuses a follow-up date of yesterday or past two years in a conversion and a status update', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    for (const bad of [addDays(today, -1), addDays(addYears(today, 2), 1)]) {
      expect(await refused(w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_next_follow_up_date: bad }))).toMatchObject({
        code: '22023',
        hint: 'field:next_follow_up_date',
      });
      expect(
        await refused(w.closer, 'update_call_appointment_status', { p_appointment_id: a, p_status: 'no_show', p_remarks: 'x', p_next_follow_up_date: bad }),
      ).toMatchObject({ code: '22023', hint: 'field:next_follow_up_date' });
    }
    await rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a, p_status: 'no_show', p_remarks: 'x', p_next_follow_up_date: addYears(today, 2) });
  });

  it('keeps a stored follow-up date that is now in the past when it is sent again unchanged', async () => {
    const a = (await appointment(db, w.org, w.closer, { next_follow_up_date: '2026-01-05' })).id;
    const r = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_next_follow_up_date: '2026-01-05' }))) as J;
    expect(r.appointment!.next_follow_up_date).toBe('2026-01-05');
    const before = await fingerprint(db);
    await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_next_follow_up_date: '2026-01-05' }));
    expect(await fingerprint(db)).toBe(before);
  });

  it('refuses a reschedule to yesterday or past two years, accepts today', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    for (const bad of [addDays(today, -1), addDays(addYears(today, 2), 1)]) {
      const e = await refused(w.closer, 'update_call_appointment_status', { p_appointment_id: a, p_status: 'reschedule', p_remarks: 'x', p_rescheduled_date: bad });
      expect(e).toMatchObject({ code: '22023', hint: 'field:rescheduled_date' });
    }
    const r = (await rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a, p_status: 'reschedule', p_remarks: 'x', p_rescheduled_date: today })) as Row;
    expect(r.scheduled_date).toBe(today);
  });

  it('refuses a reschedule to an earlier time today', async () => {
    const now = String((await db.query(`select to_char(now() at time zone 'Asia/Kolkata', 'HH24:MI') t`)).rows[0]!.t);
    if (now < '00:02') return; // nothing earlier today to try
    const a = (await appointment(db, w.org, w.closer)).id;
    const e = await refused(w.closer, 'update_call_appointment_status', {
      p_appointment_id: a, p_status: 'reschedule', p_remarks: 'x', p_rescheduled_date: today, p_rescheduled_time: '00:00',
    });
    expect(e).toMatchObject({ code: '22023', hint: 'field:rescheduled_time' });
  });

  it('refuses a booking or a call follow-up in the past or more than two years ahead', async () => {
    for (const bad of [instant(-60_000), instant(2 * 366 * DAY)]) {
      expect(await refused(w.specialist, 'complete_call_request', { p_call_log_id: log, p_outcome: 'session_booked', p_notes: 'Booked', p_booking_date: bad })).toMatchObject({
        code: '22023',
        hint: 'field:booking_date',
      });
      expect(await refused(w.specialist, 'schedule_call_follow_up', { p_call_log_id: log, p_scheduled_for: bad })).toMatchObject({
        code: '22023',
        hint: 'field:scheduled_for',
      });
    }
    await rpcAs(db, w.specialist, 'schedule_call_follow_up', { p_call_log_id: log, p_scheduled_for: instant(700 * DAY) });
  });
});

describe('required text made of whitespace or invisible characters counts as empty', () => {
  it.each(INVISIBLE)('refuses %j as remarks, refund reason, chat message, call notes and cohort name', async (blank) => {
    const a = (await appointment(db, w.org, w.closer)).id;
    expect(await refused(w.closer, 'update_call_appointment_status', { p_appointment_id: a, p_status: 'not_converted', p_remarks: blank })).toMatchObject({ hint: 'field:remarks' });
    expect(await refused(w.admin, 'refund_cohort_student', { p_cohort_student_id: student, p_reason: blank })).toMatchObject({ hint: 'field:reason' });
    expect(await refused(w.member, 'send_chat_message', { p_chat_session_id: session, p_content: blank })).toMatchObject({ code: '22023', hint: 'field:content' });
    expect(await refused(w.specialist, 'complete_call_request', { p_call_log_id: log, p_outcome: 'escalated', p_notes: blank })).toMatchObject({ code: '22023', hint: 'field:notes' });
    expect(await refused(w.admin, 'save_cohort_type', { p_organization_id: w.org, p_name: blank })).toMatchObject({ code: '22023', hint: 'field:name' });
  });

  it('stores optional invisible-only text as nothing and trims invisible ends', async () => {
    const r = (await rpcAs(db, w.admin, 'set_cohort_student_notes', { p_cohort_student_id: student, p_notes: '\u200b \n' })) as J;
    expect(r.student!.notes).toBeNull();
    const m = (await rpcAs(db, w.member, 'send_chat_message', { p_chat_session_id: session, p_content: '\u200b Hello\u00a0\n' })) as Row;
    expect(m.content).toBe('Hello');
  });
});

describe('amounts', () => {
  it('refuses more than two decimals with 22023 and the field, never 23514 or the row', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    for (const [fn, args, field] of [
      ['convert_call_appointment', convertArgs(a, w.batch, { p_offer_amount: '1000.005' }), 'offer_amount'],
      ['convert_call_appointment', convertArgs(a, w.batch, { p_cash_received: 0.001 }), 'cash_received'],
      ['record_payment', { p_cohort_student_id: student, p_amount: '1.999', p_paid_on: today }, 'amount'],
      ['change_offer_amount', { p_cohort_student_id: student, p_new_amount: '60000.123' }, 'new_amount'],
    ] as const) {
      const user = fn === 'change_offer_amount' ? w.admin : w.closer;
      const e = await refused(user, fn, args);
      expect(e).toMatchObject({ code: '22023', hint: `field:${field}` });
      expect(e.message).not.toMatch(/row|\(/);
    }
  });

  it('refuses an INR amount above 10 crore with a clear message; 10 crore itself is accepted', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    const e = await refused(w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_offer_amount: '100000000.01' }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:offer_amount' });
    expect(e.message).toBe('The offer amount can be at most 100,000,000 INR.');
    expect(await refused(w.admin, 'change_offer_amount', { p_cohort_student_id: student, p_new_amount: '999999999' })).toMatchObject({ hint: 'field:new_amount' });
    const ok = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_offer_amount: '100000000', p_cash_received: '0' }))) as J;
    expect(Number(ok.student!.offer_amount)).toBe(100000000);
  });

  it('uses the ceiling of the organization currency (BRL)', async () => {
    await db.query(`update public.organizations set currency = 'BRL' where id = $1`, [w.org]);
    try {
      const a = (await appointment(db, w.org, w.closer)).id;
      const e = await refused(w.closer, 'convert_call_appointment', convertArgs(a, w.batch, { p_offer_amount: '5000000.01', p_cash_received: '0' }));
      expect(e.message).toBe('The offer amount can be at most 5,000,000 BRL.');
    } finally {
      await db.query(`update public.organizations set currency = 'INR' where id = $1`, [w.org]);
    }
  });

  it.each([
    ['0.1', '0.1'],
    [0.29, 0.29],
    ['99999999.99', '99999999.99'],
    [99999999.99, 0.01],
    ['12.50', '12.5'],
  ])('repeats a conversion with offer %j and cash %j as a no-op (one payment, no new version)', async (offer, cash) => {
    const a = (await appointment(db, w.org, w.closer)).id;
    const args = convertArgs(a, w.batch2, { p_offer_amount: offer, p_cash_received: cash, p_no_cost_emi: '0.07', p_gst_fees: 0.3 });
    const first = (await rpcAs(db, w.closer, 'convert_call_appointment', args)) as J;
    const before = await fingerprint(db);
    const again = (await rpcAs(db, w.closer, 'convert_call_appointment', { ...args, p_expected_version: String(first.appointment!.version) })) as J;
    expect(await fingerprint(db)).toBe(before);
    expect(again.appointment!.version).toBe(first.appointment!.version);
    const pays = await queryAs(db, w.admin, `select amount::text a from public.emi_payments where cohort_student_id = $1`, [first.student!.id]);
    expect(pays.map((p) => Number(p.a))).toEqual([Number(cash)]);
  });
});

describe('claimed by another specialist', () => {
  it('carries who and when (ISO, UTC) in the detail, with the claimed_by_other hint', async () => {
    const s = String(((await rpcAs(db, w.member, 'start_chat_session', { p_organization_id: w.org, p_pillar: 'legal' })) as Row).id);
    const l = String(((await rpcAs(db, w.member, 'request_phone_call', { p_chat_session_id: s })) as J).call_log!.id);
    const held = (await rpcAs(db, w.specialist, 'claim_call_request', { p_call_log_id: l })) as Row;
    await db.query(`insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'specialist')`, [w.org, w.admin]);
    let err: { code?: string; hint?: string; detail?: string } = {};
    try {
      await rpcAs(db, w.admin, 'claim_call_request', { p_call_log_id: l });
    } catch (e) {
      err = e as typeof err;
    }
    expect(err).toMatchObject({ code: 'PT409', hint: 'claimed_by_other' });
    const detail = JSON.parse(String(err.detail));
    expect(detail).toEqual({ claimed_by: w.specialist, claimed_by_name: 'Ana Specialist', claimed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    expect(Math.abs(Date.parse(detail.claimed_at) - Date.parse(String(held.claimed_at)))).toBeLessThan(1000);
  });
});
