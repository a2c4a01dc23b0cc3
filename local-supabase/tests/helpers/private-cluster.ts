// A private PostgreSQL cluster for tests that must stop or restart the server (never the shared
// one): initdb in a temporary directory, its own free port and socket directory, trust auth for
// local connections, run as the `postgres` OS user when the tests run as root.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const bin = (name: string) => path.join(process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin', name);

/** Whether a private cluster can be created here (the server binaries exist). */
export const canRunPrivateCluster = fs.existsSync(bin('initdb')) && fs.existsSync(bin('pg_ctl'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export type PrivateCluster = {
  url: string;
  port: number;
  /** pg_ctl restart: `fast` (clients get 57P01) or `immediate` (a crash: recovery from WAL). */
  restart: (mode?: 'fast' | 'immediate') => Promise<void>;
  stop: () => void;
};

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'pipe', timeout: 120_000 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-private-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  run(bin('initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=16MB -c fsync=on`;
  const ctlArgs = (args: string[]) => ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', ...args];
  const ctl = (args: string[]) => run(bin('pg_ctl'), ctlArgs(args));
  // Asynchronous, so the test's clients keep sending requests while the server restarts.
  const ctlAsync = async (args: string[]) => {
    const cmd = bin('pg_ctl');
    await promisify(execFile)(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...ctlArgs(args)] : ctlArgs(args), { timeout: 120_000 });
  };
  ctl(['-o', opts, 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    restart: (mode = 'fast') => ctlAsync(['-m', mode, 'restart']),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        ctl(['-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
