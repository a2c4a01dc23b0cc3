// Shared bits of the command-line entry points (stack.mjs, dev.mjs, reset.mjs).

/** Prints the demo logins of the seed (local-supabase/demo-logins.mjs), if any. */
export async function printDemoLogins() {
  const { demoLogins = [], demoPassword } = await import('./demo-logins.mjs');
  if (demoLogins.length === 0) return;
  console.log(`Demo logins${demoPassword ? ` (password: ${demoPassword})` : ''}:`);
  for (const l of demoLogins) console.log(`  ${l.email.padEnd(26)} ${[l.role, l.organization].filter(Boolean).join(', ')}`);
}

/**
 * Closes cleanly on Ctrl-C / SIGTERM (PGlite must flush its files), then exits.
 * @param {() => Promise<unknown>} close
 */
export function stopOnSignals(close) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Prints an error of startup (a migration or the seed failing) readably and exits with status 1.
 * @param {any} e
 * @returns {never}
 */
export function exitWithError(e) {
  console.error(`\nlocal-supabase: ${e?.message ?? e}`);
  for (const k of ['detail', 'hint', 'where']) if (e?.[k]) console.error(`  ${k}: ${e[k]}`);
  if (!e?.severity && e?.stack) console.error(e.stack);
  process.exit(1);
}
