// scripts/migration-lint.mjs (CI): squawk with .squawk.toml plus the project's own checks fail on
// the migrations that would block a live database, and pass a safe one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function lint(name: string, sql: string) {
  const file = path.join(dir, `${name}.sql`);
  fs.writeFileSync(file, sql);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'migration-lint.mjs'), file], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const timeouts = `set lock_timeout = '5s';\nset statement_timeout = '60s';\n`;

describe('migration lint', () => {
  it('passes a safe migration: timeouts, a new table with its index, a concurrent index alone', () => {
    expect(lint('safe_table', `${timeouts}create table public.notes (id bigint generated always as identity primary key, body text not null);\ncreate index notes_body_idx on public.notes (body);`)).toMatchObject({ code: 0 });
    expect(lint('safe_index', `${timeouts}create index concurrently if not exists call_appointments_x_idx on public.call_appointments (updated_at);`)).toMatchObject({ code: 0 });
    expect(lint('safe_constraint', `${timeouts}alter table public.leads add constraint leads_source_len check (length(source) <= 100) not valid;`)).toMatchObject({ code: 0 });
  });

  it.each([
    ['plain index on an existing table', `${timeouts}create index leads_email_idx on public.leads (email);`, 'require-concurrent-index-creation'],
    ['constraint validated at once', `${timeouts}alter table public.leads add constraint leads_source_len check (length(source) <= 100);`, 'constraint-missing-not-valid'],
    ['column type changed in place', `${timeouts}alter table public.call_appointments alter column offer_amount type numeric(14,2);`, 'changing-column-type'],
    ['unique constraint', `${timeouts}alter table public.leads add constraint leads_email_key unique (email);`, 'disallowed-unique-constraint'],
    ['dropped column', `${timeouts}alter table public.leads drop column source;`, 'ban-drop-column'],
    ['renamed column', `${timeouts}alter table public.leads rename column source to origin;`, 'renaming-column'],
    ['no timeouts', `create index concurrently if not exists leads_x_idx on public.leads (email);`, 'timeouts-first'],
    ['concurrent index with other statements', `${timeouts}create index concurrently if not exists leads_x_idx on public.leads (email);\ncomment on index public.leads_x_idx is 'x';`, 'non-transactional-alone'],
  ])('fails on a %s', (_label, sql, rule) => {
    const r = lint(rule, sql);
    expect(r.code).toBe(1);
    expect(r.out).toContain(rule);
  });
});
