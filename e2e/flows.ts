// Steps several specs share, done through the screens as a person does them.
import { expect, type Page } from './fixtures';

/**
 * A member (signed in, on My chats) starts a chat titled `title`, writes `message`, and presses
 * Call now ("Ligar Agora") with `reason`.
 */
export async function memberRequestsCall(page: Page, { title, reason, message, topic = 'psychological' }: { title: string; reason: string; message?: string; topic?: string }) {
  await page.waitForURL(/\/o\/[^/]+\/my-chats/);
  const form = page.getByRole('form', { name: /novo chat/i });
  await form.getByLabel(/assunto/i).selectOption(topic);
  await form.getByLabel(/título/i).fill(title);
  await form.getByRole('button', { name: /iniciar chat/i }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  if (message) {
    await page.getByLabel(/^mensagem/i).fill(message);
    await page.getByRole('button', { name: /^enviar$/i }).click();
    await expect(page.getByText(message)).toBeVisible();
  }
  await page.getByLabel(/o que o especialista deve saber/i).fill(reason);
  await page.getByRole('button', { name: /ligar agora/i }).click();
  await expect(page.getByRole('button', { name: /ligação solicitada às/i })).toBeDisabled();
}
