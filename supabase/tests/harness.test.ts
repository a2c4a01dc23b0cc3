import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, createOrg, createUser, addMember, queryAs, type TestDb } from './helpers/db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

describe('platform bootstrap and tenancy basics', () => {
  it('creates a profile for every new auth user', async () => {
    const id = await createUser(db, 'Asha Rao');
    const r = await db.query('select full_name from public.profiles where id = $1', [id]);
    expect(r.rows[0]?.full_name).toBe('Asha Rao');
  });

  it('lets anon read nothing and a member read only their own organization', async () => {
    const a = await createOrg(db, 'Org A');
    const b = await createOrg(db, 'Org B');
    const u = await createUser(db, 'Member A');
    await addMember(db, a, u, 'closer');
    const mine = await queryAs(db, u, 'select id from public.organizations order by name');
    expect(mine.map((r) => r.id)).toEqual([a]);
    expect(mine.map((r) => r.id)).not.toContain(b);
    await expect(queryAs(db, null, 'select id from public.organizations')).rejects.toMatchObject({ code: '42501' });
  });

  it('runs the platform bootstrap twice without error', async () => {
    const { applyPlatform } = await import('../../local-supabase/db.mjs');
    await expect(applyPlatform(db)).resolves.toBeUndefined();
  });
});
