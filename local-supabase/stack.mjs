// `npm run stack`: the local Supabase API alone (Auth + REST) on PORT (default 54321), for
// end-to-end tests, benchmarks and other clients. The database is prepared on start (platform,
// pending migrations, seed on an empty database).
import { anonKey, serviceRoleKey } from './keys.mjs';
import { startStack } from './server.mjs';
import { databaseFromEnv } from './setup.mjs';
import { exitWithError, printDemoLogins, stopOnSignals } from './cli.mjs';

const where = databaseFromEnv();
const stack = await startStack({ ...where, port: Number(process.env.PORT || 54321), host: process.env.HOST || '127.0.0.1' }).catch(exitWithError);
console.log(`Local Supabase API on ${stack.url}  (database: ${where.url ? 'DATABASE_URL' : where.dataDir})`);
if (stack.migrations.length) console.log(`Applied migrations: ${stack.migrations.join(', ')}`);
if (stack.seeded) console.log('Loaded the demo data (local-supabase/demo-seed.sql)');
console.log(`  SUPABASE_URL=${stack.url}`);
console.log(`  anon key:         ${anonKey}`);
console.log(`  service_role key: ${serviceRoleKey}`);
await printDemoLogins();
stopOnSignals(stack.close);
