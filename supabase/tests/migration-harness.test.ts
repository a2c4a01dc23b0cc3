// The migration harness (local-supabase/db.mjs applyMigrations, used by the tests, the local stack and
// gen-types) applies a file holding `create index concurrently` (and the other statements PostgreSQL
// refuses inside a transaction block) the way the Supabase CLI does, on PGlite and on the server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, applyPlatform, createScratchDatabase, openDatabase, repoRoot, type Database } from '../../local-supabase/db.mjs';
import { isNonTransactional, splitStatements } from '../../local-supabase/sql-statements.mjs';
import { onServer, serverUrl } from './helpers/db';

let db: Database;
let drop: (() => Promise<void>) | undefined;
let dir: string;

const write = (file: string, sql: string) => fs.writeFileSync(path.join(dir, file), sql);
const versions = async () =>
  (await db.query('select version, name, statements from supabase_migrations.schema_migrations order by version')).rows;
const indexState = async (name: string) =>
  (
    await db.query(
      `select i.indisvalid as valid from pg_index i join pg_class c on c.oid = i.indexrelid
        where c.relname = $1 and c.relnamespace = 'public'::regnamespace`,
      [name],
    )
  ).rows[0];

beforeAll(async () => {
  let url: string | undefined;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    url = scratch.url;
    drop = scratch.drop;
  }
  db = await openDatabase({ url, max: 4 });
  await applyPlatform(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
});
afterAll(async () => {
  await db?.close();
  if (drop) await drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('splitting a migration file', () => {
  it('splits at top-level semicolons only', () => {
    const sql = `-- a comment; with a semicolon
set lock_timeout = '5s';
create function public.f() returns text language plpgsql as $fn$ begin return 'a;b'; end $fn$;
/* block; /* nested; */ still; */ select 'it''s; fine', E'\\'; x', "odd;name" from t;
create function public.g() returns int language sql begin atomic select case when true then 1 end; select 2; end;
create index concurrently if not exists t_x_idx on public.t (x)
`;
    const parts = splitStatements(sql);
    expect(parts).toHaveLength(5);
    expect(parts[1]).toContain("'a;b'");
    expect(parts[2]).toContain('"odd;name"');
    expect(parts[3]).toMatch(/select 2; end$/);
    expect(parts.map(isNonTransactional)).toEqual([false, false, false, false, true]);
  });

  it('recognizes what PostgreSQL refuses in a transaction block', () => {
    for (const s of [
      'create index concurrently i on t (x)',
      'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (x)',
      '-- why\ndrop index concurrently if exists i',
      'reindex (verbose) index concurrently i',
      'vacuum analyze t',
      'alter system set work_mem = 1',
      'cluster t using i',
    ]) {
      expect(isNonTransactional(s), s).toBe(true);
    }
    for (const s of ['create index i on t (x)', "comment on index i is 'built concurrently'", 'select 1']) {
      expect(isNonTransactional(s), s).toBe(false);
    }
  });
});

describe('applyMigrations with statements that refuse a transaction block', () => {
  it('applies a `create index concurrently` file and records its version', async () => {
    write(
      '20990101000000_table.sql',
      `set lock_timeout = '5s';
create table public.harness_t (id bigint generated always as identity primary key, x int not null);
insert into public.harness_t (x) select g from generate_series(1, 2000) g;`,
    );
    write(
      '20990101000100_index.sql',
      `-- An index on an existing table, built without blocking writes.
set lock_timeout = '5s';
set statement_timeout = '10min';
create index concurrently if not exists harness_t_x_idx on public.harness_t (x);
`,
    );
    const done = await applyMigrations(db, { dir });
    expect(done).toEqual(['20990101000000', '20990101000100']);
    expect(await indexState('harness_t_x_idx')).toEqual({ valid: true });
    const rows = await versions();
    expect(rows.map((r) => [r.version, r.name])).toEqual([
      ['20990101000000', 'table'],
      ['20990101000100', 'index'],
    ]);
    expect(rows[1]!.statements).toHaveLength(3);
    // The file's session settings did not outlive it.
    const t = (await db.query(`select current_setting('lock_timeout') as l, current_setting('statement_timeout') as s`)).rows[0];
    expect(t).toEqual({ l: '0', s: '0' });
    // Applying again is a no-op.
    expect(await applyMigrations(db, { dir })).toEqual([]);
  });

  it('runs the statements around it in transactions, in order', async () => {
    write(
      '20990101000200_mixed.sql',
      `set lock_timeout = '5s';
alter table public.harness_t add column if not exists y int;
create index concurrently if not exists harness_t_y_idx on public.harness_t (y);
drop index concurrently if exists public.harness_t_x_idx;
comment on index public.harness_t_y_idx is 'built concurrently; then commented';`,
    );
    expect(await applyMigrations(db, { dir })).toEqual(['20990101000200']);
    expect(await indexState('harness_t_y_idx')).toEqual({ valid: true });
    expect(await indexState('harness_t_x_idx')).toBeUndefined();
    const c = await db.query(`select obj_description('public.harness_t_y_idx'::regclass, 'pg_class') as c`);
    expect(c.rows[0]!.c).toBe('built concurrently; then commented');
  });

  it('does not record a file that failed, and applies it once it is fixed', async () => {
    write(
      '20990101000300_broken.sql',
      `set lock_timeout = '5s';
create index concurrently if not exists harness_t_z_idx on public.harness_t (no_such_column);`,
    );
    await expect(applyMigrations(db, { dir })).rejects.toMatchObject({ code: '42703' });
    expect((await versions()).map((r) => r.version)).not.toContain('20990101000300');
    write(
      '20990101000300_broken.sql',
      `set lock_timeout = '5s';
create index concurrently if not exists harness_t_z_idx on public.harness_t (x, y);`,
    );
    expect(await applyMigrations(db, { dir })).toEqual(['20990101000300']);
    expect(await indexState('harness_t_z_idx')).toEqual({ valid: true });
  });

  it('refuses to record a file whose index an earlier failed build left INVALID (if not exists would skip it)', async () => {
    await db.exec(`insert into public.harness_t (x) values (1)`); // x = 1 twice: a unique build fails
    await db.session(async (s) => {
      await expect(s.exec(`create unique index concurrently harness_t_x_key on public.harness_t (x)`)).rejects.toMatchObject({ code: '23505' });
    });
    expect(await indexState('harness_t_x_key')).toEqual({ valid: false });
    write(
      '20990101000350_unique.sql',
      `set lock_timeout = '5s';
create unique index concurrently if not exists harness_t_x_key on public.harness_t (x);`,
    );
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/harness_t_x_key is INVALID/);
    expect((await versions()).map((r) => r.version)).not.toContain('20990101000350');
    // The fix the message names: drop it, repair the data, apply again.
    await db.session((s) => s.exec(`drop index concurrently if exists public.harness_t_x_key`));
    await db.exec(`delete from public.harness_t where id = (select max(id) from public.harness_t)`);
    expect(await applyMigrations(db, { dir })).toEqual(['20990101000350']);
    expect(await indexState('harness_t_x_key')).toEqual({ valid: true });
  });

  it('leaves a plain file in one transaction: a failure applies nothing of it', async () => {
    write(
      '20990101000400_atomic.sql',
      `create table public.harness_u (id int primary key);
insert into public.harness_u values (1), (1);`,
    );
    await expect(applyMigrations(db, { dir })).rejects.toMatchObject({ code: '23505' });
    expect((await db.query(`select to_regclass('public.harness_u') as r`)).rows[0]!.r).toBeNull();
    fs.rmSync(path.join(dir, '20990101000400_atomic.sql'));
  });
});

// The same files through the Supabase CLI (what `supabase db push` / `migration up` runs on a hosted
// project): it applies them too and records the same history (server only: the CLI needs a URL).
describe.skipIf(!onServer)('the Supabase CLI applies the same files (server only)', () => {
  it('npx supabase migration up --remote=<url> applies the concurrent index files and records them', async () => {
    const scratch = await createScratchDatabase(serverUrl!);
    const cliDb = await openDatabase({ url: scratch.url, max: 2 });
    const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-project-'));
    try {
      fs.mkdirSync(path.join(workdir, 'supabase', 'migrations'), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, 'supabase', 'config.toml'), path.join(workdir, 'supabase', 'config.toml'));
      for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(workdir, 'supabase', 'migrations', f));
      const r = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'supabase'), ['migration', 'up', '--yes', '--workdir', workdir, `--remote=${scratch.url}`], {
        cwd: workdir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: workdir, PGSSLMODE: 'disable' },
      });
      expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
      // Same history; a file applied outside one transaction is recorded statement by statement by both.
      const history = `select version, name, case when version in ('20990101000100', '20990101000200', '20990101000300')
        then array_length(statements, 1) end as n from supabase_migrations.schema_migrations where version <> '20990101000350' order by version`;
      const cli = (await cliDb.query(history)).rows;
      expect(cli).toEqual((await db.query(history)).rows);
      expect(cli.map((x) => x.version)).toEqual(['20990101000000', '20990101000100', '20990101000200', '20990101000300']);
      const idx = await cliDb.query(
        `select c.relname, i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname like 'harness_t_%_idx' order by 1`,
      );
      expect(idx.rows).toEqual([
        { relname: 'harness_t_y_idx', indisvalid: true },
        { relname: 'harness_t_z_idx', indisvalid: true },
      ]);
    } finally {
      await cliDb.close();
      await scratch.drop();
      fs.rmSync(workdir, { recursive: true, force: true });
    }
  }, 180_000);
});
