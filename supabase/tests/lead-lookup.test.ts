// One lead lookup (migration 20261207220100): add_cohort_student and the booking path (bookings,
// imports, the Calendly webhook) find a person's lead by the same rule, private.find_lead_by_contact:
// the organization's lead with that email (any case), else with that phone in E.164, however it was
// written. A person booked first and added to a batch later (or the other way round) stays one lead.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, rpcAs, type TestDb } from './helpers/db';
import { salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
type J = Record<string, any>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const book = (extra: Record<string, unknown>) =>
  rpcAs(db, w.admin, 'book_call_appointment', {
    p_organization_id: w.org,
    p_full_name: 'Asha Verma',
    p_email: null,
    p_phone: null,
    p_closer_id: w.closer,
    p_scheduled_date: ahead(3),
    p_scheduled_time: '10:30',
    ...extra,
  }) as Promise<J>;
const add = (extra: Record<string, unknown>) =>
  rpcAs(db, w.cohortManager, 'add_cohort_student', { p_batch_id: w.batch, p_full_name: 'Asha Verma', p_offer_amount: '1000', ...extra }) as Promise<J>;
const leadCount = async () => Number((await db.query(`select count(*)::int n from public.leads where organization_id = $1`, [w.org])).rows[0]!.n);

describe('add_cohort_student finds leads as bookings do', () => {
  it('a booked lead is found by its email in another case', async () => {
    const email = `asha.${randomUUID().slice(0, 8)}@example.com`;
    const booked = await book({ p_email: email });
    const before = await leadCount();
    const out = await add({ p_email: email.toUpperCase() });
    expect(out.lead.id).toBe(booked.lead.id);
    expect(out.created).toBe(true);
    expect(await leadCount()).toBe(before);
  });

  it('a booked lead is found by its phone written with spaces, dashes or a 00 prefix', async () => {
    const booked = await book({ p_phone: '+919812300001' });
    const byDashes = await add({ p_phone: '+91-98123-00001' });
    expect(byDashes.lead.id).toBe(booked.lead.id);
    const other = await add({ p_batch_id: w.batch2, p_phone: '0091 98123 00001' });
    expect(other.lead.id).toBe(booked.lead.id);
  });

  it('email first: a lead with the email wins over another with the phone', async () => {
    const email = `ravi.${randomUUID().slice(0, 8)}@example.com`;
    const byEmail = await book({ p_full_name: 'Ravi Email', p_email: email });
    const byPhone = await book({ p_full_name: 'Ravi Phone', p_phone: '+919812300002' });
    expect(byPhone.lead.id).not.toBe(byEmail.lead.id);
    const out = await add({ p_email: email, p_phone: '+919812300002' });
    expect(out.lead.id).toBe(byEmail.lead.id);
  });

  it('a person added to a batch first is found by a later booking', async () => {
    const added = await add({ p_full_name: 'Meera Offline', p_phone: '+919812300003' });
    const booked = await book({ p_full_name: 'Meera', p_phone: '+919812300003' });
    expect(booked.lead.id).toBe(added.lead.id);
    expect(booked.lead_created).toBe(false);
  });
});
