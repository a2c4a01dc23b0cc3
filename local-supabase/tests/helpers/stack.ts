// Starts the local stack for a test file: a fresh database (in-memory PGlite, or a scratch database
// on the server of DATABASE_URL), platform.sql, the fixture schema, data and users, served over
// HTTP on an ephemeral port; plus supabase-js clients pointed at it.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { applyPlatform, createScratchDatabase, openDatabase, type Database } from '../../db.mjs';
import { anonKey, serviceRoleKey } from '../../keys.mjs';
import { createStack } from '../../server.mjs';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
export const fixtureSql = fs.readFileSync(path.join(fixtures, 'schema.sql'), 'utf8');
export const fixtureDataSql = fs.readFileSync(path.join(fixtures, 'data.sql'), 'utf8');

export const password = 'correct horse battery staple';
export const users = {
  alice: { id: '11111111-1111-4111-8111-111111111111', email: 'alice@example.test', confirmed: true },
  bob: { id: '22222222-2222-4222-8222-222222222222', email: 'bob@example.test', confirmed: true },
  carol: { id: '33333333-3333-4333-8333-333333333333', email: 'carol@example.test', confirmed: false },
} as const;

/** Platform and the fixture schema, data and users, on a fresh database. */
export async function loadFixtures(db: Database, { rows = true } = {}) {
  // Roles are per server: concurrent test files may race to create them; the loser retries.
  for (let attempt = 0; ; attempt++) {
    try {
      await applyPlatform(db);
      break;
    } catch (e) {
      if (attempt > 2) throw e;
    }
  }
  await db.exec(fixtureSql);
  const hash = bcrypt.hashSync(password, 4);
  for (const u of Object.values(users)) {
    await db.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
         confirmation_token, recovery_token, email_change_token_new, email_change)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3, $4, '{"provider":"email","providers":["email"]}', $5, now(), now(), '', '', '', '')`,
      [u.id, u.email, hash, u.confirmed ? new Date().toISOString() : null, JSON.stringify({ name: u.email.split('@')[0] })],
    );
    // GoTrue's identity row for an email user.
    await db.query(
      `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
       values ($1::text, $4::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text, 'email_verified', $3::boolean), 'email', now(), now())`,
      [u.id, u.email, u.confirmed, u.id],
    );
  }
  if (rows) {
    await db.exec(fixtureDataSql);
    await db.query(`insert into public.notes (owner_id, body) values ($1, 'alice 1'), ($1, 'alice 2'), ($2, 'bob 1')`, [users.alice.id, users.bob.id]);
  }
}

export type TestStack = {
  url: string;
  db: Database;
  anon: () => SupabaseClient;
  service: () => SupabaseClient;
  signedIn: (who: keyof typeof users) => Promise<SupabaseClient>;
  close: () => Promise<void>;
};

export function client(url: string, key = anonKey): SupabaseClient {
  return createClient(url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as never },
  });
}

/** A fresh stack with the fixtures loaded. */
export async function startTestStack(opts: { rows?: boolean } & Omit<Parameters<typeof createStack>[0], 'db'> = {}): Promise<TestStack> {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let db: Database;
  if (process.env.DATABASE_URL) {
    scratch = await createScratchDatabase(process.env.DATABASE_URL);
    db = await openDatabase({ url: scratch.url });
  } else {
    db = await openDatabase();
  }
  await loadFixtures(db, { rows: opts.rows });
  const { rows: _rows, ...stackOptions } = opts;
  const stack = createStack({ db, ...stackOptions });
  const server = http.createServer((req, res) => void stack(req, res));
  server.keepAliveTimeout = 65_000; // as startStack: idle sockets are closed by the client first
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    anon: () => client(url),
    service: () => client(url, serviceRoleKey),
    signedIn: async (who) => {
      const c = client(url);
      const { error } = await c.auth.signInWithPassword({ email: users[who].email, password });
      if (error) throw error;
      return c;
    },
    close: async () => {
      stack.stopFunctions();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      await scratch?.drop();
    },
  };
}

/** Raw fetch against the stack with the anon key unless headers say otherwise. */
export function raw(stackUrl: string, pathAndQuery: string, init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {}) {
  const headers = Object.fromEntries(Object.entries({ apikey: anonKey, ...init.headers }).filter(([, v]) => v !== ''));
  return fetch(stackUrl + pathAndQuery, { ...init, headers });
}
