// A save is written once however often the app sends it (20261202130100_idempotent_writes.sql):
// a resend with the same x-idempotency-key header (the app's "Try again" on a save stuck on the
// network) returns the first answer and writes nothing; a failed write leaves its key free.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestDb, onServer, pgError, rpcAs, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

type J = Record<string, any>;
let db: TestDb;
let w: SalesWorld;
let student: string;
let student2: string;

/** supabase.rpc as the app sends it: with the x-idempotency-key header when `key` is given. */
const rpc = async (user: string, fn: string, args: Record<string, unknown>, key?: string) =>
  (await rpcAs(db, user, fn, args, key === undefined ? {} : { headers: { 'x-idempotency-key': key, 'content-type': 'application/json' } })) as J;

const ledger = async (id: string): Promise<{ n: number; total: number; cash: number }> =>
  (await db.query(`select count(*)::int n, coalesce(sum(amount), 0)::float8 total, (select cash_received::float8 from public.cohort_students where id = $1) cash from public.emi_payments where cohort_student_id = $1`, [id])).rows[0] as { n: number; total: number; cash: number };

const pay = (amount: number) => ({ p_cohort_student_id: student, p_amount: String(amount), p_paid_on: '2026-11-20', p_payment_platform: 'UPI' });

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  const conv = async () => {
    const ap = await appointment(db, w.org, w.closer);
    return ((await rpc(w.closer, 'convert_call_appointment', convertArgs(ap.id, w.batch, { p_offer_amount: 50000, p_cash_received: 10000 }))) as J).student.id as string;
  };
  student = await conv();
  student2 = await conv();
}, 90_000);
afterAll(async () => {
  await db?.close();
});

describe('a resend with the same key writes nothing', () => {
  it('records a payment once and answers the resend with the first payment', async () => {
    const before = await ledger(student);
    const key = randomUUID();
    const first = await rpc(w.closer, 'record_payment', pay(1500), key);
    const again = await rpc(w.closer, 'record_payment', pay(1500), key);
    expect(again.payment.id).toBe(first.payment.id);
    expect(again).toEqual(first);
    const after = await ledger(student);
    expect(after).toEqual({ n: before.n + 1, total: before.total + 1500, cash: before.cash + 1500 });
  });

  it('a new key (the user saving the same payment again on purpose) records a second payment', async () => {
    const before = await ledger(student);
    await rpc(w.closer, 'record_payment', pay(700), randomUUID());
    await rpc(w.closer, 'record_payment', pay(700), randomUUID());
    expect(await ledger(student)).toMatchObject({ n: before.n + 2, total: before.total + 1400 });
  });

  it('without the header (SQL, scripts) every call writes, as before', async () => {
    const before = await ledger(student);
    await rpc(w.closer, 'record_payment', pay(100));
    await rpc(w.closer, 'record_payment', pay(100));
    // A header that is not a uuid is ignored the same way.
    await rpc(w.closer, 'record_payment', pay(100), 'not-a-uuid');
    await rpc(w.closer, 'record_payment', pay(100), 'not-a-uuid');
    expect(await ledger(student)).toMatchObject({ n: before.n + 4, total: before.total + 400 });
  });

  it('a refused write leaves its key free: the corrected resend is saved', async () => {
    const before = await ledger(student);
    const key = randomUUID();
    expect(await pgError(rpc(w.closer, 'record_payment', pay(10_000_000), key))).toMatchObject({ code: '22023', hint: 'field:amount' });
    expect(await ledger(student)).toEqual(before);
    expect((await db.query(`select count(*)::int n from private.write_requests where request_id = $1`, [key])).rows[0]!.n).toBe(0);
    await rpc(w.closer, 'record_payment', pay(200), key);
    expect(await ledger(student)).toMatchObject({ n: before.n + 1, total: before.total + 200 });
  });

  it('a refund sent twice is saved once and the resend gets the first answer', async () => {
    const key = randomUUID();
    const first = await rpc(w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: student2, p_reason: 'Moved abroad' }, key);
    const again = await rpc(w.cohortManager, 'refund_cohort_student', { p_cohort_student_id: student2, p_reason: 'Moved abroad' }, key);
    expect(again).toEqual(first);
    expect((await db.query(`select status from public.cohort_students where id = $1`, [student2])).rows[0]!.status).toBe('refunded');
  });

  it('an offer change sent twice is one change in the offer history', async () => {
    const history = async () => (await db.query(`select count(*)::int n from public.offer_amount_history where cohort_student_id = $1`, [student])).rows[0]!.n as number;
    const before = await history();
    const key = randomUUID();
    const args = { p_cohort_student_id: student, p_new_amount: '60000', p_reason: 'Upgraded plan' };
    const first = await rpc(w.cohortManager, 'change_offer_amount', args, key);
    expect(await rpc(w.cohortManager, 'change_offer_amount', args, key)).toEqual(first);
    expect(await history()).toBe(before + 1);
    expect((await db.query(`select offer_amount::float8 o from public.cohort_students where id = $1`, [student])).rows[0]!.o).toBe(60000);
  });

  it('refuses a key used by another user or for another function, and writes nothing', async () => {
    const key = randomUUID();
    await rpc(w.closer, 'record_payment', pay(300), key);
    const before = await ledger(student);
    expect(await pgError(rpc(w.admin, 'record_payment', pay(300), key))).toMatchObject({ code: 'PT409', hint: 'idempotency_key_reused' });
    expect(await pgError(rpc(w.closer, 'set_cohort_student_notes', { p_cohort_student_id: student, p_notes: 'x' }, key))).toMatchObject({ code: 'PT409', hint: 'idempotency_key_reused' });
    expect(await ledger(student)).toEqual(before);
  });

  it('every public write function goes through the key check (a new one that does not fails here)', async () => {
    const r = await db.query(
      `select p.proname, p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.provolatile = 'v' and p.prokind = 'f' order by 1`,
    );
    expect(r.rows.length).toBeGreaterThanOrEqual(20);
    const missing = r.rows.filter((x) => !String(x.prosrc).includes(`private.replayed_write('${x.proname}')`) || !String(x.prosrc).includes('private.remember_write(')).map((x) => x.proname);
    expect(missing).toEqual([]);
  });

  it('the keys table is not reachable by app users', async () => {
    expect((await pgError(as(db, w.admin, (tx) => tx.query(`select * from private.write_requests`)))).code).toBe('42501');
  });
});

describe.skipIf(!onServer)('resends that overlap the first request (server only)', () => {
  it('8 simultaneous sends of one payment with one key record it once; every caller gets the same payment', async () => {
    const before = await ledger(student);
    const key = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => rpc(w.closer, 'record_payment', pay(50), key)));
    expect(results.filter((x) => x.status === 'rejected')).toEqual([]);
    const ids = new Set(results.map((x) => (x as PromiseFulfilledResult<J>).value.payment.id));
    expect(ids.size).toBe(1);
    expect(await ledger(student)).toMatchObject({ n: before.n + 1, total: before.total + 50 });
  });
});
