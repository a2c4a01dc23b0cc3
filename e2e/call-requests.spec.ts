// Call now → the specialist's queue → complete → Resolved. A member presses Call now; a
// specialist whose Pending tab is already open sees the request appear without a reload, opens it
// (claim), completes it with notes (one rpc), reloads and finds it in Resolved with the notes.
import { uniqueStamp } from './data';
import { expect, test } from './fixtures';
import { memberRequestsCall } from './flows';

test('a Call now request is answered and resolved', async ({ page, signIn, signInOther, shot, expectAccessible }) => {
  const stamp = uniqueStamp();
  const reason = `Preciso falar com alguém hoje ${stamp}`;
  const notes = `Conversamos por 15 minutos; membro orientado ${stamp}`;
  const chatTitle = `E2E ${stamp}`;
  const message = `Estou muito ansiosa com o trabalho ${stamp}.`;

  // The specialist's queue is open before the request exists.
  await signIn('ana@vitalis.demo');
  await page.waitForURL(/\/o\/[^/]+\/call-requests/);
  await expect(page.getByRole('tab', { name: /pendentes/i })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await shot('call-requests-pending-before');
  await expectAccessible(page, 'call requests: pending');

  const member = await signInOther('maria@vitalis.demo');
  await memberRequestsCall(member, { title: chatTitle, reason, message });
  await expect(member.getByText(/solicitação de ligação/i).first()).toBeVisible();
  await shot('my-chats-call-requested', member);
  await expectAccessible(member, 'my chats');

  // The request appears in the open Pending tab without a reload (polling).
  const row = page.getByRole('row').filter({ hasText: reason });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Maria Oliveira');
  await expect(row).toContainText('Psicológico');
  await shot('call-requests-pending-new');

  // Open it (claims it), see the chat history, try to complete without notes, then complete.
  await row.getByRole('button', { name: /ligar/i }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(message)).toBeVisible();
  await dialog.getByRole('button', { name: /^concluir$/i }).click();
  await expect(dialog.getByText(/escreva anotações sobre a ligação/i)).toBeVisible();
  await shot('call-dialog-validation');
  await expectAccessible(page, 'call dialog');
  await dialog.getByLabel(/resolvido por telefone/i).check();
  await dialog.getByLabel(/^anotações/i).fill(notes);
  await dialog.getByRole('button', { name: /^concluir$/i }).click();
  await expect(page.getByText(/ligação concluída/i).first()).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: reason })).toHaveCount(0);
  await shot('call-requests-after-complete');

  // Reload: the completion was saved, and Resolved lists it with the notes.
  await page.reload();
  await page.getByRole('tab', { name: /resolvidas/i }).click();
  const resolvedRow = page.getByRole('row').filter({ hasText: notes });
  await expect(resolvedRow).toContainText('Resolvido por telefone');
  await expect(resolvedRow).toContainText('Ana Souza');
  await shot('call-requests-resolved');
  await expectAccessible(page, 'call requests: resolved');

  // The member sees the outcome on their chat (after a reload, the saved state).
  await member.reload();
  await member.getByRole('button', { name: new RegExp(chatTitle) }).click();
  await expect(member.getByText(/ligação concluída: resolvido por telefone/i)).toBeVisible();
  await shot('my-chats-call-completed', member);
  expect(member.viewportSize(), 'the second user has the project viewport').toEqual(page.viewportSize());
});
