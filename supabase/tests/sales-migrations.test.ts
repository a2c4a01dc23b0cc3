// Migrations on databases carried over from the earlier app: the seed-000 backfill of missing
// cohort students, and the status CHECK migration over legacy spellings.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, createOrg, createUser, pgError, type TestDb } from './helpers/db';
import { one } from './helpers/sales-fixture';

const migrations = path.resolve(__dirname, '../migrations');
const backfillSql = fs.readFileSync(path.join(migrations, '20261123080400_backfill_cohort_students.sql'), 'utf8');
const statusSql = fs.readFileSync(path.join(migrations, '20261123080300_status_constraints.sql'), 'utf8');

describe('backfill of cohort students (seed 000, part 1) on a pre-fix database', () => {
  let db: TestDb;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDb({ until: '20261123080400' });
    const org = await createOrg(db, 'Nikist');
    const closer = await createUser(db, 'Dipanshu');
    const type = await one(db, `insert into public.cohort_types (organization_id, name) values ($1, 'Insider Crypto Club') returning id`, [org]);
    ids.batch = await one(db, `insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'Batch 3', 'active') returning id`, [org, type]);
    const leadOf = async (name: string) => (ids[name] = await one(db, `insert into public.leads (organization_id, full_name) values ($1, $2) returning id`, [org, name]));
    const appt = (leadId: string, status: string, batch: string | null, extra: Record<string, unknown> = {}) => {
      const cols: Record<string, unknown> = {
        organization_id: org, lead_id: leadId, closer_id: closer, scheduled_date: '2026-02-01', status, batch_id: batch,
        offer_amount: 50000, cash_received: 20000, classes_access: 15, additional_comments: 'legacy note', created_by: closer, ...extra,
      };
      const names = Object.keys(cols);
      return one(db, `insert into public.call_appointments (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning id`, names.map((n) => cols[n]));
    };
    ids.plainAppt = await appt(await leadOf('Amit Kulkarni'), 'converted', ids.batch, { gst_fees: 9000, payment_platform: 'Razorpay' });
    const twice = await leadOf('Vijay Shetty');
    ids.olderAppt = await appt(twice, 'converted', ids.batch, { conversion_date: '2026-01-01', offer_amount: 30000 });
    ids.newerAppt = await appt(twice, 'converted_advance', ids.batch, { conversion_date: '2026-02-10', offer_amount: 35000 });
    await appt(await leadOf('Naveen S P'), 'refunded', ids.batch, { refund_reason: 'Medical' });
    await appt(await leadOf('Aswini Veerapaneni'), 'discontinued', ids.batch);
    await appt(await leadOf('Ramkrishna Sahu'), 'converted', null);
    await appt(await leadOf('Arun B Kalburgi'), 'scheduled', ids.batch);
    const has = await leadOf('Rahul Jangid');
    await appt(has, 'converted', ids.batch);
    await db.query(`insert into public.cohort_students (organization_id, cohort_batch_id, lead_id, offer_amount, cash_received, notes) values ($1, $2, $3, 99, 9, 'kept')`, [org, ids.batch, has]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const snapshot = async () =>
    (await db.query(
      `select l.full_name, cs.status, cs.offer_amount::float8 offer, cs.cash_received::float8 cash, cs.due_amount::float8 due,
              cs.conversion_date::text conv, cs.call_appointment_id, cs.notes, cs.refund_reason, cs.gst_fees::float8 gst, cs.payment_platform, cs.id
         from public.cohort_students cs join public.leads l on l.id = cs.lead_id order by l.full_name`,
    )).rows;

  it('copies every sync-set appointment with a batch that has no student, once per lead and batch, latest wins', async () => {
    await db.exec(backfillSql);
    const rows = await snapshot();
    expect(rows.map((r) => r.full_name)).toEqual(['Amit Kulkarni', 'Aswini Veerapaneni', 'Naveen S P', 'Rahul Jangid', 'Vijay Shetty']);
    const by = Object.fromEntries(rows.map((r) => [r.full_name, r]));
    expect(by['Amit Kulkarni']).toMatchObject({ status: 'active', offer: 50000, cash: 20000, due: 30000, conv: '2026-02-01', notes: 'legacy note', gst: 9000, payment_platform: 'Razorpay', call_appointment_id: ids.plainAppt });
    expect(by['Vijay Shetty']).toMatchObject({ status: 'active', offer: 35000, conv: '2026-02-10', call_appointment_id: ids.newerAppt });
    expect(by['Naveen S P']).toMatchObject({ status: 'refunded', refund_reason: 'Medical' });
    expect(by['Aswini Veerapaneni']).toMatchObject({ status: 'discontinued' });
    expect(by['Rahul Jangid']).toMatchObject({ offer: 99, cash: 9, notes: 'kept' });
  });

  it('a second run inserts nothing and changes nothing', async () => {
    const before = await snapshot();
    await db.exec(backfillSql);
    expect(await snapshot()).toEqual(before);
  });
});

describe('status CHECK migration (080300) on a database holding legacy values', () => {
  let db: TestDb;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDb({ until: '20261123080300' });
    const org = await createOrg(db, 'Vitalis');
    const user = await createUser(db, 'Maria');
    const leadId = await one(db, `insert into public.leads (organization_id, full_name) values ($1, 'Lead') returning id`, [org]);
    const appt = (status: string) => one(db, `insert into public.call_appointments (organization_id, lead_id, scheduled_date, status) values ($1, $2, '2026-02-01', $3) returning id`, [org, leadId, status]);
    ids.rescheduled = await appt('Rescheduled');
    ids.noShow = await appt('No-Show');
    ids.converted = await appt('Converted Beginner');
    ids.chat = await one(db, `insert into public.chat_sessions (organization_id, user_id, status, pillar) values ($1, $2, 'escalated', 'Psicológico') returning id`, [org, user]);
    ids.chat2 = await one(db, `insert into public.chat_sessions (organization_id, user_id, status, pillar) values ($1, $2, 'Active', 'Jurídico') returning id`, [org, user]);
    ids.bad = await appt('maybe later');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const hasConstraint = async () =>
    (await db.query(`select count(*)::int n from pg_constraint where conname = 'call_appointments_status_check'`)).rows[0]!.n;

  it('stops on an unmappable value naming the row, and changes nothing', async () => {
    const e = await pgError(db.transaction((tx) => tx.exec(statusSql)));
    expect(e.message).toContain(ids.bad);
    expect(e.message).toContain('maybe_later'); // reported after the spelling normalization of step 1
    const r = await db.query(`select status from public.call_appointments where id = $1`, [ids.rescheduled]);
    expect(r.rows[0]!.status).toBe('Rescheduled');
    const c = await db.query(`select status, pillar from public.chat_sessions where id = $1`, [ids.chat]);
    expect(c.rows[0]).toEqual({ status: 'escalated', pillar: 'Psicológico' });
    expect(await hasConstraint()).toBe(0);
  });

  it('normalizes legacy spellings and validates the constraints once the data is mappable', async () => {
    await db.query(`update public.call_appointments set status = 'pending' where id = $1`, [ids.bad]);
    await db.transaction((tx) => tx.exec(statusSql));
    const st = async (id: string) => (await db.query(`select status from public.call_appointments where id = $1`, [id])).rows[0]!.status;
    expect(await st(ids.rescheduled!)).toBe('reschedule');
    expect(await st(ids.noShow!)).toBe('no_show');
    expect(await st(ids.converted!)).toBe('converted_beginner');
    const c = await db.query(`select id, status, pillar from public.chat_sessions order by status`);
    expect(c.rows).toEqual([
      { id: ids.chat2, status: 'active', pillar: 'legal' },
      { id: ids.chat, status: 'phone_escalated', pillar: 'psychological' },
    ]);
    const v = await db.query(`select bool_and(convalidated) ok, count(*)::int n from pg_constraint where conname like '%status_check' or conname like '%pillar_check'`);
    expect(v.rows[0]).toMatchObject({ ok: true });
    expect(v.rows[0]!.n).toBeGreaterThanOrEqual(6);
    const bad = await pgError(db.query(`update public.call_appointments set status = 'Rescheduled' where id = $1`, [ids.rescheduled]));
    expect(bad.code).toBe('23514');
  });
});
