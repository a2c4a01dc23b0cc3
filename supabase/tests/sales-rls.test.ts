// Row-level security of the sales tables, per role (basejump style): what each role reads,
// that direct writes are refused for everyone signed in, and that cross-tenant calls are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, rpcAs, queryAs, pgError, type TestDb } from './helpers/db';
import { salesWorld, appointment, convertArgs, lead, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;
// Rows of the main organization, by owner.
const mine: Record<string, string[]> = {};
const theirs: Record<string, string[]> = {};
const other: Record<string, string[]> = {};
let allOrg: Record<string, string[]> = {};
let student1: string;
let unrosteredLead: string;
let otherOrgRosteredLead: string;
let appt1: string;

const TABLES = ['leads', 'call_appointments', 'cohort_types', 'cohort_batches', 'cohort_students', 'emi_payments', 'offer_amount_history', 'cohort_student_moves'] as const;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  // One conversion per closer, each with a payment, an offer change and a move; one in the other org.
  const convertFor = async (closer: string, org: string, batch: string, batch2: string, admin: string) => {
    const a = await appointment(db, org, closer);
    const c = (await rpcAs(db, admin, 'convert_call_appointment', convertArgs(a.id, batch))) as J;
    const p = (await rpcAs(db, admin, 'record_payment', { p_cohort_student_id: c.student.id, p_amount: 1000, p_paid_on: '2026-03-01' })) as J;
    await rpcAs(db, admin, 'change_offer_amount', { p_cohort_student_id: c.student.id, p_new_amount: 48000, p_reason: 'discount' });
    await rpcAs(db, admin, 'move_cohort_student', { p_cohort_student_id: c.student.id, p_to_batch_id: batch2 });
    const h = await db.query(`select id from public.offer_amount_history where cohort_student_id = $1`, [c.student.id]);
    const m = await db.query(`select id from public.cohort_student_moves where cohort_student_id = $1`, [c.student.id]);
    return {
      leads: [a.lead], call_appointments: [a.id], cohort_students: [c.student.id], emi_payments: (await db.query(`select id from public.emi_payments where cohort_student_id = $1`, [c.student.id])).rows.map((r) => String(r.id)),
      offer_amount_history: h.rows.map((r) => String(r.id)), cohort_student_moves: m.rows.map((r) => String(r.id)), payment: p.payment.id,
    } as Record<string, any>;
  };
  const m = await convertFor(w.closer, w.org, w.batch, w.batch2, w.admin);
  const t = await convertFor(w.closer2, w.org, w.batch, w.batch2, w.admin);
  const otherBatch2 = (await db.query(`insert into public.cohort_batches (organization_id, cohort_type_id, name, status) select organization_id, cohort_type_id, 'Other Batch 2', 'active' from public.cohort_batches where id = $1 returning id`, [w.otherBatch])).rows[0]!.id as string;
  const o = await convertFor(w.otherAdmin, w.otherOrg, w.otherBatch, otherBatch2, w.otherAdmin);
  // A lead of the organization on no batch roster (never converted).
  unrosteredLead = await lead(db, w.org, 'Not Yet Enrolled');
  otherOrgRosteredLead = o.leads[0];
  student1 = m.cohort_students[0];
  appt1 = m.call_appointments[0];
  for (const tb of TABLES) {
    mine[tb] = m[tb] ?? [];
    theirs[tb] = t[tb] ?? [];
    other[tb] = o[tb] ?? [];
  }
  allOrg = {};
  for (const tb of TABLES) {
    allOrg[tb] = (await db.query(`select id from public.${tb} where organization_id = $1`, [w.org])).rows.map((r) => String(r.id));
  }
}, 60_000);
afterAll(async () => {
  await db?.close();
});

async function visible(user: string, table: string): Promise<string[]> {
  return (await queryAs(db, user, `select id from public.${table}`)).map((r) => String(r.id)).sort();
}
const sorted = (a: string[]) => [...a].sort();

