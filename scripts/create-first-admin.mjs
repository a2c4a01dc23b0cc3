#!/usr/bin/env node
// Creates the first admin of the first organization of a project (README "Going live").
//
//   SUPABASE_URL=https://<ref>.supabase.co SUPABASE_SERVICE_ROLE_KEY=<service_role key> \
//   node scripts/create-first-admin.mjs --email owner@example.com --name "Owner Name" \
//     --org-name "Example Academy" --org-slug example-academy [--timezone Asia/Kolkata] [--currency INR] [--locale en]
//
// 1. Auth admin API `POST /auth/v1/admin/users`: the person, email confirmed. The password is
//    FIRST_ADMIN_PASSWORD from the environment, else a random one printed once (change it after
//    the first sign-in). A person who already exists is kept as is (password unchanged).
// 2. Data API `POST /rest/v1/rpc/create_organization_with_admin` (executable by service_role only):
//    the organization and the person's admin membership, in one transaction; the same command again
//    answers the same organization.
// The service_role key is read from the environment only: never put it in the repo, a VITE_*
// variable or the browser.
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';

const usage = `usage: SUPABASE_URL=... SUPABASE_SERVICE_ROLE_KEY=... node scripts/create-first-admin.mjs \\
  --email <email> --name <full name> --org-name <organization name> --org-slug <slug> \\
  [--timezone <IANA zone, default UTC>] [--currency <ISO code, default USD>] [--locale <en|pt-BR, default en>]`;

let opts;
try {
  opts = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'org-name': { type: 'string' },
      'org-slug': { type: 'string' },
      timezone: { type: 'string' },
      currency: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${e instanceof Error ? e.message : e}\n${usage}`);
}
if (opts.help) {
  console.log(usage);
  process.exit(0);
}
const url = (process.env.SUPABASE_URL ?? '').replace(/\/+$/, '');
const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY ?? '';
if (!url || !serviceKey) fail(`SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY must be set in the environment.\n${usage}`);
for (const k of ['email', 'name', 'org-name', 'org-slug']) if (!opts[k]) fail(`--${k} is required.\n${usage}`);

const headers = { apikey: serviceKey, authorization: `Bearer ${serviceKey}`, 'content-type': 'application/json' };

// 1. The person.
const generated = !process.env.FIRST_ADMIN_PASSWORD;
const password = process.env.FIRST_ADMIN_PASSWORD || crypto.randomBytes(15).toString('base64url');
const created = await call('POST', '/auth/v1/admin/users', {
  email: opts.email,
  password,
  email_confirm: true,
  user_metadata: { full_name: opts.name },
});
let personNote;
if (created.ok) {
  personNote = `created ${created.body.email} (${created.body.id})`;
} else if (created.status === 422 && errorCode(created.body) === 'email_exists') {
  personNote = `${opts.email} already exists (password unchanged)`;
} else {
  fail(`Auth admin API refused to create ${opts.email}: HTTP ${created.status} ${errorText(created.body)}`);
}

// 2. The organization and the admin membership.
const org = await call('POST', '/rest/v1/rpc/create_organization_with_admin', {
  p_admin_email: opts.email,
  p_name: opts['org-name'],
  p_slug: opts['org-slug'],
  p_timezone: opts.timezone ?? null,
  p_currency: opts.currency ?? null,
  p_locale: opts.locale ?? null,
});
if (!org.ok) fail(`${personNote}; creating the organization failed: HTTP ${org.status} ${errorText(org.body)}`);
const o = org.body.organization;
console.log(`Person: ${personNote}`);
console.log(`Organization: ${o.name} (${o.slug}, ${o.id}) ${org.body.created ? 'created' : 'already there'}; ${opts.email} is its admin`);
if (created.ok && generated) {
  console.log(`One-time password for ${opts.email}: ${password}`);
  console.log('Sign in with it and change it right away (Change password, /account/password); it is not stored anywhere.');
}

async function call(method, path, body) {
  let res;
  try {
    res = await fetch(`${url}${path}`, { method, headers, body: JSON.stringify(body) });
  } catch (e) {
    fail(`cannot reach ${url}${path}: ${e instanceof Error ? e.message : e}`);
  }
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { message: text };
  }
  return { ok: res.ok, status: res.status, body: json };
}

function errorCode(b) {
  return b?.error_code ?? b?.code;
}
function errorText(b) {
  if (!b) return '';
  return [b.error_code ?? b.code, b.message ?? b.msg ?? b.error_description, b.hint ? `(${b.hint})` : '']
    .filter(Boolean)
    .join(' ');
}
function fail(message) {
  console.error(message);
  process.exit(1);
}
