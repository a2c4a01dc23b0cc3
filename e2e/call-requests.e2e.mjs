// Call now → the specialist's queue → complete → Resolved, in headless Chromium. A member presses
// Call now; a specialist whose Pending tab is already open sees the request appear without a
// reload, opens it (claim), completes it with notes (one rpc), reloads and finds it in Resolved
// with the notes. Screenshots of each screen under artifacts/.
// Run it through `npm run test:e2e` (e2e/run.mjs starts the app), or with BASE_URL of a running
// app. Exits non-zero on failure.
import { launchBrowser, signIn, screenshot, checkA11y, expect, baseUrl } from './lib.mjs';

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
}
process.exit(failed ? 1 : 0);
