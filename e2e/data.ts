// Test data a spec makes for itself, through the local stack's API (the well-known local
// service_role key: the app never sees it). Names carry a unique stamp, so specs running in
// parallel never touch each other's rows.
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { demoPassword } from '../local-supabase/demo-logins.mjs';
import { anonKey, serviceRoleKey } from '../local-supabase/keys.mjs';
import { test } from './fixtures';

// Node 20 has no WebSocket of its own: supabase-js's realtime client needs one to be created.
const noSession = { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: WebSocket as never } };

/** A stamp unique to this test run of this test (project, retry and time). */
export function uniqueStamp(): string {
  const info = test.info();
  return `${info.project.name.replace(/\D/g, '')}${info.retry}${Date.now().toString(36)}`;
}

function apiUrl(): string {
  const url = test.info().project.use.baseURL;
  if (!url) throw new Error('no baseURL in the Playwright config');
  return url;
}

async function userId(email: string): Promise<string> {
  const client = createClient(apiUrl(), anonKey, noSession);
  const { data, error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error || !data.user) throw new Error(`sign-in of ${email} failed: ${error?.message}`);
  return data.user.id;
}

/**
 * A new lead with a call scheduled today (in the organization's timezone) with `closerEmail`, in
 * the organization of slug `orgSlug`. Returns the lead's name.
 */
export async function createScheduledCall({ closerEmail, orgSlug, leadName }: { closerEmail: string; orgSlug: string; leadName: string }) {
  const admin = createClient(apiUrl(), serviceRoleKey, noSession);
  const closerId = await userId(closerEmail);
  const org = await admin.from('organizations').select('id, timezone').eq('slug', orgSlug).single();
  if (org.error) throw new Error(`organization ${orgSlug}: ${org.error.message}`);
  const lead = await admin.from('leads').insert({ organization_id: org.data.id, full_name: leadName, source: 'E2E' }).select('id').single();
  if (lead.error) throw new Error(`lead: ${lead.error.message}`);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: org.data.timezone }).format(new Date());
  const call = await admin
    .from('call_appointments')
    .insert({ organization_id: org.data.id, lead_id: lead.data.id, closer_id: closerId, scheduled_date: today, scheduled_time: '10:00', status: 'scheduled', created_by: closerId })
    .select('id')
    .single();
  if (call.error) throw new Error(`call appointment: ${call.error.message}`);
  return { leadName, appointmentId: call.data.id as string };
}
