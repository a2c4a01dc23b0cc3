// Status history of call appointments: every path writes it (functions, triggers, an owner's
// direct SQL), and it is read by exactly those who read the appointment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const history = (user: string, id: string) =>
  queryAs(db, user, `select * from public.list_call_status_history($1)`, [id]) as Promise<Row[]>;
const ownerRows = async (id: string) =>
  (await db.query(`select * from public.call_appointment_history where call_appointment_id = $1 order by id`, [id])).rows;

describe('call_appointment_history: every path records', () => {
  it('records the creation, a status update through the function, a conversion and a direct UPDATE as owner; not a payment', async () => {
    const a = await appointment(db, w.org, w.closer);
    let rows = await ownerRows(a.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ old_status: null, new_status: 'scheduled', source: 'database', changed_by: null });

    // A reschedule is never in the past (issue 8): a date 30 days ahead.
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await rpcAs(db, w.closer, 'update_call_appointment_status', {
      p_appointment_id: a.id,
      p_status: 'reschedule',
      p_remarks: 'Asked to call next week',
      p_rescheduled_date: ahead,
      p_rescheduled_time: '11:30',
    });
    rows = await ownerRows(a.id);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ old_status: 'scheduled', new_status: 'reschedule', source: 'app', changed_by: w.closer, remarks: 'Asked to call next week' });
    expect(rows[1]!.changes).toEqual({
      scheduled_date: { from: '2026-02-03', to: ahead },
      scheduled_time: { from: null, to: '11:30:00' },
    });

    const c = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(a.id, w.batch))) as J;
    rows = await ownerRows(a.id);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ old_status: 'reschedule', new_status: 'converted', changed_by: w.admin, source: 'app' });
    expect(rows[2]!.changes).toMatchObject({ batch_id: { from: null, to: w.batch } });

    // A payment moves cash_received of the appointment through the ledger trigger: no status change.
    await rpcAs(db, w.admin, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1000, p_paid_on: '2026-03-01' });
    expect(await ownerRows(a.id)).toHaveLength(3);

    // The owner's SQL, no signed-in user.
    await db.query(`update public.call_appointments set status = 'refunded', refund_reason = 'Changed mind' where id = $1`, [a.id]);
    rows = await ownerRows(a.id);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({ old_status: 'converted', new_status: 'refunded', source: 'database', changed_by: null });
    expect(rows[3]!.changes).toMatchObject({ refund_reason: { from: null, to: 'Changed mind' } });

    // A refund through the cohort function (it writes the appointment through the student's trigger path).
    const b = await appointment(db, w.org, w.closer);
    const cb = (await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(b.id, w.batch))) as J;
    await rpcAs(db, w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: cb.student.id, p_reason: 'Moved abroad' });
    const rb = await ownerRows(b.id);
    expect(rb.map((r) => r.new_status)).toEqual(['scheduled', 'converted', 'refunded']);
    expect(rb[2]).toMatchObject({ changed_by: w.cohortManager, source: 'app' });
  });

  it('a write that changes nothing tracked (idempotent repeat, comments only) adds no row', async () => {
    const a = await appointment(db, w.org, w.closer);
    const args = { p_appointment_id: a.id, p_status: 'no_show', p_remarks: 'No answer' };
    await rpcAs(db, w.closer, 'update_call_appointment_status', args);
    await rpcAs(db, w.closer, 'update_call_appointment_status', args);
    await db.query(`update public.call_appointments set additional_comments = 'edited' where id = $1`, [a.id]);
    expect((await ownerRows(a.id)).map((r) => r.new_status)).toEqual(['scheduled', 'no_show']);
  });

  it('a reassignment to another closer is recorded as a closer change', async () => {
    const a = await appointment(db, w.org, w.closer);
    await db.query(`update public.call_appointments set closer_id = $2 where id = $1`, [a.id, w.closer2]);
    const rows = await ownerRows(a.id);
    expect(rows[1]!.changes).toEqual({ closer_id: { from: w.closer, to: w.closer2 } });
    expect(rows[1]).toMatchObject({ old_status: 'scheduled', new_status: 'scheduled' });
  });
});

