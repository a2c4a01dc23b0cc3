// One user cannot stall the others: a user's REST requests run at most `userConcurrency` at once
// (a third of a server's pool, 1 on PGlite) and PGlite's one connection serves the least recently
// served user first (local-supabase/fair-gate.mjs). bench/fairness.mjs measures the latencies;
// these tests check the behaviour without clocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFairGate } from '../fair-gate.mjs';
import { openDatabase, type Database } from '../db.mjs';
import { userConcurrency } from '../server.mjs';
import { raw, startTestStack, type TestStack } from './helpers/stack';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the fair gate', () => {
  it('runs at most perKey units of one key at once, and the others keys\' units meanwhile', async () => {
    const gate = createFairGate({ total: 10, perKey: 3 });
    const started: string[] = [];
    const holds = Array.from({ length: 8 }, deferred);
    const floods = holds.map((h, i) => gate.run('flooder', async () => { started.push(`f${i}`); await h.promise; }));
    const other = gate.run('reader', async () => { started.push('r'); });
    await other;
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['f0', 'f1', 'f2', 'r']);
    expect(gate.stats()).toEqual({ running: 3, queued: 5, keys: 1 });
    holds.forEach((h) => h.resolve());
    await Promise.all(floods);
    expect(started).toHaveLength(9);
  });

  it('with one slot, serves the least recently served key next, not the longest queue', async () => {
    const gate = createFairGate({ total: 1, perKey: 1 });
    const order: string[] = [];
    const first = deferred();
    const all = [gate.run('a', async () => { order.push('a0'); await first.promise; })];
    for (let i = 1; i <= 3; i++) all.push(gate.run('a', async () => { order.push(`a${i}`); }));
    all.push(gate.run('b', async () => { order.push('b0'); }));
    all.push(gate.run('b', async () => { order.push('b1'); }));
    first.resolve();
    await Promise.all(all);
    expect(order).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'a3']);
  });

  it('a failing unit frees its slot', async () => {
    const gate = createFairGate({ total: 1, perKey: 1 });
    await expect(gate.run('a', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await gate.run('a', async () => 42)).toBe(42);
  });
});

describe('per-user share of the database', () => {
  it('defaults to a third of a server pool and 1 on PGlite; null turns it off', () => {
    expect(userConcurrency({ kind: 'pg', max: 10 } as Database, undefined)).toBe(3);
    expect(userConcurrency({ kind: 'pg', max: 2 } as Database, undefined)).toBe(1);
    expect(userConcurrency({ kind: 'pglite' } as Database, undefined)).toBe(1);
    expect(userConcurrency({ kind: 'pg', max: 10 } as Database, null)).toBeNull();
  });
});

// Server only: PGlite's single connection would block on the lock itself.
describe.skipIf(!process.env.DATABASE_URL)('one user\'s blocked requests leave the pool to the others (server)', () => {
  let stack: TestStack;
  let locker: Database;
  beforeAll(async () => {
    stack = await startTestStack();
    locker = await openDatabase({ url: (stack.db as Database & { url: string }).url, max: 1 });
  });
  const release = deferred();
  afterAll(async () => {
    release.resolve();
    await locker?.close();
    await stack?.close();
  });

  it('12 requests of one user stuck on a lock hold 3 connections; another user is served meanwhile; all finish after', async () => {
    const alice = await stack.signedIn('alice');
    const bob = await stack.signedIn('bob');
    await stack.db.query('select 1'); // the pool is warm
    // Hold the lock in a transaction of its own connection until released.
    const held = locker.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(4242)');
      await release.promise;
    });
    await new Promise((r) => setTimeout(r, 200));
    // (A query builder sends when awaited: start each now.)
    const stuck = Array.from({ length: 12 }, () => alice.rpc('wait_for_release').then((r) => r));
    // Wait until the stuck requests are in the database (3 of them: alice's share).
    const waiting = async () => Number((await stack.db.query(`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = 4242 and not granted`)).rows[0]!.n);
    for (let i = 0; i < 100 && (await waiting()) < 3; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBe(3);
    // Bob is served while alice's requests are all stuck (before the lock is released).
    const read = await bob.from('notes').select('body');
    expect(read.error).toBeNull();
    expect(read.data).toEqual([{ body: 'bob 1' }]);
    const anonRead = await raw(stack.url, '/rest/v1/books?select=id&limit=1');
    expect(anonRead.status).toBe(200);
    expect(await waiting()).toBe(3);
    release.resolve();
    await held;
    const done = await Promise.all(stuck);
    expect(done.map((r) => r.status)).toEqual(Array(12).fill(200));
  }, 120_000);
});
