// Every screen of every role at 390, 768 and 1366: nothing widens the page
// (document.documentElement.scrollWidth <= innerWidth), and on a phone tables read as cards.
// A screenshot per screen: artifacts/layout-*-<project>.png.
import { expect, expectCards, expectNoSideScroll, isPhone, openOwnCalls, test, type Page } from './fixtures';

async function screen(page: Page, name: string, shot: (name: string) => Promise<void>, cards = false) {
  await expectNoSideScroll(page, name);
  if (cards && isPhone(page)) await expectCards(page, name);
  await shot(`layout-${name}`);
}

test.describe('layout', { tag: '@responsive' }, () => {
  test('sign-in', async ({ page, shot }) => {
    await page.goto('/sign-in');
    await expect(page.getByLabel(/email/i)).toBeVisible();
    await screen(page, 'sign-in', shot);
  });

  test.describe('in Portuguese', () => {
    test.use({ locale: 'pt-BR' });
    test('before any organization is known, sign-in follows the browser language', async ({ page, shot }) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('button', { name: /^entrar$/i })).toBeVisible();
      await screen(page, 'sign-in-pt', shot);
    });
  });

  test('closer: summary and own calls', async ({ page, signIn, shot }) => {
    await signIn('dipanshu@nikist.demo');
    await openOwnCalls(page);
    await expect(page.locator('.table-wrap tbody tr:not(.bucket-row)').first()).toBeVisible();
    await screen(page, 'calls', shot, true);
    await page.goBack();
    await expect(page.locator('.table-wrap tbody tr').first()).toBeVisible();
    await screen(page, 'closers', shot, true);
  });

  test('cohort manager: cohorts and a batch roster', async ({ page, signIn, shot }) => {
    await signIn('cohorts@nikist.demo');
    await page.waitForURL(/\/cohorts/);
    await expect(page.getByRole('link', { name: /^batch 3$/i }).first()).toBeVisible();
    await screen(page, 'cohorts', shot);
    await page.getByRole('link', { name: /^batch 3$/i }).first().click();
    await page.waitForURL(/\/batches\//);
    await expect(page.locator('.table-wrap tbody tr:visible').first()).toBeVisible();
    await screen(page, 'roster', shot, true);
  });

  test('specialist: pending and resolved queues', async ({ page, signIn, shot }) => {
    await signIn('ana@vitalis.demo');
    await page.waitForURL(/\/call-requests/);
    await expect(page.locator('.table-wrap tbody tr').first()).toBeVisible();
    await screen(page, 'queue-pending', shot, true);
    await page.getByRole('tab', { name: /resolvidas/i }).click();
    await expect(page.getByRole('table').first().or(page.locator('.empty-state')).first()).toBeVisible();
    await screen(page, 'queue-resolved', shot);
  });

  test('member: my chats', async ({ page, signIn, shot }) => {
    await signIn('maria@vitalis.demo');
    await page.waitForURL(/\/my-chats/);
    await expect(page.locator('.chat-list button').first()).toBeVisible();
    await screen(page, 'my-chats', shot);
  });

  test('admin: the landing page and the open menu', async ({ page, signIn, shot }) => {
    await signIn('admin@nikist.demo');
    await page.waitForURL(/\/o\//);
    await expect(page.locator('h1').first()).toBeVisible();
    await screen(page, 'admin-home', shot);
    const menu = page.getByRole('button', { name: /^menu$/i });
    if (await menu.isVisible()) {
      await menu.click();
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await screen(page, 'admin-menu', shot);
    }
  });

  test('Vitalis has no closers: its admin lands on Call Requests', async ({ page, signIn, shot }) => {
    await signIn('admin@vitalis.demo');
    await page.waitForURL(/\/call-requests$/);
    await expect(page.getByRole('tab').first()).toBeVisible();
    await screen(page, 'vitalis-admin-home', shot);
  });
});
