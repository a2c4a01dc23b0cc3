// The realtime migration: on a Supabase project (publication supabase_realtime exists; the platform
// bootstrap creates it too) it publishes call-log changes, once, however often it runs; on a bare
// Postgres without the publication it does nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './helpers/db';

const migration = fs.readFileSync(path.resolve(import.meta.dirname, '../migrations/20261123080800_realtime_call_logs.sql'), 'utf8');
let db: TestDb | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const published = async (d: TestDb) =>
  (await d.query(`select tablename from pg_catalog.pg_publication_tables where pubname = 'supabase_realtime' order by 1`)).rows.map((r) => r.tablename);

describe('realtime publication of call logs', () => {
  it('the platform bootstrap creates supabase_realtime, as every Supabase project has it, and the migration publishes call logs', async () => {
    db = await createTestDb();
    expect(await published(db)).toEqual(['specialist_call_logs']);
  });

  it('adds specialist_call_logs to supabase_realtime when the publication exists, idempotently', async () => {
    db = await createTestDb({ until: '20261123080700' });
    expect(await published(db)).toEqual([]);
    await db.exec(migration);
    expect(await published(db)).toEqual(['specialist_call_logs']);
    await db.exec(migration);
    expect(await published(db)).toEqual(['specialist_call_logs']);
  });

  it('does nothing where there is no such publication (a bare Postgres)', async () => {
    db = await createTestDb({ until: '20261123080700' });
    await db.exec('drop publication supabase_realtime');
    await db.exec(migration);
    const pubs = await db.query(`select count(*)::int as n from pg_catalog.pg_publication where pubname = 'supabase_realtime'`);
    expect(pubs.rows[0]!.n).toBe(0);
  });
});
