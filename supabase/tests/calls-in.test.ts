// Calls come in without SQL (issue 15): booking by hand, reschedule, cancel with a reason, bulk
// assignment, CSV import rows and the Calendly event functions, per role: allowed, refused,
// tenant-isolated, nothing written after a refusal; `cancelled` never reaches a converted call.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestDb, createUser, addMember, pgError, queryAs, rpcAs, type Row, type TestDb } from './helpers/db';
import { appointment, convertArgs, salesWorld, type SalesWorld } from './helpers/sales-fixture';

let db: TestDb;
let w: SalesWorld;
let closerEmail: string;
type J = Record<string, any>;

beforeAll(async () => {
  db = await createTestDb();
  w = await salesWorld(db);
  closerEmail = String((await db.query(`select email from auth.users where id = $1`, [w.closer])).rows[0]!.email);
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const counts = async () => {
  const r = await db.query(
    `select (select count(*) from public.leads)::int leads, (select count(*) from public.call_appointments)::int calls,
            (select count(*) from public.call_appointment_history)::int history, (select count(*) from private.call_external_keys)::int keys`,
  );
  return r.rows[0]!;
};
const book = (user: string | null, extra: Record<string, unknown> = {}) =>
  rpcAs(db, user, 'book_call_appointment', {
    p_organization_id: w.org,
    p_full_name: 'Asha Verma',
    p_email: `asha.${randomUUID().slice(0, 8)}@example.com`,
    p_phone: null,
    p_closer_id: w.closer,
    p_scheduled_date: ahead(3),
    p_scheduled_time: '10:30',
    ...extra,
  }) as Promise<J>;

/** Runs a function as the service role, as the Edge Function's PostgREST request does. */
async function rpcService(fn: string, args: Record<string, unknown>): Promise<unknown> {
  const names = Object.keys(args);
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', 'service_role', true)`);
    await tx.query(`select set_config('request.jwt.claims', '{"role":"service_role"}', true)`);
    const r = await tx.query(`select to_jsonb(public.${fn}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')})) as result`, names.map((n) => args[n]));
    return r.rows[0]?.result;
  });
}

describe('`cancelled` call status', () => {
  it('is accepted by the status CHECK', async () => {
    const a = await appointment(db, w.org, w.closer, { status: 'cancelled' });
    expect(a.id).toBeTruthy();
  });

  it('a converted, refunded or discontinued-with-batch call cannot become cancelled, even by the owner\'s SQL', async () => {
    const a = await appointment(db, w.org, w.closer);
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(a.id, w.batch));
    expect(await pgError(db.query(`update public.call_appointments set status = 'cancelled' where id = $1`, [a.id]))).toMatchObject({
      code: 'PT409',
      hint: 'converted_locked',
    });
    await db.query(`update public.call_appointments set status = 'refunded', refund_reason = 'x' where id = $1`, [a.id]);
    expect((await pgError(db.query(`update public.call_appointments set status = 'cancelled' where id = $1`, [a.id]))).code).toBe('PT409');
    // A scheduled call may be cancelled by SQL.
    const b = await appointment(db, w.org, w.closer);
    await db.query(`update public.call_appointments set status = 'cancelled' where id = $1`, [b.id]);
  });
});

