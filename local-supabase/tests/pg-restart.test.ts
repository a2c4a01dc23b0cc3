// The stack survives PostgreSQL restarts (server only; PGlite is in-process and has no restart).
// A PRIVATE cluster (initdb in a temporary directory, its own port; never the shared server) is
// restarted several times, fast (clients get 57P01 admin_shutdown, also on connections checked out
// between two statements of a request) and immediate (a crash, recovery from WAL), while clients
// keep writing through the stack, which runs in its own process so a crash shows as its exit.
// Requests during a restart get 503 in PostgREST's error shape, later ones succeed, and every
// acknowledged (201) write is stored.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db.mjs';
import { serviceRoleKey } from '../keys.mjs';
import { loadFixtures } from './helpers/stack';
import { canRunPrivateCluster, startPrivateCluster, type PrivateCluster } from './helpers/private-cluster';

const onServer = Boolean(process.env.DATABASE_URL);
let cluster: PrivateCluster | undefined;
let child: ChildProcess | undefined;
let url: string;
const childOutput: string[] = [];

const RESTARTS = 8;
const WRITERS = 6;

beforeAll(async () => {
  if (!onServer || !canRunPrivateCluster) return;
  cluster = await startPrivateCluster();
  const admin = await openDatabase({ url: cluster.url, max: 2 });
  await loadFixtures(admin, { rows: false });
  await admin.exec(`create table public.restart_writes (id text primary key, writer int not null, at timestamptz not null default now());
    alter table public.restart_writes enable row level security;
    grant select, insert on public.restart_writes to service_role;`);
  await admin.close();
  child = spawn(process.execPath, [path.join(import.meta.dirname, 'helpers', 'serve-stack.mjs')], {
    env: { ...process.env, DATABASE_URL: cluster.url, POOL_MAX: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d) => childOutput.push(String(d)));
  url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child!.stdout! });
    lines.once('line', (l) => resolve(JSON.parse(l).url));
    child!.once('exit', (code) => reject(new Error(`stack exited with ${code}: ${childOutput.join('')}`)));
  });
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  cluster?.stop();
});

const headers = { apikey: serviceRoleKey, Authorization: `Bearer ${serviceRoleKey}`, 'Content-Type': 'application/json' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!onServer || !canRunPrivateCluster)('PostgreSQL restarts under writes (server only, private cluster)', () => {
  it(`survives ${RESTARTS} restarts: 503 during them, success after, no acknowledged write lost`, async () => {
    const acknowledged = new Set<string>();
    const outcomes = new Map<string, number>();
    const bodies503: unknown[] = [];
    let stop = false;
    let lastAckAt = 0;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const id = `${w}-${i}`;
        let key: string;
        try {
          const r = await fetch(`${url}/rest/v1/restart_writes`, { method: 'POST', headers, body: JSON.stringify({ id, writer: w }) });
          const text = await r.text();
          key = String(r.status);
          if (r.status === 201) {
            acknowledged.add(id);
            lastAckAt = Date.now();
          } else if (r.status === 503) {
            if (bodies503.length < 50) bodies503.push(JSON.parse(text));
          } else key = `${r.status} ${text.slice(0, 200)}`;
        } catch (e) {
          key = `network: ${(e as Error).cause ?? (e as Error).message}`;
          await sleep(50);
        }
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        await sleep(5);
      }
    };
    const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const waitForAck = async (after: number) => {
      const deadline = Date.now() + 30_000;
      while (lastAckAt <= after && Date.now() < deadline) await sleep(50);
      return lastAckAt > after;
    };
    const recovered: boolean[] = [];
    try {
      expect(await waitForAck(0)).toBe(true);
      for (let n = 0; n < RESTARTS; n++) {
        await sleep(300);
        await cluster!.restart(n % 4 === 3 ? 'immediate' : 'fast');
        const restartedAt = Date.now();
        recovered.push(await waitForAck(restartedAt));
        expect(child!.exitCode, childOutput.join('')).toBeNull();
      }
    } finally {
      stop = true;
      await Promise.all(running);
    }

    const check = await openDatabase({ url: cluster!.url, max: 1 });
    const stored = new Set((await check.query('select id from public.restart_writes')).rows.map((r) => String(r.id)));
    await check.close();
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    console.log(
      `pg-restart: ${RESTARTS} restarts (${RESTARTS - Math.floor(RESTARTS / 4)} fast, ${Math.floor(RESTARTS / 4)} immediate), stack alive: ${child!.exitCode === null}; ` +
        `writes acknowledged ${acknowledged.size}, stored ${stored.size}, lost ${lost.length}; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );
    expect(child!.exitCode, childOutput.join('')).toBeNull();
    expect(recovered).toEqual(Array(RESTARTS).fill(true));
    expect(lost).toEqual([]);
    // Only successes and 503s: never a dropped connection, never another error.
    expect([...outcomes.keys()].sort()).toEqual(['201', '503']);
    for (const b of bodies503) expect(Object.keys(b as object).sort()).toEqual(['code', 'details', 'hint', 'message']);
    // The stack answers normally afterwards.
    const read = await fetch(`${url}/rest/v1/restart_writes?select=id&limit=1`, { headers });
    expect(read.status).toBe(200);
  }, 300_000);
});
