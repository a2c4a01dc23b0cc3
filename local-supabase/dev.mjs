// `npm run dev`: the app in Vite. With VITE_SUPABASE_URL set, the app talks to that Supabase
// project and this is plain Vite. Otherwise the local stack (Auth + REST over PGlite, or the
// server of DATABASE_URL) runs inside the Vite dev server as middleware, on the same origin: the
// app falls back to window.location.origin as its Supabase URL, and gets the local anon key.
import { createServer, loadEnv } from 'vite';
import { repoRoot } from './db.mjs';
import { anonKey } from './keys.mjs';
import { createStack } from './server.mjs';
import { databaseFromEnv, openStackDatabase } from './setup.mjs';
import { exitWithError, printDemoLogins, stopOnSignals } from './cli.mjs';

const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';

// VITE_SUPABASE_URL from the environment or a .env file, as Vite will give it to the app.
const supabaseUrl = loadEnv('development', repoRoot, 'VITE_').VITE_SUPABASE_URL;

if (supabaseUrl) {
  const server = await createServer({ root: repoRoot, server: { port, host } });
  await server.listen();
  server.printUrls();
  console.log(`Supabase project: ${supabaseUrl}`);
  stopOnSignals(() => server.close());
} else {
  const where = databaseFromEnv();
  const { db, migrations, seeded, prepared } = await openStackDatabase(where).catch(exitWithError);
  const stack = createStack({ db, functions: { databaseUrl: where.url } });
  // Vite exposes VITE_* variables of the environment to the app as import.meta.env.
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  const server = await createServer({
    root: repoRoot,
    // VITE_CACHE_DIR: another dependency cache (bench/dev-memory.mjs times a first start after a clone).
    ...(process.env.VITE_CACHE_DIR ? { cacheDir: process.env.VITE_CACHE_DIR } : {}),
    server: { port, host, strictPort: true },
    plugins: [
      {
        name: 'local-supabase',
        // Mounted here (not in a returned hook) so it runs before Vite's own middlewares.
        configureServer(vite) {
          vite.middlewares.use((req, res, next) => void stack(req, res, next));
        },
      },
    ],
  });
  await server.listen();
  console.log(`App and local Supabase API on http://${host}:${port}/  (database: ${where.url ? 'DATABASE_URL' : where.dataDir})`);
  if (prepared) console.log(prepared);
  if (migrations.length) console.log(`Applied migrations: ${migrations.join(', ')}`);
  if (seeded) console.log('Loaded the demo data (local-supabase/demo-seed.sql)');
  await printDemoLogins();
  stopOnSignals(async () => {
    stack.stopFunctions();
    await server.close();
    await db.close();
  });
}