describe('book_call_appointment', () => {
  it('admins and managers book; the lead is created once and found again by email or by phone', async () => {
    const email = `Ravi.${randomUUID().slice(0, 6)}@Example.com`;
    const first = await book(w.admin, { p_full_name: 'Ravi Kumar', p_email: ` ${email} `, p_phone: '+919876543210' });
    expect(first).toMatchObject({ created: true, lead_created: true });
    expect(first.lead).toMatchObject({ full_name: 'Ravi Kumar', email: email.toLowerCase(), phone: '+919876543210', source: 'manual' });
    expect(first.appointment).toMatchObject({ status: 'scheduled', closer_id: w.closer, scheduled_time: '10:30:00', created_by: w.admin });
    const byEmail = await book(w.manager, { p_full_name: null, p_email: email.toUpperCase(), p_closer_id: null });
    expect(byEmail).toMatchObject({ created: true, lead_created: false });
    expect(byEmail.lead.id).toBe(first.lead.id);
    expect(byEmail.appointment.closer_id).toBeNull();
    const byPhone = await book(w.admin, { p_full_name: null, p_email: null, p_phone: '+919876543210' });
    expect(byPhone.lead.id).toBe(first.lead.id);
    // The history says who booked it, for whom, and that it came in by hand.
    const h = await db.query(`select * from public.call_appointment_history where call_appointment_id = $1`, [first.appointment.id]);
    expect(h.rows).toHaveLength(1);
    expect(h.rows[0]).toMatchObject({ old_status: null, new_status: 'scheduled', changed_by: w.admin, source: 'app' });
    expect(h.rows[0]!.changes).toEqual({ closer_id: { from: null, to: w.closer }, via: { from: null, to: 'manual' } });
  });

  it('finds a lead that existed before (seeded phone with spaces) by its E.164 phone', async () => {
    const a = await appointment(db, w.org, w.closer);
    const phone = String((await db.query(`select phone from public.leads where id = $1`, [a.lead])).rows[0]!.phone);
    const e164 = phone.replace(/\s/g, '');
    const r = await book(w.admin, { p_full_name: null, p_email: null, p_phone: e164 });
    expect(r.lead.id).toBe(a.lead);
  });

  it('refuses closers, cohort managers, specialists, members, anon and other organizations, writing nothing', async () => {
    const before = await counts();
    for (const u of [w.closer, w.cohortManager, w.specialist, w.member]) {
      expect(await pgError(book(u))).toMatchObject({ code: 'PT403', hint: 'not_allowed' });
    }
    expect(await pgError(book(w.otherAdmin))).toMatchObject({ code: 'PT404' });
    expect((await pgError(book(null))).code).toMatch(/42501|PT403/);
    // An admin of the other organization books nothing into this one, and this org's admin cannot name the other org's closer.
    expect(await pgError(book(w.admin, { p_closer_id: w.otherAdmin }))).toMatchObject({ code: '22023', hint: 'field:closer_id' });
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with the field, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ p_email: 'not-an-email' }, 'field:email'],
      [{ p_email: null, p_phone: '98765 43210' }, 'field:phone'],
      [{ p_email: null, p_phone: '+91 98765 43210' }, 'field:phone'],
      [{ p_email: null, p_phone: null }, 'field:email'],
      [{ p_full_name: null }, 'field:full_name'],
      [{ p_full_name: 'x'.repeat(201) }, 'field:full_name'],
      [{ p_scheduled_date: null }, 'field:scheduled_date'],
      [{ p_scheduled_date: '2020-01-01' }, 'field:scheduled_date'],
      [{ p_scheduled_date: ahead(900) }, 'field:scheduled_date'],
      [{ p_scheduled_date: '2026-02-30' }, 'field:scheduled_date'],
      [{ p_scheduled_time: '25:00' }, 'field:scheduled_time'],
      [{ p_closer_id: w.manager }, 'field:closer_id'],
      [{ p_closer_id: 'nope' }, 'field:closer_id'],
    ];
    for (const [args, hint] of cases) {
      expect(await pgError(book(w.admin, args)), JSON.stringify(args)).toMatchObject({ code: '22023', hint });
    }
    expect(await counts()).toEqual(before);
  });

  it('a resend with the same idempotency key books once', async () => {
    const key = randomUUID();
    const args = {
      p_organization_id: w.org, p_full_name: 'Once Only', p_email: `once.${key.slice(0, 6)}@example.com`, p_phone: null,
      p_closer_id: w.closer, p_scheduled_date: ahead(4), p_scheduled_time: '12:00',
    };
    const before = await counts();
    const a = (await rpcAs(db, w.admin, 'book_call_appointment', args, { headers: { 'x-idempotency-key': key } })) as J;
    const b = (await rpcAs(db, w.admin, 'book_call_appointment', args, { headers: { 'x-idempotency-key': key } })) as J;
    expect(b.appointment.id).toBe(a.appointment.id);
    expect((await counts()).calls).toBe(Number(before.calls) + 1);
  });
});

