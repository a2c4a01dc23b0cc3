// Calendly booking webhook: POST /functions/v1/calendly-webhook?organization=<organization id>
//
// Deployed without JWT verification (Calendly sends none: config.toml verify_jwt = false,
// `supabase functions deploy calendly-webhook --no-verify-jwt`). Instead every delivery must carry
// `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` made with
// the organization's signing key, at most 3 minutes old. The signature is checked over the RAW
// body before anything is parsed, in constant time; anything else is 401 and nothing is written.
//
// What it writes goes through the database's one booking path (receive_calendly_event, service
// role only): invitee.created books (idempotent on the invitee uri), invitee.canceled cancels
// (a converted call stays converted; the event is in its history either way).
import { z } from 'npm:zod@4.6.7';
import { parsePhoneNumberFromString, type CountryCode } from 'npm:libphonenumber-js@1.13.18';

const TOLERANCE_SECONDS = 180;
const MAX_BODY_BYTES = 256 * 1024;

const supabaseUrl = Deno.env.get('SUPABASE_URL') ?? '';
const serviceKey = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? '';

const configSchema = z.object({ signing_key: z.string().min(1), timezone: z.string(), phone_country: z.string().nullable() });

const inviteeSchema = z.object({
  uri: z.string().min(1).max(500),
  email: z.string().max(320).nullish(),
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  text_reminder_number: z.string().nullish(),
  questions_and_answers: z.array(z.object({ question: z.string().nullish(), answer: z.string().nullish() })).nullish(),
  scheduled_event: z
    .object({
      start_time: z.string().nullish(),
      text_reminder_number: z.string().nullish(),
      event_memberships: z.array(z.object({ user_email: z.string().nullish() })).nullish(),
    })
    .nullish(),
  cancellation: z.object({ reason: z.string().nullish() }).nullish(),
});
const deliverySchema = z.object({ event: z.string(), payload: inviteeSchema });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
const unauthorized = () => json(401, { message: 'Invalid or missing Calendly-Webhook-Signature.' });

async function rpc(fn: string, args: Record<string, unknown>): Promise<{ ok: boolean; status: number; body: unknown }> {
  const r = await fetch(`${supabaseUrl}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: { apikey: serviceKey, authorization: `Bearer ${serviceKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const text = await r.text();
  return { ok: r.ok, status: r.status, body: text ? JSON.parse(text) : null };
}

/** `t=...,v1=...[,v1=...]` -> timestamp and signatures; null when malformed. */
export function parseSignatureHeader(header: string | null): { t: number; v1: string[] } | null {
  if (!header) return null;
  let t: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k === 't' && /^\d{1,12}$/.test(v)) t = Number(v);
    if (k === 'v1' && /^[0-9a-f]{64}$/i.test(v)) v1.push(v.toLowerCase());
  }
  return t === null || v1.length === 0 ? null : { t, v1 };
}

function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function verifySignature(key: string, header: string | null, raw: Uint8Array, nowSeconds: number): Promise<boolean> {
  const sig = parseSignatureHeader(header);
  if (!sig || Math.abs(nowSeconds - sig.t) > TOLERANCE_SECONDS) return false;
  const enc = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = enc.encode(`${sig.t}.`);
  const signed = new Uint8Array(prefix.length + raw.length);
  signed.set(prefix);
  signed.set(raw, prefix.length);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, signed));
  let ok = false;
  for (const candidate of sig.v1) ok = timingSafeEqual(expected, hexToBytes(candidate)) || ok;
  return ok;
}

/** The invitee's phone in E.164, from the SMS reminder number or a phone-like answer; null when none parses. */
export function inviteePhone(p: z.infer<typeof inviteeSchema>, country: string | null): string | null {
  const candidates = [
    p.text_reminder_number,
    p.scheduled_event?.text_reminder_number,
    ...(p.questions_and_answers ?? [])
      .filter((qa) => /phone|mobile|whats\s?app|telefone|celular|contact number/i.test(qa.question ?? ''))
      .map((qa) => qa.answer),
  ];
  for (const raw of candidates) {
    if (!raw || !raw.trim()) continue;
    const parsed = parsePhoneNumberFromString(raw.trim(), (country ?? undefined) as CountryCode | undefined);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}

Deno.serve(async (req: Request) => {
  if (req.method !== 'POST') return json(405, { message: 'POST a Calendly webhook delivery.' });
  const org = new URL(req.url).searchParams.get('organization') ?? '';
  const raw = new Uint8Array(await req.arrayBuffer());
  if (raw.length > MAX_BODY_BYTES) return json(413, { message: 'The delivery is too large.' });
  const header = req.headers.get('calendly-webhook-signature');
  if (!/^[0-9a-f-]{36}$/i.test(org) || !parseSignatureHeader(header)) return unauthorized();

  const cfg = await rpc('calendly_webhook_config', { p_organization_id: org });
  if (!cfg.ok) return json(503, { message: 'The organization settings could not be read; Calendly will retry.' });
  const config = configSchema.safeParse(cfg.body);
  // No such organization or no key: indistinguishable from a bad signature.
  if (!config.success) return unauthorized();
  if (!(await verifySignature(config.data.signing_key, header, raw, Math.floor(Date.now() / 1000)))) return unauthorized();

  let delivery: z.infer<typeof deliverySchema>;
  try {
    const parsed = deliverySchema.safeParse(JSON.parse(new TextDecoder().decode(raw)));
    if (!parsed.success) return json(400, { message: 'Not a Calendly invitee event.', issues: parsed.error.issues.slice(0, 5) });
    delivery = parsed.data;
  } catch {
    return json(400, { message: 'The body is not JSON.' });
  }
  const p = delivery.payload;
  if (delivery.event !== 'invitee.created' && delivery.event !== 'invitee.canceled') {
    return json(200, { action: 'ignored', event: delivery.event });
  }
  const name = p.name?.trim() || [p.first_name, p.last_name].filter(Boolean).join(' ').trim() || null;
  const result = await rpc('receive_calendly_event', {
    p_organization_id: org,
    p_event: delivery.event,
    p_invitee_uri: p.uri,
    p_email: p.email ?? null,
    p_full_name: name,
    p_phone: inviteePhone(p, config.data.phone_country),
    p_host_emails: (p.scheduled_event?.event_memberships ?? []).map((m) => m.user_email).filter((e): e is string => Boolean(e)),
    p_start_time: p.scheduled_event?.start_time ?? null,
    p_reason: p.cancellation?.reason ?? null,
  });
  if (!result.ok) {
    // Bad data in a signed delivery (e.g. no email and no phone): 422, Calendly stops retrying it.
    const status = result.status >= 500 ? 500 : 422;
    return json(status, { message: 'The delivery could not be booked.', error: result.body });
  }
  const body = result.body as { action?: string; appointment?: { id?: string } } | null;
  return json(200, { action: body?.action ?? null, appointment_id: body?.appointment?.id ?? null });
});
