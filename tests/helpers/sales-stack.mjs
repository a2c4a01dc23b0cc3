// The local stack for the sales integration tests and benchmarks: a fresh database (a PGlite
// directory under the system temp dir, or a scratch database on the server of DATABASE_URL)
// with platform, migrations and the demo seed, served on an ephemeral port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../../local-supabase/db.mjs';
import { startStack } from '../../local-supabase/server.mjs';
import { anonKey, serviceRoleKey } from '../../local-supabase/keys.mjs';

/** @param {{ databaseUrl?: string }} [opts] */
export async function startSalesStack(opts = {}) {
  const serverUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    const stack = await startStack({ port: 0, url: scratch.url });
    return {
      url: stack.url,
      anonKey,
      serviceRoleKey,
      databaseUrl: scratch.url,
      close: async () => {
        await stack.close();
        await scratch.drop();
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sales-flow-'));
  const stack = await startStack({ port: 0, dataDir });
  return {
    url: stack.url,
    anonKey,
    serviceRoleKey,
    databaseUrl: undefined,
    close: async () => {
      await stack.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