describe('reschedule and cancel', () => {
  it('an admin cancels with a reason (kept in the history); a manager books it again by moving it', async () => {
    const { appointment: a } = await book(w.admin);
    const c = (await rpcAs(db, w.admin, 'cancel_call_appointment', { p_appointment_id: a.id, p_reason: 'Lead asked to cancel' })) as J;
    expect(c).toMatchObject({ status: 'cancelled', cancellation_reason: 'Lead asked to cancel' });
    // Repeat: nothing more.
    await rpcAs(db, w.admin, 'cancel_call_appointment', { p_appointment_id: a.id, p_reason: 'Lead asked to cancel' });
    const r = (await rpcAs(db, w.manager, 'reschedule_call_appointment', {
      p_appointment_id: a.id, p_scheduled_date: ahead(10), p_scheduled_time: '16:15', p_reason: 'Rebooked by phone',
    })) as J;
    expect(r).toMatchObject({ status: 'scheduled', scheduled_date: ahead(10), scheduled_time: '16:15:00', cancellation_reason: null });
    const h = (await queryAs(db, w.manager, `select * from public.list_call_status_history($1)`, [a.id])) as Row[];
    expect(h.map((x) => [x.old_status, x.new_status])).toEqual([['cancelled', 'scheduled'], ['scheduled', 'cancelled'], [null, 'scheduled']]);
    expect((h[1]!.changes as J).cancellation_reason).toEqual({ from: null, to: 'Lead asked to cancel' });
    expect(h[1]!.changed_by).toBe(w.admin);
    expect(h[0]!.remarks).toBe('Rebooked by phone');
  });

  it('refuses a converted call, a missing reason, a past date, closers and other organizations; writes nothing', async () => {
    const a = await appointment(db, w.org, w.closer, { scheduled_date: ahead(2) });
    const conv = await appointment(db, w.org, w.closer);
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(conv.id, w.batch2));
    const before = await counts();
    const cancel = (u: string | null, id: string, reason: string | null = 'x') => rpcAs(db, u, 'cancel_call_appointment', { p_appointment_id: id, p_reason: reason });
    const move = (u: string | null, id: string, date = ahead(5)) =>
      rpcAs(db, u, 'reschedule_call_appointment', { p_appointment_id: id, p_scheduled_date: date, p_scheduled_time: '09:00' });
    expect(await pgError(cancel(w.admin, conv.id))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await pgError(move(w.admin, conv.id))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await pgError(cancel(w.admin, a.id, '  \u200b '))).toMatchObject({ code: '22023', hint: 'field:reason' });
    expect(await pgError(move(w.admin, a.id, '2020-01-01'))).toMatchObject({ code: '22023', hint: 'field:scheduled_date' });
    expect(await pgError(cancel(w.closer, a.id))).toMatchObject({ code: 'PT403' });
    expect(await pgError(move(w.closer, a.id))).toMatchObject({ code: 'PT403' });
    expect(await pgError(cancel(w.cohortManager, a.id))).toMatchObject({ code: 'PT404' });
    expect(await pgError(cancel(w.otherAdmin, a.id))).toMatchObject({ code: 'PT404' });
    expect(await pgError(move(w.otherAdmin, a.id))).toMatchObject({ code: 'PT404' });
    expect(await counts()).toEqual(before);
    expect((await db.query(`select status from public.call_appointments where id = $1`, [a.id])).rows[0]!.status).toBe('scheduled');
  });

  it('closers cannot set cancelled through their own status update', async () => {
    const a = await appointment(db, w.org, w.closer);
    expect(await pgError(rpcAs(db, w.closer, 'update_call_appointment_status', { p_appointment_id: a.id, p_status: 'cancelled' }))).toMatchObject({
      code: '22023',
      hint: 'field:status',
    });
  });
});

