// The demo seed (local-supabase/demo-seed.sql) on a fresh database after every migration: the seed-000
// students are in Insider Crypto Club → Batch 3 with ledger-consistent money, every status is
// represented, the call queue has open requests, the demo passwords verify, and RLS isolates closers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bcrypt from 'bcryptjs';
import { demoSeedSqlPath, repoRoot } from '../../local-supabase/db.mjs';
import { createTestDb, queryAs, type TestDb } from './helpers/db';
import { demoLogins, demoPassword } from '../../local-supabase/demo-logins.mjs';

const SEED_000_STUDENTS = [
  'Amit Kulkarni',
  'Vijay Shetty',
  'Naveen S P',
  'Aswini Veerapaneni',
  'Ramkrishna Sahu',
  'Arun B Kalburgi',
  'Rahul Jangid',
  'Dharun',
];
const APPOINTMENT_STATUSES = [
  'scheduled', 'pending', 'reschedule', 'not_decided', 'so_so', 'not_converted', 'no_show', 'discontinued',
  'booking_amount', 'converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'refunded',
];
const CHAT_STATUSES = ['active', 'pending', 'phone_escalated', 'resolved', 'abandoned'];
const SYNC_SET = ['converted', 'converted_beginner', 'converted_intermediate', 'converted_advance', 'booking_amount', 'refunded', 'discontinued'];

let db: TestDb;
const userId = async (email: string): Promise<string> =>
  String((await db.query('select id from auth.users where email = $1', [email])).rows[0]!.id);

