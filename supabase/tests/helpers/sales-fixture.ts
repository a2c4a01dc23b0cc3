// A small sales world for the sales-* database tests: two organizations, every role, a cohort
// type with batches, leads and call appointments. Inserted as the database owner.
import { createOrg, createUser, addMember, type TestDb } from './db';

export interface SalesWorld {
  org: string;
  otherOrg: string;
  admin: string;
  manager: string;
  closer: string;
  closer2: string;
  cohortManager: string;
  specialist: string;
  member: string;
  otherAdmin: string;
  type: string;
  batch: string;
  batch2: string;
  plannedBatch: string;
  otherBatch: string;
}

export async function salesWorld(db: TestDb): Promise<SalesWorld> {
  const org = await createOrg(db, 'Nikist', { timezone: 'Asia/Kolkata' });
  const otherOrg = await createOrg(db, 'Other Sales', { timezone: 'Europe/London' });
  const w = {
    org,
    otherOrg,
    admin: await createUser(db, 'Rohan Admin'),
    manager: await createUser(db, 'Priya Manager'),
    closer: await createUser(db, 'Dipanshu'),
    closer2: await createUser(db, 'Ritika Closer'),
    cohortManager: await createUser(db, 'Sneha Cohorts'),
    specialist: await createUser(db, 'Ana Specialist'),
    member: await createUser(db, 'Maria Member'),
    otherAdmin: await createUser(db, 'Other Admin'),
  };
  await addMember(db, org, w.admin, 'admin');
  await addMember(db, org, w.manager, 'manager');
  await addMember(db, org, w.closer, 'closer');
  await addMember(db, org, w.closer2, 'closer');
  await addMember(db, org, w.cohortManager, 'cohort_manager');
  await addMember(db, org, w.specialist, 'specialist');
  await addMember(db, org, w.member, 'member');
  await addMember(db, otherOrg, w.otherAdmin, 'admin');
  // The other org's admin is also a closer there: roles never leak across organizations.
  await addMember(db, otherOrg, w.otherAdmin, 'closer');
  const type = await one(db, `insert into public.cohort_types (organization_id, name) values ($1, 'Insider Crypto Club') returning id`, [org]);
  const batch = await one(db, `insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'Batch 3', 'active') returning id`, [org, type]);
  const batch2 = await one(db, `insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'Batch 4', 'active') returning id`, [org, type]);
  const plannedBatch = await one(db, `insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'Batch 5', 'planned') returning id`, [org, type]);
  const otherType = await one(db, `insert into public.cohort_types (organization_id, name) values ($1, 'Other Course') returning id`, [otherOrg]);
  const otherBatch = await one(db, `insert into public.cohort_batches (organization_id, cohort_type_id, name, status) values ($1, $2, 'Other Batch', 'active') returning id`, [otherOrg, otherType]);
  return { ...w, type, batch, batch2, plannedBatch, otherBatch };
}

export async function one(db: Pick<TestDb, 'query'>, sql: string, params: unknown[] = []): Promise<string> {
  const r = await db.query(sql, params);
  return String(Object.values(r.rows[0]!)[0]);
}

let leadNo = 0;
export async function lead(db: TestDb, org: string, name?: string): Promise<string> {
  leadNo += 1;
  return one(db, `insert into public.leads (organization_id, full_name, email, phone) values ($1, $2, $3, $4) returning id`, [
    org,
    name ?? `Lead ${leadNo}`,
    `lead${leadNo}@example.com`,
    `+91 90000 ${String(leadNo).padStart(5, '0')}`,
  ]);
}

/** A scheduled call (or any status/fields) for a lead; creates the lead when not given. */
export async function appointment(
  db: TestDb,
  org: string,
  closer: string | null,
  fields: Record<string, unknown> = {},
): Promise<{ id: string; lead: string }> {
  const leadId = (fields.lead_id as string | undefined) ?? (await lead(db, org));
  const cols: Record<string, unknown> = { scheduled_date: '2026-02-03', status: 'scheduled', ...fields, organization_id: org, lead_id: leadId, closer_id: closer };
  const names = Object.keys(cols);
  const id = await one(
    db,
    `insert into public.call_appointments (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    names.map((n) => cols[n]),
  );
  return { id, lead: leadId };
}

export const convertArgs = (appointmentId: string, batchId: string, extra: Record<string, unknown> = {}) => ({
  p_appointment_id: appointmentId,
  p_status: 'converted',
  p_batch_id: batchId,
  p_classes_access: 15,
  p_offer_amount: 50000,
  p_cash_received: 20000,
  ...extra,
});
