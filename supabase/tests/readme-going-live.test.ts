// The README's "Going live" section, run as written (server only): every command of its
// ```bash readme-test blocks runs through bash, with `--remote=<scratch database>` standing in for
// the linked project (a hosted-like database: local-supabase/hosted-roles.sql) and a local stack
// over that database standing in for SUPABASE_URL. And nothing demo reaches it: `db push
// --include-seed --remote` loads no seed. So the README cannot drift from what works.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlatform, createScratchDatabase, listMigrations, openDatabase, repoRoot, type Database } from '../../local-supabase/db.mjs';
import { anonKey, serviceRoleKey } from '../../local-supabase/keys.mjs';
import { createStack } from '../../local-supabase/server.mjs';
import { onServer } from './helpers/db';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = (() => {
  const start = readme.indexOf('## Going live');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
})();

/** Commands of the fenced blocks whose info string matches `info`, continuation lines joined. */
function commands(text: string, info: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/```([^\n]*)\n([\s\S]*?)```/g)) {
    if (!info.test(m[1]!.trim())) continue;
    const joined = m[2]!.replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) if (line.trim() && !line.trim().startsWith('#')) out.push(line.trim());
  }
  return out;
}

const tested = commands(section, /^bash readme-test$/);
const admin = { email: 'owner@golive.test', name: 'Gloria Live', org: 'Go Live Academy', slug: 'go-live-academy', password: 'a password only she knows' };

describe('README "Going live" commands', () => {
  it('every Supabase CLI command in the section names its target (--remote), except login and link', () => {
    const all = commands(section, /^bash/).filter((c) => c.startsWith('npx supabase'));
    expect(all.length).toBeGreaterThanOrEqual(8);
    const untargeted = all.filter((c) => !/ --remote(=|\s|$)/.test(c) && !/^npx supabase (login|link)\b/.test(c));
    expect(untargeted).toEqual([]);
    expect(tested.length).toBeGreaterThanOrEqual(5);
    expect(tested.some((c) => c.startsWith('node scripts/create-first-admin.mjs'))).toBe(true);
    expect(tested.some((c) => c.startsWith('npx supabase db push'))).toBe(true);
  });

  it('never documents a local address for the hosted Auth config, and sign-ups stay off', () => {
    const config = fs.readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
    const auth = /\n\[auth\]\n([\s\S]*?)\n\[/.exec(config)![1]!;
    expect(auth).toMatch(/^site_url = "env\([A-Z_]+\)"$/m);
    expect(auth).toMatch(/^additional_redirect_urls = \["env\([A-Z_]+\)"\]$/m);
    expect(auth).toMatch(/^enable_signup = false$/m);
    expect(auth).not.toMatch(/^[a-z_]+ = .*(127\.0\.0\.1|localhost)/m);
  });
});

describe.skipIf(!onServer)('README "Going live" walked against a scratch database standing in for the project (server only)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  let hostedUrl: string;
  let server: http.Server | undefined;
  let stackUrl = '';
  let home: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    db = await openDatabase({ url: scratch.url, max: 4 });
    for (let attempt = 0; ; attempt++) {
      try {
        await applyPlatform(db); // roles are per server: a parallel test file may race; retry
        break;
      } catch (e) {
        if (attempt > 2) throw e;
      }
    }
    await db.exec(fs.readFileSync(path.join(repoRoot, 'local-supabase', 'hosted-roles.sql'), 'utf8'));
    const u = new URL(scratch.url);
    u.username = 'hosted_postgres';
    u.password = 'postgres';
    hostedUrl = u.toString();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-home-'));
  }, 120_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
    await scratch?.drop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  /**
   * The project's API: a local stack over the scratch database, started at the first command that
   * needs it (after the migrations and the advisors: the stack adds its own request-limit helpers,
   * schema _local_supabase, which a hosted project does not have and the advisors would flag).
   */
  async function ensureStack() {
    if (server) return;
    const stack = createStack({ db });
    server = http.createServer((req, res) => void stack(req, res));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    stackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function run(command: string): Promise<{ code: number; out: string }> {
    const line = command.replace(/ --remote(?=\s|$)/g, ` --remote=${hostedUrl}`);
    return new Promise((resolve, reject) => {
      const child = spawn('bash', ['-o', 'pipefail', '-c', line], {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          PGSSLMODE: 'disable',
          SUPABASE_YES: '1', // the confirmation an admin answers at the prompt
          SUPABASE_URL: stackUrl,
          SUPABASE_ANON_KEY: anonKey,
          SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey,
          ADMIN_EMAIL: admin.email,
          ADMIN_NAME: admin.name,
          ORG_NAME: admin.org,
          ORG_SLUG: admin.slug,
          FIRST_ADMIN_PASSWORD: admin.password,
        },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, out }));
    });
  }

  it('runs every readme-test command as written, in order, and each succeeds', async () => {
    const outputs: string[] = [];
    for (const command of tested) {
      if (/\$SUPABASE_URL|scripts\//.test(command)) await ensureStack();
      const r = await run(command);
      outputs.push(r.out);
      expect(r.code, `${command}\n${r.out}`).toBe(0);
    }
    const all = outputs.join('\n');
    expect(all).toContain('sign-ups are off');
    expect(all).toContain('the admin signs in');
    // Every migration applied and recorded; the first admin and organization exist.
    const versions = (await db.query('select version from supabase_migrations.schema_migrations order by 1')).rows.map((r) => r.version);
    expect(versions).toEqual(listMigrations().map((m) => m.version));
    const org = await db.query(
      `select o.slug, m.role, u.email from public.organizations o join public.memberships m on m.organization_id = o.id
        join auth.users u on u.id = m.user_id`,
    );
    expect(org.rows).toEqual([{ slug: admin.slug, role: 'admin', email: admin.email }]);
  }, 600_000);

  it('db push --include-seed --remote loads no seed: the only login is the admin the README created', async () => {
    const r = await run('npx supabase db push --include-seed --remote');
    expect(r.code, r.out).toBe(0);
    const users = (await db.query('select email from auth.users')).rows.map((x) => x.email);
    expect(users).toEqual([admin.email]);
    expect((await db.query('select count(*)::int as n from public.leads')).rows[0]!.n).toBe(0);
  }, 300_000);
});