beforeAll(async () => {
  db = await createTestDb({ seed: true });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('demo seed', () => {
  it('puts the eight seed-000 students in Insider Crypto Club → Batch 3, active, with ledger money', async () => {
    const { rows } = await db.query(
      `select l.full_name, cs.status, cs.offer_amount::numeric as offer, cs.cash_received::numeric as cash,
              cs.due_amount::numeric as due, ca.cash_received::numeric as appointment_cash, ca.status as appointment_status,
              ca.conversion_date::text as conversion_date,
              (select coalesce(sum(p.amount), 0) from public.emi_payments p where p.cohort_student_id = cs.id)::numeric as paid
       from public.cohort_students cs
       join public.leads l on l.id = cs.lead_id
       join public.cohort_batches b on b.id = cs.cohort_batch_id
       join public.cohort_types t on t.id = b.cohort_type_id
       join public.organizations o on o.id = cs.organization_id
       left join public.call_appointments ca on ca.lead_id = cs.lead_id and ca.batch_id = cs.cohort_batch_id
       where o.slug = 'nikist' and t.name = 'Insider Crypto Club' and b.name = 'Batch 3' and l.full_name = any ($1)`,
      [SEED_000_STUDENTS],
    );
    expect(rows.map((r) => r.full_name).sort()).toEqual([...SEED_000_STUDENTS].sort());
    for (const r of rows) {
      expect(r.status, String(r.full_name)).toBe('active');
      expect(Number(r.paid), String(r.full_name)).toBeGreaterThan(0);
      expect(Number(r.cash), String(r.full_name)).toBe(Number(r.paid));
      expect(Number(r.due), String(r.full_name)).toBe(Number(r.offer) - Number(r.paid));
      expect(Number(r.appointment_cash), String(r.full_name)).toBe(Number(r.paid));
      expect(String(r.conversion_date) > '2026-01-28', String(r.full_name)).toBe(true);
    }
  });

  it('has exactly one student for every converted, refunded or discontinued appointment with a batch (S1)', async () => {
    const { rows } = await db.query(
      `select ca.id, ca.status, count(cs.id)::int as students,
              bool_and(cs.status = case ca.status when 'refunded' then 'refunded' when 'discontinued' then 'discontinued' else 'active' end) as status_ok,
              bool_and(cs.cash_received = ca.cash_received and cs.offer_amount = ca.offer_amount) as money_ok
       from public.call_appointments ca
       left join public.cohort_students cs on cs.lead_id = ca.lead_id and cs.cohort_batch_id = ca.batch_id
       where ca.batch_id is not null and ca.status = any ($1)
       group by ca.id, ca.status`,
      [SYNC_SET],
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      expect(r.students, `${r.id} ${r.status}`).toBe(1);
      expect(r.status_ok, `${r.id} ${r.status}`).toBe(true);
      expect(r.money_ok, `${r.id} ${r.status}`).toBe(true);
    }
  });

  it('covers every call appointment status, with calls today, upcoming and past', async () => {
    const { rows } = await db.query(`select distinct status from public.call_appointments`);
    expect(rows.map((r) => r.status).sort()).toEqual([...APPOINTMENT_STATUSES].sort());
    const buckets = await db.query(
      `select count(*) filter (where ca.scheduled_date = (now() at time zone o.timezone)::date)::int as today,
              count(*) filter (where ca.scheduled_date > (now() at time zone o.timezone)::date)::int as upcoming,
              count(*) filter (where ca.scheduled_date < (now() at time zone o.timezone)::date)::int as past,
              count(*)::int as total
       from public.call_appointments ca join public.organizations o on o.id = ca.organization_id
       where o.slug = 'nikist'`,
    );
    const b = buckets.rows[0]!;
    expect(Number(b.total)).toBeGreaterThanOrEqual(40);
    expect(Number(b.today)).toBeGreaterThanOrEqual(5);
    expect(Number(b.upcoming)).toBeGreaterThanOrEqual(5);
    expect(Number(b.past)).toBeGreaterThanOrEqual(20);
  });

  it('covers every chat session status and has open call requests in the wellness organization', async () => {
    const { rows } = await db.query(
      `select distinct cs.status from public.chat_sessions cs join public.organizations o on o.id = cs.organization_id where o.slug = 'vitalis'`,
    );
    expect(rows.map((r) => r.status).sort()).toEqual([...CHAT_STATUSES].sort());
    const open = await db.query(
      `select count(*)::int as n from public.specialist_call_logs l join public.organizations o on o.id = l.organization_id
       where o.slug = 'vitalis' and l.call_status = 'pending'`,
    );
    expect(Number(open.rows[0]!.n)).toBeGreaterThanOrEqual(3);
    const perSession = await db.query(
      `select chat_session_id from public.specialist_call_logs where call_status in ('pending', 'scheduled')
       group by 1 having count(*) > 1`,
    );
    expect(perSession.rows).toEqual([]);
  });

  it('stores a bcrypt hash of the documented password for every demo login', async () => {
    expect(demoPassword).toBe('demo-password-2026');
    const { rows } = await db.query(`select email, encrypted_password from auth.users where email = any ($1)`, [
      demoLogins.map((l) => l.email),
    ]);
    expect(rows.length).toBe(demoLogins.length);
    for (const r of rows) {
      expect(String(r.encrypted_password), String(r.email)).toMatch(/^\$2a\$10\$/);
      expect(bcrypt.compareSync(demoPassword, String(r.encrypted_password)), String(r.email)).toBe(true);
    }
    const roles = await db.query(
      `select u.email, o.name as organization, m.role from public.memberships m
       join auth.users u on u.id = m.user_id join public.organizations o on o.id = m.organization_id`,
    );
    for (const l of demoLogins) {
      const mine = roles.rows.filter((r) => r.email === l.email);
      expect(mine.some((r) => r.role === l.role && r.organization === l.organization), l.email).toBe(true);
    }
    // One person in two organizations, for the organization switcher.
    const multi = await db.query(`select user_id from public.memberships group by 1 having count(distinct organization_id) > 1`);
    expect(multi.rows.length).toBeGreaterThanOrEqual(1);
  });

  it('lets Dipanshu see his calls but not Ritika\'s, and nothing of the other organizations', async () => {
    const dipanshu = await userId('dipanshu@nikist.demo');
    const ritika = await userId('ritika@nikist.demo');
    const seen = await queryAs(db, dipanshu, `select closer_id, organization_id from public.call_appointments`);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((r) => r.closer_id === dipanshu)).toBe(true);
    const ritikasCalls = await db.query(`select count(*)::int as n from public.call_appointments where closer_id = $1`, [ritika]);
    expect(Number(ritikasCalls.rows[0]!.n)).toBeGreaterThan(0);
    const orgs = await queryAs(db, dipanshu, `select slug from public.organizations`);
    expect(orgs.map((r) => r.slug)).toEqual(['nikist']);
    const students = await queryAs(db, dipanshu, `select closer_id from public.cohort_students`);
    expect(students.length).toBeGreaterThan(0);
    expect(students.every((r) => r.closer_id === dipanshu)).toBe(true);
  });

  it('shows the specialists a queue of open requests, oldest first, including a session in status pending (C1)', async () => {
    const ana = await userId('ana@vitalis.demo');
    const org = String((await db.query(`select id from public.organizations where slug = 'vitalis'`)).rows[0]!.id);
    const queue = await queryAs(db, ana, `select * from public.list_call_queue($1)`, [org]);
    expect(queue.length).toBe(6);
    expect(queue.map((r) => r.session_status)).toContain('pending');
    expect(queue.map((r) => r.call_status)).toEqual(expect.arrayContaining(['pending', 'scheduled']));
    expect(queue.some((r) => Number(r.attempts) === 2)).toBe(true);
    const times = queue.map((r) => new Date(String(r.requested_at)).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const maria = await userId('maria@vitalis.demo');
    expect(await queryAs(db, maria, `select * from public.list_call_queue($1)`, [org])).toEqual([]);
  });

  it('gives Dipanshu calls today, upcoming and past in his own list', async () => {
    const dipanshu = await userId('dipanshu@nikist.demo');
    const org = String((await db.query(`select id from public.organizations where slug = 'nikist'`)).rows[0]!.id);
    const calls = await queryAs(db, dipanshu, `select bucket, status from public.list_closer_calls($1, $2, p_limit => '100')`, [org, dipanshu]);
    expect(new Set(calls.map((r) => r.bucket))).toEqual(new Set(['today', 'upcoming', 'past']));
    expect(calls.some((r) => r.bucket === 'today' && r.status === 'scheduled')).toBe(true);
  });
  it('shows what Batch 3 wrote off (a refund that gave 10,000 back, a discontinuation), reconciled in the totals and the overview', async () => {
    const admin = await userId('admin@nikist.demo');
    const org = String((await db.query(`select id from public.organizations where slug = 'nikist'`)).rows[0]!.id);
    const batch = String((await db.query(`select b.id from public.cohort_batches b join public.cohort_types t on t.id = b.cohort_type_id where b.organization_id = $1 and t.name = 'Insider Crypto Club' and b.name = 'Batch 3'`, [org])).rows[0]!.id);
    const t = (await queryAs(db, admin, `select public.batch_roster_totals($1) t`, [batch]))[0]!.t as Record<string, number>;
    // Sandeep Rao: offered 50,000, paid 10,000, refunded 10,000 -> 50,000 written off; Meghna
    // Pillai: offered 45,000, paid 15,000, discontinued -> 30,000 written off.
    expect(t).toMatchObject({ offered: 590000, received: 285000, due: 225000, written_off: 80000 });
    expect(t.offered).toBe(t.received! + t.due! + t.written_off!);
    const o = (await queryAs(db, admin, `select offered::float8 o, received::float8 r, due::float8 d, written_off::float8 w from public.list_cohort_batches($1) where id = $2`, [org, batch]))[0]!;
    expect(o).toEqual({ o: t.offered, r: t.received, d: t.due, w: 80000 });
  });
});

// Nothing demo reaches a hosted project (issue 14): the demo logins are not a Supabase CLI seed, and
// the file refuses to run unless the session opts in (local-supabase/db.mjs applySeed does).
describe('the demo seed stays local', () => {
  it('is not a Supabase CLI seed: [db.seed] is off and supabase/ holds no seed file', () => {
    const config = fs.readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
    const seedSection = /\n\[db\.seed\]\n([\s\S]*?)\n\[/.exec(config)?.[1] ?? '';
    expect(seedSection).toMatch(/^enabled = false$/m);
    expect(seedSection).toMatch(/^sql_paths = \[\]$/m);
    const sqlFiles = fs.readdirSync(path.join(repoRoot, 'supabase')).filter((f) => f.endsWith('.sql'));
    expect(sqlFiles).toEqual([]);
  });

  it('refuses to run without the opt-in and writes nothing, also when its statements run one by one', async () => {
    const users = async () => Number((await db.query('select count(*)::int as n from auth.users')).rows[0]!.n);
    const before = await users();
    const sql = fs.readFileSync(demoSeedSqlPath, 'utf8');
    await db.session(async (s) => {
      // As the SQL editor runs it: one query.
      await expect(s.exec(sql)).rejects.toMatchObject({ code: '42501' });
      await s.exec('rollback');
      // As psql without ON_ERROR_STOP runs it: statement after statement, errors ignored.
      const { splitStatements } = await import('../../local-supabase/sql-statements.mjs');
      for (const stmt of splitStatements(sql)) await s.exec(stmt).catch(() => {});
    });
    expect(await users()).toBe(before);
  });
});
