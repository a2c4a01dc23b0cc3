// Every migration applies as a hosted project's `postgres` would apply it (server only: PGlite has
// one superuser and no other role). local-supabase/hosted-roles.sql gives `hosted_postgres` the
// rights hosted gives `postgres`: not a superuser, owner of the database, public, the publication
// and the migration history, but not of schema auth, whose rows it may read and write and whose
// tables it may add triggers and foreign keys to. A migration `supabase db push` would refuse
// (DDL in auth, superuser-only statements) fails here; .ci/run applies the migrations the same way.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, applyPlatform, applySeed, createScratchDatabase, openDatabase, repoRoot } from '../../local-supabase/db.mjs';
import { onServer, pgError } from './helpers/db';

type Db = Awaited<ReturnType<typeof openDatabase>>;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let admin: Db;
let hosted: Db;

describe.skipIf(!onServer)('migrations as a hosted project applies them (server only)', () => {
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    admin = await openDatabase({ url: scratch.url, max: 2 });
    for (let attempt = 0; ; attempt++) {
      try {
        await applyPlatform(admin); // roles are per server: a parallel test file may race; retry
        break;
      } catch (e) {
        if (attempt > 2) throw e;
      }
    }
    await admin.exec(fs.readFileSync(path.join(repoRoot, 'local-supabase', 'hosted-roles.sql'), 'utf8'));
    const u = new URL(scratch.url);
    u.username = 'hosted_postgres';
    u.password = 'postgres';
    hosted = await openDatabase({ url: u.toString(), max: 2 });
  }, 120_000);
  afterAll(async () => {
    await hosted?.close();
    await admin?.close();
    await scratch?.drop();
  });

  it('applies every migration and the seed as a role that is not a superuser and does not own auth', async () => {
    const me = (await hosted.query(`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as su`)).rows[0];
    expect(me).toEqual({ u: 'hosted_postgres', su: false });
    expect((await hosted.query(`select pg_get_userbyid(nspowner) as o from pg_namespace where nspname = 'auth'`)).rows[0]!.o).toBe('supabase_auth_admin');
    const done = await applyMigrations(hosted);
    expect(done.length).toBeGreaterThanOrEqual(25);
    await applySeed(hosted);
    const counts = (await hosted.query(`select (select count(*) from public.cohort_students)::int s, (select count(*) from public.profiles)::int p, (select count(*) from auth.users)::int u`)).rows[0]!;
    expect(counts.s).toBeGreaterThan(0);
    // Profiles come from the migration's trigger on auth.users, which the role may create.
    expect(counts.p).toBe(counts.u);
  });

  it('refuses what hosted refuses: objects in auth, altering auth tables, superuser-only statements', async () => {
    expect((await pgError(hosted.query(`create table auth.app_notes (id int)`))).code).toBe('42501');
    expect((await pgError(hosted.query(`create function auth.app_fn() returns int language sql as 'select 1'`))).code).toBe('42501');
    expect((await pgError(hosted.query(`alter table auth.users add column app_flag boolean`))).code).toBe('42501');
    expect((await pgError(hosted.query(`drop trigger if exists on_auth_user_created on auth.users`))).code).toBe('42501');
    expect((await pgError(hosted.query(`alter system set work_mem = '64MB'`))).code).toBe('42501');
    expect((await pgError(hosted.query(`create extension if not exists plperlu`))).code).toMatch(/^(42501|0A000|58P01)$/);
  });

  it('new tables in public get Supabase default grants for the API roles', async () => {
    await hosted.query(`create table public.hosted_probe (id int)`);
    const r = (await hosted.query(`select has_table_privilege('anon', 'public.hosted_probe', 'select') a, has_table_privilege('authenticated', 'public.hosted_probe', 'insert') b`)).rows[0];
    expect(r).toEqual({ a: true, b: true });
    await hosted.query(`drop table public.hosted_probe`);
  });
});
