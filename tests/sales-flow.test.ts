// The Sales → Cohort flow through the real local stack (HTTP API + auth + Postgres), signed in as
// the demo users with supabase-js, exactly as the browser app talks to it. PGlite by default,
// the Postgres server at DATABASE_URL otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from '@supabase/supabase-js';
import type { Database } from '../src/types/database.types';
import { demoPassword } from '../local-supabase/demo-logins.mjs';
import { startSalesStack, type SalesStack } from './helpers/sales-stack.mjs';

function newClient() {
  return createClient<Database>(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    // ws's constructor is wider than the one supabase-js declares; same cast as local-supabase's own tests.
    realtime: { transport: WebSocket as never },
  });
}
type Client = ReturnType<typeof newClient>;

let stack: SalesStack;
const clients: Record<string, Client> = {};

async function signedIn(email: string): Promise<Client> {
  if (clients[email]) return clients[email];
  const c = newClient();
  const { error } = await c.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  clients[email] = c;
  return c;
}

const CLOSER = 'dipanshu@nikist.demo';
const COHORTS = 'cohorts@nikist.demo';
const ADMIN = 'admin@nikist.demo';

async function nikist(c: Client) {
  const { data, error } = await c.from('organizations').select('id, name').ilike('name', 'nikist%').single();
  if (error) throw error;
  return data.id;
}

async function batchId(c: Client, orgId: string, typeName: string, batchName: string) {
  const { data, error } = await c
    .from('cohort_batches')
    .select('id, name, status, cohort_types!inner(name)')
    .eq('organization_id', orgId)
    .eq('name', batchName)
    .eq('cohort_types.name', typeName)
    .single();
  if (error) throw error;
  return data.id;
}

async function myUserId(c: Client) {
  const { data } = await c.auth.getUser();
  if (!data.user) throw new Error('not signed in');
  return data.user.id;
}

async function scheduledCall(c: Client, orgId: string, closerId: string, skip = 0) {
  const { data, error } = await c.rpc('list_closer_calls', {
    p_organization_id: orgId,
    p_closer_id: closerId,
    p_statuses: ['scheduled'],
    p_limit: '25',
  });
  if (error) throw error;
  const call = data[skip];
  if (!call) throw new Error('no scheduled call left in the seed');
  return call;
}

async function rosterFor(c: Client, batch: string, search: string, filter?: string) {
  const { data, error } = await c.rpc('list_batch_roster', { p_batch_id: batch, p_search: search, p_filter: filter, p_limit: '100' });
  if (error) throw error;
  return data;
}

beforeAll(async () => {
  stack = await startSalesStack();
}, 240_000);

afterAll(async () => {
  for (const c of Object.values(clients)) await c.auth.signOut().catch(() => {});
  await stack?.close();
});