describe('assign_call_appointments', () => {
  it('assigns many calls at once (unassigned included), each assignment in its history; unassigns', async () => {
    const a = await appointment(db, w.org, null);
    const b = await appointment(db, w.org, w.closer);
    const c = await appointment(db, w.org, w.closer2);
    const r = (await rpcAs(db, w.manager, 'assign_call_appointments', { p_organization_id: w.org, p_appointment_ids: [a.id, b.id, c.id], p_closer_id: w.closer2 })) as J;
    expect(r).toMatchObject({ updated: 2, unchanged: 1 });
    const rows = await db.query(`select id, closer_id from public.call_appointments where id = any($1::uuid[])`, [[a.id, b.id, c.id]]);
    expect(rows.rows.every((x) => x.closer_id === w.closer2)).toBe(true);
    const h = await db.query(`select changes, changed_by from public.call_appointment_history where call_appointment_id = $1 order by id`, [a.id]);
    expect(h.rows.at(-1)).toMatchObject({ changed_by: w.manager, changes: { closer_id: { from: null, to: w.closer2 }, via: { from: null, to: 'manual' } } });
    // The new closer sees it; the old one no longer does.
    expect(await queryAs(db, w.closer2, `select id from public.call_appointments where id = $1`, [b.id])).toHaveLength(1);
    expect(await queryAs(db, w.closer, `select id from public.call_appointments where id = $1`, [b.id])).toHaveLength(0);
    await rpcAs(db, w.admin, 'assign_call_appointments', { p_organization_id: w.org, p_appointment_ids: [a.id], p_closer_id: null });
    expect((await db.query(`select closer_id from public.call_appointments where id = $1`, [a.id])).rows[0]!.closer_id).toBeNull();
  });

  it('all or nothing: a call of another organization, a converted call, a non-closer or a closer caller refuse the whole request', async () => {
    const a = await appointment(db, w.org, null);
    const other = await appointment(db, w.otherOrg, null);
    const conv = await appointment(db, w.org, w.closer);
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(conv.id, w.batch2));
    const before = await counts();
    const assign = (u: string, ids: string[], closer: string | null = w.closer) =>
      rpcAs(db, u, 'assign_call_appointments', { p_organization_id: w.org, p_appointment_ids: ids, p_closer_id: closer });
    expect(await pgError(assign(w.admin, [a.id, other.id]))).toMatchObject({ code: 'PT404' });
    expect(await pgError(assign(w.admin, [a.id, conv.id]))).toMatchObject({ code: 'PT409', hint: 'converted_locked' });
    expect(await pgError(assign(w.admin, [a.id], w.cohortManager))).toMatchObject({ code: '22023', hint: 'field:closer_id' });
    expect(await pgError(assign(w.admin, []))).toMatchObject({ code: '22023', hint: 'field:appointment_ids' });
    expect(await pgError(assign(w.admin, [a.id, 'x']))).toMatchObject({ code: '22023', hint: 'field:appointment_ids' });
    expect(await pgError(assign(w.closer, [a.id]))).toMatchObject({ code: 'PT403' });
    expect(await pgError(assign(w.otherAdmin, [a.id]))).toMatchObject({ code: 'PT404' });
    expect(await counts()).toEqual(before);
    expect((await db.query(`select closer_id from public.call_appointments where id = $1`, [a.id])).rows[0]!.closer_id).toBeNull();
  });
});

describe('list_all_calls', () => {
  it('admins and managers page through every closer\'s calls and the unassigned ones; others are refused', async () => {
    const u = await appointment(db, w.org, null, { scheduled_date: ahead(20) });
    const all = (await queryAs(db, w.manager, `select * from public.list_all_calls($1, p_limit => '5')`, [w.org])) as Row[];
    expect(all.length).toBe(5);
    expect(Number(all[0]!.total_count)).toBeGreaterThan(5);
    const unassigned = (await queryAs(db, w.admin, `select * from public.list_all_calls($1, 'unassigned', p_limit => '100')`, [w.org])) as Row[];
    expect(unassigned.every((r) => r.closer_id === null)).toBe(true);
    expect(unassigned.map((r) => r.id)).toContain(u.id);
    expect(await pgError(queryAs(db, w.closer, `select * from public.list_all_calls($1)`, [w.org]))).toMatchObject({ code: 'PT403' });
    expect(await pgError(queryAs(db, w.otherAdmin, `select * from public.list_all_calls($1)`, [w.org]))).toMatchObject({ code: 'PT403' });
  });
});

