// A fresh local database is prepared from a snapshot of the migrated, seeded one (keyed by the
// contents of platform.sql, the migrations and the seed): the first preparation creates it and
// saves the snapshot, the next unpacks it; both give every migration and the demo data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations, openDatabase } from '../db.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-test-'));
process.env.LOCAL_SUPABASE_SNAPSHOT_DIR = path.join(root, 'snapshots');
// The child process inherits the environment.
const { prepareFromSnapshot, snapshotFile, snapshotKey } = await import('../snapshot.mjs');

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function contents(dataDir: string) {
  const db = await openDatabase({ dataDir });
  try {
    const versions = (await db.query('select version from supabase_migrations.schema_migrations order by version')).rows.map((r) => String(r.version));
    const users = Number((await db.query('select count(*)::int as n from auth.users')).rows[0].n);
    // The cluster's settings (initdb in its own child process) travel with the directory.
    const sharedBuffers = String((await db.query(`select current_setting('shared_buffers') as v`)).rows[0].v);
    return { versions, users, sharedBuffers };
  } finally {
    await db.close();
  }
}

describe('snapshot of the prepared local database', () => {
  it('is keyed by the sources and lives in LOCAL_SUPABASE_SNAPSHOT_DIR', () => {
    expect(snapshotKey()).toMatch(/^[0-9a-f]{16}$/);
    expect(snapshotKey()).toBe(snapshotKey());
    expect(snapshotFile()).toBe(path.join(root, 'snapshots', `pglite-${snapshotKey()}.tar.gz`));
  });

  it('creates and saves it once, then unpacks it into a new directory with the same migrations and seed', async () => {
    const first = path.join(root, 'a');
    fs.mkdirSync(first);
    expect(await prepareFromSnapshot(first)).toMatch(/Saved snapshot/);
    expect(fs.existsSync(snapshotFile())).toBe(true);
    const second = path.join(root, 'b');
    fs.mkdirSync(second);
    expect(await prepareFromSnapshot(second)).toMatch(/unpacked from snapshot/);
    const a = await contents(first);
    const b = await contents(second);
    expect(a.versions).toEqual(listMigrations().map((m) => m.version));
    expect(b).toEqual(a);
    expect(a.users).toBeGreaterThan(0);
    expect(a.sharedBuffers).toBe('16MB');
  }, 300_000);
});
