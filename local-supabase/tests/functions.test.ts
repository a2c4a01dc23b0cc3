// Edge Functions through the local stack: each function of a functions folder runs under Deno and
// is reached at /functions/v1/<name> with the gateway's JWT check (unless verify_jwt = false), the
// raw body, and the project's URL and keys in its environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonKey } from '../keys.mjs';
import { startTestStack, type TestStack } from './helpers/stack';

const echo = (tag: string) => `
Deno.serve(async (req) => {
  const url = new URL(req.url);
  const key = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? '';
  const notes = await fetch(Deno.env.get('SUPABASE_URL') + '/rest/v1/notes?select=body', { headers: { apikey: key, authorization: 'Bearer ' + key } });
  return Response.json({
    tag: '${tag}',
    method: req.method,
    path: url.pathname,
    search: url.search,
    body: await req.text(),
    signature: req.headers.get('calendly-webhook-signature'),
    notes: notes.status === 200 ? (await notes.json()).length : notes.status,
  }, { status: 201, headers: { 'x-from-function': '${tag}' } });
});
`;

let dir: string;
let stack: TestStack;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-functions-'));
  for (const name of ['guarded', 'open']) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'index.ts'), echo(name));
  }
  fs.mkdirSync(path.join(dir, 'broken'));
  fs.writeFileSync(path.join(dir, 'broken', 'index.ts'), `throw new Error('boom at start');\n`);
  const config = path.join(dir, 'config.toml');
  fs.writeFileSync(config, `[functions.open]\nverify_jwt = false\n\n[functions.guarded]\n# default: verify_jwt = true\n`);
  stack = await startTestStack({ functions: { functionsDir: dir, configFile: config } });
});

afterAll(async () => {
  await stack?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('/functions/v1', () => {
  it('answers 404 for a function that does not exist, without starting anything', async () => {
    const r = await fetch(`${stack.url}/functions/v1/nope`, { method: 'POST', headers: { authorization: `Bearer ${anonKey}` } });
    expect(r.status).toBe(404);
    expect((await r.json()).code).toBe('NOT_FOUND');
  });

  it('checks the JWT by default: no token or a forged one is 401 and never reaches the function', async () => {
    const none = await fetch(`${stack.url}/functions/v1/guarded`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect((await none.json()).message).toBe('Missing authorization header');
    const forged = anonKey.slice(0, -4) + 'AAAA';
    const bad = await fetch(`${stack.url}/functions/v1/guarded`, { method: 'POST', headers: { authorization: `Bearer ${forged}` } });
    expect(bad.status).toBe(401);
  });

  it('passes a verified request through with its method, path, query and status, and the function reaches the database with its service key', async () => {
    const r = await fetch(`${stack.url}/functions/v1/guarded/sub/path?organization=abc&x=1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${anonKey}`, 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-from-function')).toBe('guarded');
    const body = await r.json();
    expect(body).toMatchObject({ tag: 'guarded', method: 'PUT', path: '/guarded/sub/path', search: '?organization=abc&x=1', body: '{"a":1}', notes: 3 });
  }, 150_000);

  it('serves a verify_jwt = false function without any key, with the raw body byte for byte', async () => {
    const raw = '{ "event" :"invitee.created",\n  "name":"São Paulo ✓"  }  ';
    const r = await fetch(`${stack.url}/functions/v1/open?organization=o1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'calendly-webhook-signature': 't=1,v1=ab' },
      body: raw,
    });
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(body.body).toBe(raw);
    expect(body.signature).toBe('t=1,v1=ab');
    expect(body.search).toBe('?organization=o1');
  }, 150_000);

  it('restarts a function when its code changes', async () => {
    const file = path.join(dir, 'open', 'index.ts');
    fs.writeFileSync(file, echo('open-v2'));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    const r = await fetch(`${stack.url}/functions/v1/open`, { method: 'POST', body: 'x' });
    expect((await r.json()).tag).toBe('open-v2');
  }, 150_000);

  it('answers 503 with the reason when a function fails to start', async () => {
    const r = await fetch(`${stack.url}/functions/v1/broken`, { method: 'POST', headers: { authorization: `Bearer ${anonKey}` } });
    expect(r.status).toBe(503);
    expect(JSON.stringify(await r.json())).toContain('boom at start');
  }, 150_000);
});
