// The Calendly booking webhook, end to end: supabase/functions/calendly-webhook runs under Deno
// behind the local stack (/functions/v1/calendly-webhook?organization=<id>, no JWT), with the demo
// seed (Nikist's signing key is demo-calendly-signing-key). Real-shaped Calendly v2 deliveries:
// good, replayed, forged, stale, canceled, unknown host, another organization's key.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startSalesStack } from './helpers/sales-stack.mjs';

const NIKIST = '0a000000-0000-4000-8000-000000000001';
const ORBIT = '0a000000-0000-4000-8000-000000000003';
const DIPANSHU = '0b000000-0000-4000-8000-000000000003';
const KEY = 'demo-calendly-signing-key';

type Stack = Awaited<ReturnType<typeof startSalesStack>>;
let stack: Stack;

const ORBIT_KEY = 'orbit-calendly-signing-key-2';

beforeAll(async () => {
  stack = await startSalesStack();
  // Orbit gets a key of its own (as its admin would set it): deliveries signed with one
  // organization's key are refused for the other.
  if (stack.databaseUrl) {
    const c = new pg.Client({ connectionString: stack.databaseUrl });
    await c.connect();
    await c.query(`insert into private.calendly_settings (organization_id, signing_key) values ($1, $2)`, [ORBIT, ORBIT_KEY]);
    await c.end();
  }
}, 180_000);
afterAll(async () => {
  await stack?.close();
});

async function rest(path: string) {
  const r = await fetch(`${stack.url}/rest/v1/${path}`, { headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}` } });
  expect(r.status).toBe(200);
  return (await r.json()) as Record<string, any>[];
}

function sign(body: string, key = KEY, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${createHmac('sha256', key).update(`${t}.${body}`).digest('hex')}`;
}

async function deliver(body: string, signature: string | null, org = NIKIST) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['Calendly-Webhook-Signature'] = signature;
  const r = await fetch(`${stack.url}/functions/v1/calendly-webhook?organization=${org}`, { method: 'POST', headers, body });
  return { status: r.status, body: (await r.json()) as Record<string, any> };
}

/** A Calendly v2 webhook delivery as Calendly sends it (fields trimmed to what matters, shapes kept). */
function invitee(event: 'invitee.created' | 'invitee.canceled', o: { uri: string; email: string; host: string; start: string; phone?: string | null; reason?: string }) {
  const eventUri = 'https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2';
  return JSON.stringify({
    created_at: '2026-12-07T01:00:00.000000Z',
    created_by: 'https://api.calendly.com/users/AAAAAAAAAAAAAAAA',
    event,
    payload: {
      cancel_url: 'https://calendly.com/cancellations/AAAAAAAAAAAAAAAA',
      created_at: '2026-12-07T00:59:58.000000Z',
      email: o.email,
      event: eventUri,
      first_name: null,
      last_name: null,
      name: 'Kavya Iyer',
      new_invitee: null,
      old_invitee: null,
      questions_and_answers: [{ answer: 'Crypto basics', position: 0, question: 'What do you want to learn?' }],
      reschedule_url: 'https://calendly.com/reschedulings/AAAAAAAAAAAAAAAA',
      rescheduled: false,
      status: event === 'invitee.created' ? 'active' : 'canceled',
      text_reminder_number: o.phone ?? null,
      timezone: 'Asia/Kolkata',
      tracking: { utm_campaign: null, utm_source: null, utm_medium: null, utm_content: null, utm_term: null, salesforce_uuid: null },
      updated_at: '2026-12-07T00:59:58.000000Z',
      uri: o.uri,
      scheduled_event: {
        uri: eventUri,
        name: 'Discovery call',
        status: event === 'invitee.created' ? 'active' : 'canceled',
        start_time: o.start,
        end_time: o.start.replace(/T(\d\d)/, (_, h) => `T${String((Number(h) + 1) % 24).padStart(2, '0')}`),
        event_type: 'https://api.calendly.com/event_types/GBGBDCAADAEDCRZ2',
        location: { type: 'google_conference', join_url: 'https://meet.example.com/x' },
        invitees_counter: { total: 1, active: 1, limit: 1 },
        created_at: '2026-12-07T00:59:58.000000Z',
        updated_at: '2026-12-07T00:59:58.000000Z',
        event_memberships: [{ user: 'https://api.calendly.com/users/BBBBBBBBBBBBBBBB', user_email: o.host, user_name: 'Host' }],
        event_guests: [],
      },
      ...(event === 'invitee.canceled'
        ? { cancellation: { canceled_by: 'Kavya Iyer', reason: o.reason ?? null, canceler_type: 'invitee', created_at: '2026-12-07T01:00:00.000000Z' } }
        : {}),
    },
  });
}

async function callOf(email: string) {
  const leads = await rest(`leads?select=id,email,phone,full_name&organization_id=eq.${NIKIST}&email=eq.${encodeURIComponent(email)}`);
  if (leads.length === 0) return { leads, calls: [] as Record<string, any>[] };
  const calls = await rest(`call_appointments?select=id,status,closer_id,scheduled_date,scheduled_time,cancellation_reason&lead_id=eq.${leads[0]!.id}`);
  return { leads, calls };
}