describe('sales tables: select per role', () => {
  const fullFor: Record<string, string[]> = {
    admin: [...TABLES],
    manager: [...TABLES],
    cohortManager: ['leads', 'cohort_types', 'cohort_batches', 'cohort_students', 'emi_payments', 'offer_amount_history', 'cohort_student_moves'],
    closer: ['cohort_types', 'cohort_batches'],
  };
  for (const table of TABLES) {
    it(`${table}: admin and manager read every row of their organization and none of another`, async () => {
      for (const u of [w.admin, w.manager]) {
        const seen = await visible(u, table);
        expect(seen).toEqual(sorted(allOrg[table]!));
        for (const id of other[table]!) expect(seen).not.toContain(id);
      }
      expect(fullFor.admin).toContain(table);
    });

    it(`${table}: cohort manager reads ${table === 'leads' ? 'only the leads on the batch rosters of their organization' : fullFor.cohortManager!.includes(table) ? 'every row' : 'nothing'}`, async () => {
      const seen = await visible(w.cohortManager, table);
      if (table === 'leads') {
        // Leads only through the batch rosters of their organization.
        expect(seen).toEqual(sorted([...mine.leads!, ...theirs.leads!]));
        expect(allOrg.leads).toContain(unrosteredLead);
        expect(seen).not.toContain(unrosteredLead);
        expect(seen).not.toContain(otherOrgRosteredLead);
      } else expect(seen).toEqual(fullFor.cohortManager!.includes(table) ? sorted(allOrg[table]!) : []);
    });

    it(`${table}: a closer reads ${fullFor.closer!.includes(table) ? 'every row' : 'only their own rows, not another closer\'s'}`, async () => {
      const seen = await visible(w.closer, table);
      if (fullFor.closer!.includes(table)) {
        expect(seen).toEqual(sorted(allOrg[table]!));
      } else {
        expect(mine[table]!.length).toBeGreaterThan(0);
        expect(seen).toEqual(sorted(mine[table]!));
        for (const id of theirs[table]!) expect(seen).not.toContain(id);
      }
    });

    it(`${table}: specialist and member read nothing; another organization's admin reads none of these rows`, async () => {
      expect(await visible(w.specialist, table)).toEqual([]);
      expect(await visible(w.member, table)).toEqual([]);
      const seen = await visible(w.otherAdmin, table);
      for (const id of allOrg[table]!) expect(seen).not.toContain(id);
      if (other[table]!.length) expect(seen).toEqual(expect.arrayContaining(other[table]!));
    });

    it(`${table}: anon is refused`, async () => {
      expect((await pgError(queryAs(db, null, `select id from public.${table}`))).code).toBe('42501');
    });

    it(`${table}: direct insert, update and delete by an authenticated admin are refused (42501)`, async () => {
      const id = allOrg[table]![0]!;
      expect((await pgError(queryAs(db, w.admin, `insert into public.${table} (id) values (gen_random_uuid())`))).code).toBe('42501');
      expect((await pgError(queryAs(db, w.admin, `update public.${table} set id = id where id = $1`, [id]))).code).toBe('42501');
      expect((await pgError(queryAs(db, w.admin, `delete from public.${table} where id = $1`, [id]))).code).toBe('42501');
      const still = await db.query(`select count(*)::int n from public.${table} where id = $1`, [id]);
      expect(still.rows[0]!.n).toBe(1);
    });
  }
});