describe('list_call_status_history and RLS', () => {
  let mine: string;
  let theirs: string;
  let foreign: string;
  beforeAll(async () => {
    mine = (await appointment(db, w.org, w.closer)).id;
    await rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: mine, p_status: 'no_show', p_remarks: 'No answer' });
    theirs = (await appointment(db, w.org, w.closer2)).id;
    foreign = (await appointment(db, w.otherOrg, w.otherAdmin)).id;
  });

  it('returns newest first with the name of who changed it and total_count', async () => {
    const rows = await history(w.closer, mine);
    expect(rows.map((r) => [r.old_status, r.new_status])).toEqual([
      ['scheduled', 'no_show'],
      [null, 'scheduled'],
    ]);
    expect(rows[0]).toMatchObject({ changed_by: w.closer, changed_by_name: 'Dipanshu', remarks: 'No answer', source: 'app' });
    expect(Number(rows[0]!.total_count)).toBe(2);
    const page = await queryAs(db, w.admin, `select new_status from public.list_call_status_history($1, p_limit => '1', p_offset => '1')`, [mine]);
    expect(page).toEqual([{ new_status: 'scheduled' }]);
  });

  it('admin and manager read every call of their organization; the closer only their own', async () => {
    for (const u of [w.admin, w.manager]) {
      expect((await history(u, mine)).length).toBe(2);
      expect((await history(u, theirs)).length).toBe(1);
    }
    expect(await history(w.closer, theirs)).toEqual([]);
    expect((await history(w.closer2, theirs)).length).toBe(1);
    expect(await history(w.closer2, mine)).toEqual([]);
  });

  it('another organization, a cohort manager, a specialist and a member read nothing; anon is refused', async () => {
    for (const u of [w.otherAdmin, w.cohortManager, w.specialist, w.member]) {
      expect(await history(u, mine)).toEqual([]);
      expect(await queryAs(db, u, `select id from public.call_appointment_history where organization_id = $1`, [w.org])).toEqual([]);
    }
    expect(await history(w.admin, foreign)).toEqual([]);
    expect((await pgError(queryAs(db, null, `select * from public.list_call_status_history($1)`, [mine]))).code).toBe('42501');
    expect((await pgError(queryAs(db, null, `select * from public.call_appointment_history`))).code).toBe('42501');
  });

  it('follows a reassignment: the new closer reads the whole history, the old one nothing', async () => {
    const a = (await appointment(db, w.org, w.closer)).id;
    await db.query(`update public.call_appointments set closer_id = $2 where id = $1`, [a, w.closer2]);
    expect((await history(w.closer2, a)).length).toBe(2);
    expect(await history(w.closer, a)).toEqual([]);
  });

  it('nobody writes the table directly', async () => {
    for (const u of [w.admin, w.closer]) {
      const e = await pgError(
        queryAs(db, u, `insert into public.call_appointment_history (organization_id, call_appointment_id, source, new_status) values ($1, $2, 'app', 'converted')`, [w.org, mine]),
      );
      expect(e.code).toBe('42501');
      expect((await pgError(queryAs(db, u, `delete from public.call_appointment_history where call_appointment_id = $1`, [mine]))).code).toBe('42501');
    }
  });

  it('refuses a malformed id with 22023 field:appointment_id', async () => {
    expect(await pgError(history(w.admin, 'not-a-uuid'))).toMatchObject({ code: '22023', hint: 'field:appointment_id' });
    expect(await pgError(queryAs(db, w.admin, `select * from public.list_call_status_history($1, p_limit => 'ten')`, [mine]))).toMatchObject({
      code: '22023',
      hint: 'field:limit',
    });
  });
});