describe('calendly-webhook Edge Function', () => {
  it('books a verified invitee.created for the host closer at the local date and time (00:30 IST on its own day); a replay books nothing more', async () => {
    const email = `kavya.${randomUUID().slice(0, 6)}@example.com`;
    const uri = `https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/${randomUUID()}`;
    const body = invitee('invitee.created', { uri, email, host: 'Dipanshu@nikist.demo', start: '2026-12-20T19:00:00.000000Z', phone: '098765 43210' });
    const sig = sign(body);
    const r = await deliver(body, sig);
    expect(r).toMatchObject({ status: 200, body: { action: 'booked' } });
    const { leads, calls } = await callOf(email);
    expect(leads).toEqual([expect.objectContaining({ full_name: 'Kavya Iyer', phone: '+919876543210' })]);
    expect(calls).toEqual([expect.objectContaining({ status: 'scheduled', closer_id: DIPANSHU, scheduled_date: '2026-12-21', scheduled_time: '00:30:00' })]);
    // Calendly retries the same delivery: same answer, nothing new.
    const again = await deliver(body, sig);
    expect(again).toMatchObject({ status: 200, body: { action: 'already_booked', appointment_id: calls[0]!.id } });
    expect((await callOf(email)).calls).toHaveLength(1);
  }, 180_000);

  it('refuses forged, stale, unsigned, malformed-header and other-organization deliveries with 401, writing nothing', async () => {
    const email = `forged.${randomUUID().slice(0, 6)}@example.com`;
    const uri = `https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/${randomUUID()}`;
    const body = invitee('invitee.created', { uri, email, host: 'dipanshu@nikist.demo', start: '2026-12-21T05:00:00Z' });
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string | null, string][] = [
      ['no header', null, NIKIST],
      ['wrong key', sign(body, 'not-the-signing-key-123'), NIKIST],
      ['body changed after signing', sign(body.replace('Kavya', 'Kavyb')), NIKIST],
      ['stale (4 minutes old)', sign(body, KEY, now - 240), NIKIST],
      ['from the future', sign(body, KEY, now + 240), NIKIST],
      ['malformed header', 'v1=abc', NIKIST],
      [stack.databaseUrl ? "Nikist's key for Orbit, which has its own" : 'Nikist key for an organization without one', sign(body), ORBIT],
      ...(stack.databaseUrl ? ([["Orbit's key for Nikist", sign(body, ORBIT_KEY), NIKIST]] as [string, string, string][]) : []),
      ['not an organization id', sign(body), 'nikist'],
    ];
    for (const [what, sig, org] of cases) {
      const r = await deliver(body, sig, org);
      expect(r.status, what).toBe(401);
    }
    expect((await callOf(email)).leads).toEqual([]);
  }, 180_000);

  it('invitee.canceled cancels the call with the reason; an unknown host gives an unassigned call', async () => {
    const email = `cancel.${randomUUID().slice(0, 6)}@example.com`;
    const uri = `https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/${randomUUID()}`;
    const created = invitee('invitee.created', { uri, email, host: 'someone@elsewhere.com', start: '2026-12-22T04:30:00Z' });
    expect((await deliver(created, sign(created))).status).toBe(200);
    let { calls } = await callOf(email);
    expect(calls).toEqual([expect.objectContaining({ closer_id: null, scheduled_date: '2026-12-22', scheduled_time: '10:00:00' })]);
    const canceled = invitee('invitee.canceled', { uri, email, host: 'someone@elsewhere.com', start: '2026-12-22T04:30:00Z', reason: 'Exam that day' });
    expect(await deliver(canceled, sign(canceled))).toMatchObject({ status: 200, body: { action: 'cancelled' } });
    ({ calls } = await callOf(email));
    expect(calls).toEqual([expect.objectContaining({ status: 'cancelled', cancellation_reason: 'Exam that day' })]);
    const history = await rest(`call_appointment_history?select=old_status,new_status,changes&call_appointment_id=eq.${calls[0]!.id}&order=id`);
    expect(history.map((h) => h.new_status)).toEqual(['scheduled', 'cancelled']);
    expect(history[1]!.changes).toMatchObject({ via: { to: 'calendly' }, calendly_event: { to: 'invitee.canceled' } });
    expect(await deliver(canceled, sign(canceled))).toMatchObject({ status: 200, body: { action: 'already_cancelled' } });
  }, 180_000);

  it('a signed delivery that is not an invitee event is answered without writing; a signed non-JSON body is 400', async () => {
    const other = JSON.stringify({ event: 'routing_form_submission.created', payload: { uri: 'https://api.calendly.com/routing_form_submissions/X' } });
    expect(await deliver(other, sign(other))).toMatchObject({ status: 200, body: { action: 'ignored' } });
    expect((await deliver('not json', sign('not json'))).status).toBe(400);
  }, 180_000);
});

