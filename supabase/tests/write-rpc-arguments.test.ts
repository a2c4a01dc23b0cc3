// Every public write function takes uuid/date/time/number arguments as text: a malformed value is
// refused with 22023 and `hint field:<argument>` (never a raw 22P02/22007/22008/22003), and
// nothing is written. Also: no public security definer function declares such a parameter type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, rpcAs, type Row, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';
import { fingerprint } from './helpers/fingerprint';

let db: TestDb;
let w: SalesWorld;
let appt: string;
let student: string;
let payment: string;
let session: string;
let log: string;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  appt = (await appointment(db, w.org, w.closer)).id;
  const conv = (await rpcAs(db, w.closer, 'convert_call_appointment', convertArgs(appt, w.batch))) as { student: Row };
  student = String(conv.student.id);
  const pay = (await rpcAs(db, w.closer, 'record_payment', { p_cohort_student_id: student, p_amount: '100', p_paid_on: '2026-11-01' })) as { payment: Row };
  payment = String(pay.payment.id);
  session = String(((await rpcAs(db, w.member, 'start_chat_session', { p_organization_id: w.org, p_pillar: 'legal' })) as Row).id);
  log = String(((await rpcAs(db, w.member, 'request_phone_call', { p_chat_session_id: session })) as { call_log: Row }).call_log.id);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

type Case = [fn: string, user: () => string, args: () => Record<string, unknown>, field: string];
const future = () => new Date(Date.now() + 2 * 86_400_000).toISOString();

const CASES: Case[] = [
  ['convert_call_appointment', () => w.closer, () => convertArgs('not-a-uuid', w.batch), 'appointment_id'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, 'b3'), 'batch_id'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_classes_access: '1.5' }), 'classes_access'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_offer_amount: '5e4' }), 'offer_amount'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_cash_received: 'lots' }), 'cash_received'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_gst_fees: '1234567890123456789' }), 'gst_fees'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_next_follow_up_date: '2026-02-30' }), 'next_follow_up_date'],
  ['convert_call_appointment', () => w.closer, () => convertArgs(appt, w.batch, { p_expected_version: 'v2' }), 'expected_version'],
  ['update_call_appointment_status', () => w.closer, () => ({ p_appointment_id: '', p_status: 'no_show', p_remarks: 'x' }), 'appointment_id'],
  ['update_call_appointment_status', () => w.closer, () => ({ p_appointment_id: appt, p_status: 'reschedule', p_remarks: 'x', p_rescheduled_date: 'infinity' }), 'rescheduled_date'],
  ['update_call_appointment_status', () => w.closer, () => ({ p_appointment_id: appt, p_status: 'reschedule', p_remarks: 'x', p_rescheduled_date: '2027-01-05', p_rescheduled_time: '25:00' }), 'rescheduled_time'],
  ['update_call_appointment_status', () => w.closer, () => ({ p_appointment_id: appt, p_status: 'no_show', p_remarks: 'x', p_next_follow_up_date: '12027-01-01' }), 'next_follow_up_date'],
  ['record_payment', () => w.closer, () => ({ p_cohort_student_id: student, p_amount: '1,000', p_paid_on: '2026-11-01' }), 'amount'],
  ['record_payment', () => w.closer, () => ({ p_cohort_student_id: student, p_amount: '10', p_paid_on: '2026-11-01 BC' }), 'paid_on'],
  ['record_payment', () => w.closer, () => ({ p_cohort_student_id: 'x', p_amount: '10', p_paid_on: '2026-11-01' }), 'cohort_student_id'],
  ['update_payment', () => w.closer, () => ({ p_payment_id: payment, p_amount: 'NaN', p_paid_on: '2026-11-01' }), 'amount'],
  ['update_payment', () => w.closer, () => ({ p_payment_id: payment, p_amount: '10', p_paid_on: 'epoch' }), 'paid_on'],
  ['delete_payment', () => w.closer, () => ({ p_payment_id: '123' }), 'payment_id'],
  ['change_offer_amount', () => w.admin, () => ({ p_cohort_student_id: student, p_new_amount: 'Infinity' }), 'new_amount'],
  ['refund_cohort_student', () => w.admin, () => ({ p_cohort_student_id: 'zzz', p_reason: 'x' }), 'cohort_student_id'],
  ['discontinue_cohort_student', () => w.admin, () => ({ p_cohort_student_id: 'zzz', p_reason: 'x' }), 'cohort_student_id'],
  ['move_cohort_student', () => w.admin, () => ({ p_cohort_student_id: student, p_to_batch_id: 'nope' }), 'to_batch_id'],
  ['move_cohort_student', () => w.admin, () => ({ p_cohort_student_id: student, p_to_batch_id: w.batch2, p_classes_access: '99999999999' }), 'classes_access'],
  ['set_cohort_student_notes', () => w.admin, () => ({ p_cohort_student_id: '1', p_notes: 'x' }), 'cohort_student_id'],
  ['save_cohort_type', () => w.admin, () => ({ p_organization_id: 'org', p_name: 'New' }), 'organization_id'],
  ['save_cohort_type', () => w.admin, () => ({ p_organization_id: w.org, p_name: 'New', p_id: 'x' }), 'id'],
  ['save_cohort_batch', () => w.admin, () => ({ p_organization_id: w.org, p_cohort_type_id: w.type, p_name: 'B9', p_status: 'planned', p_start_date: '2026-13-01' }), 'start_date'],
  ['save_cohort_batch', () => w.admin, () => ({ p_organization_id: w.org, p_cohort_type_id: w.type, p_name: 'B9', p_status: 'planned', p_end_date: '-infinity' }), 'end_date'],
  ['save_cohort_batch', () => w.admin, () => ({ p_organization_id: w.org, p_cohort_type_id: 'x', p_name: 'B9', p_status: 'planned' }), 'cohort_type_id'],
  ['start_chat_session', () => w.member, () => ({ p_organization_id: 'nikist', p_pillar: 'legal' }), 'organization_id'],
  ['send_chat_message', () => w.member, () => ({ p_chat_session_id: 's', p_content: 'hi' }), 'chat_session_id'],
  ['request_phone_call', () => w.member, () => ({ p_chat_session_id: 's' }), 'chat_session_id'],
  ['claim_call_request', () => w.specialist, () => ({ p_call_log_id: 'l' }), 'call_log_id'],
  ['release_call_request', () => w.specialist, () => ({ p_call_log_id: 'l' }), 'call_log_id'],
  ['complete_call_request', () => w.specialist, () => ({ p_call_log_id: 'l', p_outcome: 'escalated', p_notes: 'x' }), 'call_log_id'],
  ['complete_call_request', () => w.specialist, () => ({ p_call_log_id: log, p_outcome: 'session_booked', p_notes: 'x', p_booking_date: 'infinity' }), 'booking_date'],
  ['mark_call_missed', () => w.specialist, () => ({ p_call_log_id: 'l' }), 'call_log_id'],
  ['schedule_call_follow_up', () => w.specialist, () => ({ p_call_log_id: log, p_scheduled_for: '2026-12-02T10:00:00' }), 'scheduled_for'],
  ['schedule_call_follow_up', () => w.specialist, () => ({ p_call_log_id: 'l', p_scheduled_for: future() }), 'call_log_id'],
];