describe('conversion reaches the cohort roster (invariant S1)', () => {
  it('converts a call and the roster shows the student with the same figures; a repeat changes nothing', async () => {
    const closer = await signedIn(CLOSER);
    const cm = await signedIn(COHORTS);
    const orgId = await nikist(closer);
    const closerId = await myUserId(closer);
    const batch3 = await batchId(closer, orgId, 'Insider Crypto Club', 'Batch 3');
    const call = await scheduledCall(closer, orgId, closerId);
    const args = {
      p_appointment_id: call.id,
      p_status: 'converted',
      p_batch_id: batch3,
      p_classes_access: '15',
      p_offer_amount: '50000',
      p_cash_received: '12500',
      p_expected_version: String(call.version),
    };
    const first = await closer.rpc('convert_call_appointment', args);
    expect(first.error).toBeNull();

    const roster = await rosterFor(cm, batch3, call.lead_name);
    const mine = roster.filter((r) => r.lead_id === call.lead_id);
    expect(mine).toHaveLength(1);
    expect(Number(mine[0]!.offer_amount)).toBe(50000);
    expect(Number(mine[0]!.cash_received)).toBe(12500);
    expect(Number(mine[0]!.due_amount)).toBe(37500);
    expect(mine[0]!.closer_id).toBe(closerId);
    expect(mine[0]!.status).toBe('active');

    // The same click again (same version: it is a retry of the same request) and a fresh one.
    const again = await closer.rpc('convert_call_appointment', { ...args, p_expected_version: undefined });
    expect(again.error).toBeNull();
    const after = (await rosterFor(cm, batch3, call.lead_name)).filter((r) => r.lead_id === call.lead_id);
    expect(after).toHaveLength(1);
    expect(Number(after[0]!.cash_received)).toBe(12500);

    // Conversion's cash went into the one ledger, seen by the closer and the cohort manager alike.
    const byCloser = await closer.from('emi_payments').select('amount').eq('cohort_student_id', mine[0]!.id);
    const byCm = await cm.from('emi_payments').select('amount').eq('cohort_student_id', mine[0]!.id);
    expect(byCloser.data?.reduce((s, p) => s + Number(p.amount), 0)).toBe(12500);
    expect(byCm.data).toEqual(byCloser.data);
  });

  it('moves the student when the batch changes, refunds reach the roster', async () => {
    const closer = await signedIn(CLOSER);
    const cm = await signedIn(COHORTS);
    const admin = await signedIn(ADMIN);
    const orgId = await nikist(closer);
    const closerId = await myUserId(closer);
    const batch3 = await batchId(closer, orgId, 'Insider Crypto Club', 'Batch 3');
    // A second active batch to move into: the admin creates one.
    const types = await admin.from('cohort_types').select('id').eq('organization_id', orgId).eq('name', 'Insider Crypto Club').single();
    expect(types.error).toBeNull();
    const saved = await admin.rpc('save_cohort_batch', {
      p_organization_id: orgId,
      p_cohort_type_id: types.data!.id,
      p_name: 'Batch 9 (test)',
      p_status: 'active',
    });
    expect(saved.error).toBeNull();
    const batch9 = await batchId(admin, orgId, 'Insider Crypto Club', 'Batch 9 (test)');

    const call = await scheduledCall(closer, orgId, closerId);
    const base = { p_appointment_id: call.id, p_status: 'converted_beginner', p_classes_access: '5', p_offer_amount: '30000', p_cash_received: '0' };
    expect((await closer.rpc('convert_call_appointment', { ...base, p_batch_id: batch3 })).error).toBeNull();
    expect((await rosterFor(cm, batch3, call.lead_name)).filter((r) => r.lead_id === call.lead_id)).toHaveLength(1);

    // Re-converting into another batch moves the student: the old batch no longer lists them.
    expect((await closer.rpc('convert_call_appointment', { ...base, p_batch_id: batch9 })).error).toBeNull();
    expect((await rosterFor(cm, batch3, call.lead_name)).filter((r) => r.lead_id === call.lead_id)).toHaveLength(0);
    const in9 = (await rosterFor(cm, batch9, call.lead_name)).filter((r) => r.lead_id === call.lead_id);
    expect(in9).toHaveLength(1);

    // Refund from the closer's side: the roster shows it refunded, with the reason.
    const refund = await closer.rpc('update_call_appointment_status', {
      p_appointment_id: call.id,
      p_status: 'refunded',
      p_remarks: 'Asked for a refund in week one',
      p_refund_reason: 'Changed plans',
    });
    expect(refund.error).toBeNull();
    const refunded = (await rosterFor(cm, batch9, call.lead_name, 'refunded')).filter((r) => r.lead_id === call.lead_id);
    expect(refunded).toHaveLength(1);
    expect(refunded[0]!.status).toBe('refunded');
    expect(refunded[0]!.refund_reason).toBe('Changed plans');
  });

  it('payments recorded from either side land in one ledger seen identically by both', async () => {
    const closer = await signedIn(CLOSER);
    const cm = await signedIn(COHORTS);
    const orgId = await nikist(closer);
    const closerId = await myUserId(closer);
    const batch3 = await batchId(closer, orgId, 'Insider Crypto Club', 'Batch 3');
    const call = await scheduledCall(closer, orgId, closerId);
    const conv = await closer.rpc('convert_call_appointment', {
      p_appointment_id: call.id,
      p_status: 'converted',
      p_batch_id: batch3,
      p_classes_access: '15',
      p_offer_amount: '40000',
      p_cash_received: '10000',
    });
    expect(conv.error).toBeNull();
    const student = (await rosterFor(cm, batch3, call.lead_name)).find((r) => r.lead_id === call.lead_id)!;

    // EMI path (the closer's Update EMI dialog) → roster.
    const p1 = await closer.rpc('record_payment', { p_cohort_student_id: student.id, p_amount: '5000', p_paid_on: '2026-11-20', p_payment_platform: 'UPI' });
    expect(p1.error).toBeNull();
    let row = (await rosterFor(cm, batch3, call.lead_name)).find((r) => r.id === student.id)!;
    expect(Number(row.cash_received)).toBe(15000);
    expect(Number(row.due_amount)).toBe(25000);

    // Roster path (cohort manager) → the closer's calls and ledger.
    const p2 = await cm.rpc('record_payment', { p_cohort_student_id: student.id, p_amount: '25000', p_paid_on: '2026-11-21' });
    expect(p2.error).toBeNull();
    const calls = await closer.rpc('list_closer_calls', { p_organization_id: orgId, p_closer_id: closerId, p_search: call.lead_name });
    const mine = calls.data!.find((c) => c.id === call.id)!;
    expect(Number(mine.cash_received)).toBe(40000);
    expect(Number(mine.due_amount)).toBe(0);
    const ledgerCloser = await closer.from('emi_payments').select('id, amount').eq('cohort_student_id', student.id).order('created_at');
    const ledgerCm = await cm.from('emi_payments').select('id, amount').eq('cohort_student_id', student.id).order('created_at');
    expect(ledgerCloser.data).toEqual(ledgerCm.data);
    expect(ledgerCloser.data!.map((p) => Number(p.amount))).toEqual([10000, 5000, 25000]);
    row = (await rosterFor(cm, batch3, call.lead_name, 'fully_paid')).find((r) => r.id === student.id)!;
    expect(row).toBeDefined();

    // Above what is due: refused, nothing changes.
    const over = await cm.rpc('record_payment', { p_cohort_student_id: student.id, p_amount: '1', p_paid_on: '2026-11-22' });
    expect(over.error?.hint).toBe('field:amount');
    // The offer may not go below the cash received.
    const low = await cm.rpc('change_offer_amount', { p_cohort_student_id: student.id, p_new_amount: '39999' });
    expect(low.error?.hint).toBe('field:new_amount');
  });

  it('refuses bad conversions with the field named and nothing changed', async () => {
    const closer = await signedIn(CLOSER);
    const orgId = await nikist(closer);
    const closerId = await myUserId(closer);
    const batch3 = await batchId(closer, orgId, 'Insider Crypto Club', 'Batch 3');
    const call = await scheduledCall(closer, orgId, closerId);
    const base = { p_appointment_id: call.id, p_status: 'converted', p_batch_id: batch3, p_classes_access: '15', p_offer_amount: '1000', p_cash_received: '0' };
    const cashAbove = await closer.rpc('convert_call_appointment', { ...base, p_cash_received: '2000' });
    expect(cashAbove.error?.hint).toBe('field:cash_received');
    const stale = await closer.rpc('convert_call_appointment', { ...base, p_expected_version: String(call.version + 7) });
    expect(stale.error?.hint).toBe('stale_version');
    const noRemarks = await closer.rpc('update_call_appointment_status', { p_appointment_id: call.id, p_status: 'not_converted' });
    expect(noRemarks.error?.hint).toBe('field:remarks');
    const legacy = await closer.rpc('update_call_appointment_status', { p_appointment_id: call.id, p_status: 'so_so' });
    expect(legacy.error?.hint).toBe('field:status');
    const still = await scheduledCall(closer, orgId, closerId);
    expect(still.id).toBe(call.id);
    expect(still.version).toBe(call.version);
  });
});