describe('import_call_rows', () => {
  const rows = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      key: `${prefix}-${i}`,
      full_name: `Imported ${i}`,
      email: `${prefix}.${i}@example.com`,
      phone: `+9190000${String(10000 + i).slice(-5)}`,
      closer_email: i % 2 ? closerEmail.toUpperCase() : '',
      scheduled_date: '2026-01-15',
      scheduled_time: i % 3 ? '11:00' : '',
    }));

  it('imports through the booking path; re-importing the same rows changes nothing', async () => {
    const prefix = randomUUID().slice(0, 8);
    const r1 = (await rpcAs(db, w.admin, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(rows(20, prefix)) })) as J;
    expect(r1).toEqual({ created: 20, existing: 0, leads_created: 20 });
    const before = await counts();
    const r2 = (await rpcAs(db, w.manager, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(rows(20, prefix)) })) as J;
    expect(r2).toEqual({ created: 0, existing: 20, leads_created: 0 });
    expect(await counts()).toEqual(before);
    const mine = await db.query(`select count(*)::int n from public.call_appointments ca join public.leads l on l.id = ca.lead_id where l.email like $1 and ca.closer_id = $2`, [`${prefix}.%`, w.closer]);
    expect(mine.rows[0]!.n).toBe(10);
  });

  it('a bad row refuses its chunk with the row number and field; nothing of it is written', async () => {
    const prefix = randomUUID().slice(0, 8);
    const bad = rows(5, prefix);
    bad[3]!.phone = '12345';
    const before = await counts();
    const e = await pgError(rpcAs(db, w.admin, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(bad) }));
    expect(e).toMatchObject({ code: '22023', hint: 'field:phone' });
    expect(e.message).toMatch(/^Row 4: /);
    const unknownCloser = rows(2, prefix + 'x');
    unknownCloser[1]!.closer_email = 'nobody@example.com';
    expect(await pgError(rpcAs(db, w.admin, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(unknownCloser) }))).toMatchObject({ hint: 'field:closer_email' });
    expect(await pgError(rpcAs(db, w.closer, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(rows(1, prefix)) }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'import_call_rows', { p_organization_id: w.org, p_rows: JSON.stringify(rows(1, prefix)) }))).toMatchObject({ code: 'PT404' });
    expect(await counts()).toEqual(before);
  });
});

