// private.check_allows: write functions validate a status or outcome against the column's CHECK
// constraints instead of repeating the set (issue 17), so the CHECK is the one place a set lives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_OUTCOMES } from '../../src/domain/statuses';
import { createTestDb, pgError, queryAs, type TestDb } from './helpers/db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

const allows = async (table: string, column: string, value: string | null) =>
  (await db.query('select private.check_allows($1::regclass, $2, $3) as ok', [table, column, value])).rows[0]!.ok;

describe('private.check_allows', () => {
  it('accepts exactly the values of a value-list CHECK', async () => {
    for (const o of CALL_OUTCOMES) expect(await allows('public.specialist_call_logs', 'outcome', o), o).toBe(true);
    expect(await allows('public.specialist_call_logs', 'outcome', 'resolved')).toBe(false);
    expect(await allows('public.specialist_call_logs', 'outcome', '')).toBe(false);
  });

  it('applies every CHECK of the column, including a not valid one, and passes null as an insert does', async () => {
    await db.exec(`create table public.check_allows_probe (kind text check (kind in ('a', 'b', 'c')), note text check (length(note) <= 3))`);
    await db.exec(`alter table public.check_allows_probe add constraint probe_kind_v2 check (kind in ('a', 'c', 'd')) not valid`);
    try {
      expect(await allows('public.check_allows_probe', 'kind', 'a')).toBe(true);
      expect(await allows('public.check_allows_probe', 'kind', 'b')).toBe(false);
      expect(await allows('public.check_allows_probe', 'kind', 'd')).toBe(false);
      expect(await allows('public.check_allows_probe', 'kind', null)).toBe(true);
      expect(await allows('public.check_allows_probe', 'note', 'abc')).toBe(true);
      expect(await allows('public.check_allows_probe', 'note', 'abcd')).toBe(false);
      // A value with quotes is data, never SQL.
      expect(await allows('public.check_allows_probe', 'kind', "a') or (true")).toBe(false);
    } finally {
      await db.exec('drop table public.check_allows_probe');
    }
  });

  it('is not callable by signed-in users', async () => {
    const e = await pgError(queryAs(db, '00000000-0000-4000-8000-000000000001', "select private.check_allows('public.specialist_call_logs', 'outcome', 'escalated')"));
    expect(e.code).toBe('42501');
  });
});