describe('tenancy and ownership', () => {
  it('a closer sees only their own summary row and cannot see or convert another closer’s call', async () => {
    const closer = await signedIn(CLOSER);
    const admin = await signedIn(ADMIN);
    const orgId = await nikist(closer);
    const closerId = await myUserId(closer);
    const summary = await closer.rpc('closer_summary', { p_organization_id: orgId });
    expect(summary.error).toBeNull();
    expect(summary.data!.map((r) => r.closer_id)).toEqual([closerId]);

    const all = await admin.rpc('closer_summary', { p_organization_id: orgId });
    const other = all.data!.find((r) => r.closer_id !== closerId);
    expect(other, 'the seed has a second closer').toBeDefined();
    const theirs = await admin.rpc('list_closer_calls', { p_organization_id: orgId, p_closer_id: other!.closer_id, p_statuses: ['scheduled'] });
    const theirCall = theirs.data![0]!;
    const seen = await closer.from('call_appointments').select('id').eq('id', theirCall.id);
    expect(seen.data).toEqual([]);
    const viaRpc = await closer.rpc('list_closer_calls', { p_organization_id: orgId, p_closer_id: other!.closer_id });
    expect(viaRpc.data ?? []).toEqual([]);
    const batch3 = await batchId(closer, orgId, 'Insider Crypto Club', 'Batch 3');
    const steal = await closer.rpc('convert_call_appointment', {
      p_appointment_id: theirCall.id,
      p_status: 'converted',
      p_batch_id: batch3,
      p_classes_access: '15',
      p_offer_amount: '100',
      p_cash_received: '0',
    });
    expect(steal.error).not.toBeNull();
    expect(['PT403', 'PT404']).toContain(steal.error!.code);
    const untouched = await admin.from('call_appointments').select('status').eq('id', theirCall.id).single();
    expect(untouched.data!.status).toBe('scheduled');
  });

  it('a closer of one organization sees nothing of another', async () => {
    const closer = await signedIn(CLOSER);
    const other = await signedIn('ana@vitalis.demo');
    const { data: orgs } = await other.from('organizations').select('id');
    const vitalis = orgs!.map((o) => o.id);
    const nikistId = await nikist(closer);
    expect(vitalis).not.toContain(nikistId);
    for (const table of ['call_appointments', 'cohort_students', 'cohort_batches', 'cohort_types', 'emi_payments', 'leads'] as const) {
      const r = await other.from(table).select('id').limit(5);
      expect(r.data ?? [], table).toEqual([]);
    }
    const summary = await other.rpc('closer_summary', { p_organization_id: nikistId });
    expect(summary.data ?? []).toEqual([]);
    const batch3 = await batchId(closer, nikistId, 'Insider Crypto Club', 'Batch 3');
    const roster = await other.rpc('list_batch_roster', { p_batch_id: batch3 });
    expect(roster.data ?? []).toEqual([]);
    const pay = await other.rpc('save_cohort_type', { p_organization_id: nikistId, p_name: 'Intruder' });
    expect(pay.error).not.toBeNull();
  });
});
