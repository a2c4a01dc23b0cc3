// Call now → the specialist's queue → complete → Resolved, in headless Chromium. A member presses
// Call now; a specialist whose Pending tab is already open sees the request appear without a
// reload, opens it (claim), completes it with notes (one rpc), reloads and finds it in Resolved
// with the notes. Screenshots of each screen under artifacts/.
// Uses BASE_URL when set (e.g. from e2e/run.mjs); otherwise starts `npm run dev` itself on a free
// port over a throw-away PGlite database. Exits non-zero on failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForUrl(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up within ${ms / 1000}s`);
}

let dev = null;
let dataDir = null;
if (!process.env.BASE_URL) {
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-requests-e2e-'));
  fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
  dev = spawn(process.execPath, [path.join(root, 'local-supabase', 'dev.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCAL_SUPABASE_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = fs.createWriteStream(path.join(root, 'artifacts', 'call-requests-e2e-dev.log'));
  dev.stdout.pipe(log);
  dev.stderr.pipe(log);
  process.env.BASE_URL = `http://127.0.0.1:${port}`;
  await waitForUrl(`${process.env.BASE_URL}/sign-in`, 180_000);
}

const { launchBrowser, signIn, screenshot, checkA11y, expect, baseUrl } = await import('./lib.mjs');

function stopDev() {
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

const stamp = Date.now().toString(36);
const reason = `Preciso falar com alguém hoje ${stamp}`;
const notes = `Conversamos por 15 minutos; membro orientado ${stamp}`;
const chatTitle = `E2E ${stamp}`;

let failed = false;
const browser = await launchBrowser();
try {
  // The specialist's queue is open before the request exists.
  const spec = await signIn(browser, 'ana@vitalis.demo');
  await spec.page.waitForURL(/\/o\/[^/]+\/call-requests/);
  await spec.page.getByRole('tab', { name: /pendentes/i }).waitFor();
  await spec.page.getByRole('table').first().waitFor();
  await screenshot(spec.page, 'call-requests-pending-before');
  await checkA11y(spec.page, 'call requests: pending');

  // The member starts a chat, writes, and presses Call now ("Ligar Agora") with a reason.
  const mem = await signIn(browser, 'maria@vitalis.demo');
  await mem.page.waitForURL(/\/o\/[^/]+\/my-chats/);
  const newChat = mem.page.getByRole('form', { name: /novo chat/i });
  await newChat.getByLabel(/assunto/i).selectOption('psychological');
  await newChat.getByLabel(/título/i).fill(chatTitle);
  await newChat.getByRole('button', { name: /iniciar chat/i }).click();
  await mem.page.getByRole('heading', { name: chatTitle }).waitFor();
  await mem.page.getByLabel(/^mensagem/i).fill('Estou muito ansiosa com o trabalho.');
  await mem.page.getByRole('button', { name: /^enviar$/i }).click();
  await mem.page.getByText('Estou muito ansiosa com o trabalho.').waitFor();
  await mem.page.getByLabel(/o que o especialista deve saber/i).fill(reason);
  await mem.page.getByRole('button', { name: /ligar agora/i }).click();
  const requested = mem.page.getByRole('button', { name: /ligação solicitada às/i });
  await requested.waitFor();
  expect(await requested.isDisabled(), 'Call now should be disabled once requested');
  await mem.page.getByText(/solicitação de ligação/i).waitFor();
  await screenshot(mem.page, 'my-chats-call-requested');
  await checkA11y(mem.page, 'my chats');

  // The request appears in the open Pending tab without a reload (polling).
  const row = spec.page.getByRole('row').filter({ hasText: reason });
  await row.waitFor({ timeout: 20_000 });
  const rowText = await row.innerText();
  expect(/Maria Oliveira/.test(rowText), `pending row should name the member: ${rowText}`);
  expect(/Psicológico/.test(rowText), `pending row should show the pillar label: ${rowText}`);
  await screenshot(spec.page, 'call-requests-pending-new');

  // Open it (claims it), see the chat history, try to complete without notes, then complete.
  await row.getByRole('button', { name: /ligar/i }).click();
  const dialog = spec.page.getByRole('dialog');
  await dialog.getByText('Estou muito ansiosa com o trabalho.').waitFor();
  await dialog.getByRole('button', { name: /^concluir$/i }).click();
  await dialog.getByText(/escreva anotações sobre a ligação/i).waitFor();
  await screenshot(spec.page, 'call-dialog-validation');
  await checkA11y(spec.page, 'call dialog');
  await dialog.getByLabel(/resolvido por telefone/i).check();
  await dialog.getByLabel(/^anotações/i).fill(notes);
  await dialog.getByRole('button', { name: /^concluir$/i }).click();
  await spec.page.getByText(/ligação concluída/i).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
  await spec.page.getByRole('row').filter({ hasText: reason }).waitFor({ state: 'detached', timeout: 10_000 });
  await screenshot(spec.page, 'call-requests-after-complete');

  // Reload: the completion was saved, and Resolved lists it with the notes.
  await spec.page.reload();
  await spec.page.getByRole('tab', { name: /resolvidas/i }).click();
  const resolvedRow = spec.page.getByRole('row').filter({ hasText: notes });
  await resolvedRow.waitFor();
  const resolvedText = await resolvedRow.innerText();
  expect(/Resolvido por telefone/.test(resolvedText), `resolved row should show the outcome label: ${resolvedText}`);
  expect(/Ana Souza/.test(resolvedText), `resolved row should show the specialist: ${resolvedText}`);
  await screenshot(spec.page, 'call-requests-resolved');
  await checkA11y(spec.page, 'call requests: resolved');

  // The member sees the outcome on their chat (after a reload, the saved state).
  await mem.page.reload();
  await mem.page.getByRole('button', { name: new RegExp(chatTitle) }).click();
  await mem.page.getByText(/ligação concluída: resolvido por telefone/i).waitFor();
  await screenshot(mem.page, 'my-chats-call-completed');

  await spec.context.close();
  await mem.context.close();
  console.log(`call-requests e2e: ok (${baseUrl()})`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close();
  stopDev();
}
process.exit(failed ? 1 : 0);