describe('sales functions across tenants', () => {
  it('refuses every write on another organization\'s rows (PT404) and changes nothing', async () => {
    const before = await db.query(`select version, cash_received::text c from public.call_appointments where id = $1`, [appt1]);
    const calls: [string, Record<string, unknown>][] = [
      ['convert_call_appointment', convertArgs(appt1, w.otherBatch)],
      ['update_call_appointment_status', { p_appointment_id: appt1, p_status: 'refunded', p_remarks: 'x', p_refund_reason: 'x' }],
      ['record_payment', { p_cohort_student_id: student1, p_amount: 1, p_paid_on: '2026-03-01' }],
      ['update_payment', { p_payment_id: mine.emi_payments![0], p_amount: 1, p_paid_on: '2026-03-01' }],
      ['delete_payment', { p_payment_id: mine.emi_payments![0] }],
      ['change_offer_amount', { p_cohort_student_id: student1, p_new_amount: 47000 }],
      ['refund_cohort_student', { p_cohort_student_id: student1, p_reason: 'x' }],
      ['discontinue_cohort_student', { p_cohort_student_id: student1, p_reason: 'x' }],
      ['move_cohort_student', { p_cohort_student_id: student1, p_to_batch_id: w.batch }],
      ['set_cohort_student_notes', { p_cohort_student_id: student1, p_notes: 'x' }],
      ['save_cohort_type', { p_organization_id: w.org, p_name: 'Hijack' }],
      ['save_cohort_batch', { p_organization_id: w.org, p_cohort_type_id: w.type, p_name: 'Hijack', p_status: 'active' }],
      ['refund_cohort_student', { p_cohort_student_id: student1, p_reason: 'x', p_amount: '1', p_refunded_on: '2026-03-01' }],
      ['add_cohort_student', { p_batch_id: w.batch, p_full_name: 'Hijack', p_email: 'hijack@example.com', p_offer_amount: '1' }],
    ];
    for (const [fn, args] of calls) {
      const e = await pgError(rpcAs(db, w.otherAdmin, fn, args));
      expect({ fn, code: e.code, hint: e.hint }).toEqual({ fn, code: 'PT404', hint: 'not_found' });
    }
    expect((await db.query(`select version, cash_received::text c from public.call_appointments where id = $1`, [appt1])).rows).toEqual(before.rows);
  });

  it('cross-tenant reads return nothing', async () => {
    expect(await queryAs(db, w.otherAdmin, `select * from public.closer_summary($1)`, [w.org])).toEqual([]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.list_closer_calls($1, null)`, [w.org])).toEqual([]);
    expect(await queryAs(db, w.otherAdmin, `select * from public.list_batch_roster($1)`, [w.batch2])).toEqual([]);
  });

  it('anon may not execute the sales functions', async () => {
    expect((await pgError(rpcAs(db, null, 'record_payment', { p_cohort_student_id: student1, p_amount: 1, p_paid_on: '2026-03-01' }))).code).toBe('42501');
    expect((await pgError(queryAs(db, null, `select * from public.closer_summary($1)`, [w.org]))).code).toBe('42501');
    expect((await pgError(rpcAs(db, null, 'add_cohort_student', { p_batch_id: w.batch, p_full_name: 'X', p_email: 'x@example.com', p_offer_amount: '1' }))).code).toBe('42501');
    expect((await pgError(rpcAs(db, null, 'refund_cohort_student', { p_cohort_student_id: student1, p_reason: 'x' }))).code).toBe('42501');
    expect((await pgError(rpcAs(db, null, 'batch_roster_totals', { p_batch_id: w.batch }))).code).toBe('42501');
  });
});

describe('list_cohort_batches: the Cohort Management overview', () => {
  type Row = { id: string; students: string | number; offered: string; received: string; due: string };
  const overview = async (user: string | null, org: string) =>
    (await queryAs(db, user, `select * from public.list_cohort_batches($1)`, [org])) as unknown as Row[];
  const truth = async (batch: string) =>
    (
      await db.query(
        `select count(*)::int as students, coalesce(sum(offer_amount),0)::numeric as offered, coalesce(sum(cash_received),0)::numeric as received, coalesce(sum(due_amount),0)::numeric as due from public.cohort_students where cohort_batch_id = $1`,
        [batch],
      )
    ).rows[0] as { students: number; offered: string; received: string; due: string };

  it('gives admins and cohort managers every batch of their organization with the counts and money of its students', async () => {
    for (const u of [w.admin, w.cohortManager]) {
      const rows = await overview(u, w.org);
      expect(rows.map((r) => r.id).sort()).toEqual([w.batch, w.batch2, w.plannedBatch].sort());
      const b2 = rows.find((r) => r.id === w.batch2)!;
      const t = await truth(w.batch2);
      expect(Number(b2.students)).toBe(2);
      expect(Number(b2.students)).toBe(t.students);
      expect(Number(b2.offered)).toBe(Number(t.offered));
      expect(Number(b2.received)).toBe(Number(t.received));
      expect(Number(b2.due)).toBe(Number(t.due));
      expect(Number(b2.offered)).toBe(2 * 48000);
      expect(Number(rows.find((r) => r.id === w.plannedBatch)!.students)).toBe(0);
    }
  });

  it('counts for a closer only the students they may read', async () => {
    const rows = await overview(w.closer, w.org);
    expect(Number(rows.find((r) => r.id === w.batch2)!.students)).toBe(1);
  });

  it('returns nothing of another organization, and refuses anon', async () => {
    expect(await overview(w.otherAdmin, w.org)).toEqual([]);
    expect((await pgError(overview(null, w.org))).code).toBe('42501');
  });
});