describe('malformed uuid, date, time and number arguments', () => {
  it.each(CASES)('%s refuses a bad value of its argument (field:%3$s) with 22023 and writes nothing', async (fn, user, args, field) => {
    const before = await fingerprint(db);
    const e = await pgError(rpcAs(db, user(), fn, args()));
    expect(e, JSON.stringify(args())).toMatchObject({ code: '22023', hint: `field:${field}` });
    expect(await fingerprint(db)).toBe(before);
  });

  it('every write function of docs/api.md is covered by a case above', () => {
    const writes = [
      'convert_call_appointment', 'update_call_appointment_status', 'record_payment', 'update_payment', 'delete_payment',
      'change_offer_amount', 'refund_cohort_student', 'discontinue_cohort_student', 'move_cohort_student',
      'set_cohort_student_notes', 'save_cohort_type', 'save_cohort_batch', 'start_chat_session', 'send_chat_message',
      'request_phone_call', 'claim_call_request', 'release_call_request', 'complete_call_request', 'mark_call_missed',
      'schedule_call_follow_up',
    ];
    expect([...new Set(CASES.map((c) => c[0]))].sort()).toEqual(writes.sort());
  });

  it('no public security definer function declares a uuid, date, time, timestamp or number parameter', async () => {
    const r = await db.query(
      `select p.oid::regprocedure::text as fn
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.prosecdef
         and exists (select 1 from unnest(p.proargtypes::oid[]) t
                     where t in ('uuid'::regtype, 'date'::regtype, 'time'::regtype, 'timestamptz'::regtype, 'timestamp'::regtype,
                                 'numeric'::regtype, 'int2'::regtype, 'int4'::regtype, 'int8'::regtype, 'float8'::regtype))`,
    );
    expect(r.rows.map((x) => x.fn)).toEqual([]);
  });

  it('the implementations behind the wrappers cannot be called directly', async () => {
    const r = await db.query(
      `select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'private' and p.proname like '%\\_impl' and has_function_privilege('authenticated', p.oid, 'execute')`,
    );
    expect(r.rows).toEqual([]);
  });

  it('well-formed text arguments still work: numbers as JSON numbers or strings', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    const r = (await rpcAs(db, w.closer, 'convert_call_appointment', { ...convertArgs(a, w.batch), p_offer_amount: 1000.5, p_cash_received: '0.10', p_classes_access: '15' })) as { student: Row };
    expect(Number(r.student.offer_amount)).toBe(1000.5);
    expect(Number(r.student.cash_received)).toBe(0.1);
  });
});