describe('Calendly: signing key and events', () => {
  it('only admins set the key; nobody reads it back through the API; the service role does', async () => {
    const before = await db.query(`select count(*)::int n from private.calendly_settings`);
    expect(await pgError(rpcAs(db, w.manager, 'set_calendly_signing_key', { p_organization_id: w.org, p_signing_key: 'k'.repeat(20) }))).toMatchObject({ code: 'PT403' });
    expect(await pgError(rpcAs(db, w.otherAdmin, 'set_calendly_signing_key', { p_organization_id: w.org, p_signing_key: 'k'.repeat(20) }))).toMatchObject({ code: 'PT404' });
    expect(await pgError(rpcAs(db, w.admin, 'set_calendly_signing_key', { p_organization_id: w.org, p_signing_key: 'short' }))).toMatchObject({ code: '22023', hint: 'field:signing_key' });
    expect((await db.query(`select count(*)::int n from private.calendly_settings`)).rows[0]).toEqual(before.rows[0]);
    const set = (await rpcAs(db, w.admin, 'set_calendly_signing_key', { p_organization_id: w.org, p_signing_key: 'test-signing-key-0001' })) as J;
    expect(set.configured).toBe(true);
    expect(JSON.stringify(set)).not.toContain('test-signing-key');
    const status = (await rpcAs(db, w.admin, 'calendly_settings_status', { p_organization_id: w.org })) as J;
    expect(status).toMatchObject({ configured: true, updated_by_name: 'Rohan Admin' });
    expect(JSON.stringify(status)).not.toContain('test-signing-key');
    for (const u of [w.admin, w.manager, null]) {
      expect((await pgError(rpcAs(db, u, 'calendly_webhook_config', { p_organization_id: w.org }))).code).toBe('42501');
      expect((await pgError(as(db, u, (tx) => tx.query(`select * from private.calendly_settings`)))).code).toBe('42501');
    }
    expect(await rpcService('calendly_webhook_config', { p_organization_id: w.org })).toEqual({
      signing_key: 'test-signing-key-0001',
      timezone: 'Asia/Kolkata',
      phone_country: null,
    });
    expect(await rpcService('calendly_webhook_config', { p_organization_id: w.otherOrg })).toBeNull();
  });

  it('invitee.created books for the host closer at the local date and time (00:30 IST lands on its own day); replays find it; canceled cancels once', async () => {
    const uri = `https://api.calendly.com/scheduled_events/EV1/invitees/${randomUUID()}`;
    const created = {
      p_organization_id: w.org,
      p_event: 'invitee.created',
      p_invitee_uri: uri,
      p_email: 'meera@example.com',
      p_full_name: 'Meera Nair',
      p_phone: '+919812345678',
      p_host_emails: ['someone@else.com', closerEmail.toUpperCase()],
      p_start_time: '2026-12-20T19:00:00.000000Z', // 00:30 on the 21st in Asia/Kolkata
    };
    for (const u of [w.admin, null]) {
      expect((await pgError(rpcAs(db, u, 'receive_calendly_event', created))).code).toBe('42501');
    }
    const r = (await rpcService('receive_calendly_event', created)) as J;
    expect(r).toMatchObject({ action: 'booked', created: true });
    expect(r.appointment).toMatchObject({ scheduled_date: '2026-12-21', scheduled_time: '00:30:00', closer_id: w.closer, status: 'scheduled', created_by: null });
    expect(r.lead).toMatchObject({ email: 'meera@example.com', phone: '+919812345678', source: 'calendly' });
    const before = await counts();
    expect(await rpcService('receive_calendly_event', created)).toMatchObject({ action: 'already_booked', created: false });
    expect(await counts()).toEqual(before);

    const cancel = { p_organization_id: w.org, p_event: 'invitee.canceled', p_invitee_uri: uri, p_reason: 'Something came up' };
    expect(await rpcService('receive_calendly_event', cancel)).toMatchObject({ action: 'cancelled', appointment: { status: 'cancelled', cancellation_reason: 'Something came up' } });
    expect(await rpcService('receive_calendly_event', cancel)).toMatchObject({ action: 'already_cancelled' });
    const h = await db.query(`select old_status, new_status, changes from public.call_appointment_history where call_appointment_id = $1 order by id`, [r.appointment.id]);
    expect(h.rows.map((x) => x.new_status)).toEqual(['scheduled', 'cancelled']);
    expect(h.rows[0]!.changes).toMatchObject({ via: { to: 'calendly' } });
    expect(h.rows[1]!.changes).toMatchObject({ via: { to: 'calendly' }, calendly_event: { to: 'invitee.canceled' }, cancellation_reason: { to: 'Something came up' } });
    // The closer sees it in their calls.
    expect(await queryAs(db, w.closer, `select id from public.call_appointments where id = $1`, [r.appointment.id])).toHaveLength(1);
  });

  it('an unknown host gives an unassigned call; a converted call stays converted on cancel, the event kept in its history', async () => {
    const uri = `https://api.calendly.com/scheduled_events/EV2/invitees/${randomUUID()}`;
    const r = (await rpcService('receive_calendly_event', {
      p_organization_id: w.org, p_event: 'invitee.created', p_invitee_uri: uri, p_email: `x.${randomUUID().slice(0, 6)}@example.com`,
      p_full_name: 'Unknown Host Lead', p_host_emails: ['stranger@example.com'], p_start_time: '2026-12-22T04:30:00Z',
    })) as J;
    expect(r.appointment).toMatchObject({ closer_id: null, scheduled_date: '2026-12-22', scheduled_time: '10:00:00' });
    await db.query(`update public.call_appointments set closer_id = $2 where id = $1`, [r.appointment.id, w.closer]);
    await rpcAs(db, w.admin, 'convert_call_appointment', convertArgs(r.appointment.id, w.batch));
    const res = (await rpcService('receive_calendly_event', { p_organization_id: w.org, p_event: 'invitee.canceled', p_invitee_uri: uri })) as J;
    expect(res).toMatchObject({ action: 'kept_converted', appointment: { status: 'converted' } });
    expect(await rpcService('receive_calendly_event', { p_organization_id: w.org, p_event: 'invitee.canceled', p_invitee_uri: uri })).toMatchObject({ action: 'already_cancelled' });
    const h = await db.query(`select old_status, new_status, changes from public.call_appointment_history where call_appointment_id = $1 order by id`, [r.appointment.id]);
    expect(h.rows.at(-1)).toMatchObject({ old_status: 'converted', new_status: 'converted', changes: { calendly_event: { to: 'invitee.canceled' } } });
    expect(h.rows.filter((x) => (x.changes as J).calendly_event)).toHaveLength(1);
  });

  it('the same invitee uri in another organization is another call (keys are per organization)', async () => {
    const closerOther = await createUser(db, 'Other Closer');
    await addMember(db, w.otherOrg, closerOther, 'closer');
    const uri = `https://api.calendly.com/scheduled_events/EV3/invitees/${randomUUID()}`;
    const args = (org: string) => ({ p_organization_id: org, p_event: 'invitee.created', p_invitee_uri: uri, p_email: 'same@example.com', p_full_name: 'Same', p_start_time: '2026-12-22T10:00:00Z' });
    const a = (await rpcService('receive_calendly_event', args(w.org))) as J;
    const b = (await rpcService('receive_calendly_event', args(w.otherOrg))) as J;
    expect(a.appointment.id).not.toBe(b.appointment.id);
    expect(b.appointment).toMatchObject({ organization_id: w.otherOrg, scheduled_date: '2026-12-22', scheduled_time: '10:00:00' });
  });
});
