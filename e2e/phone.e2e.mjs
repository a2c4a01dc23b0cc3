// Every screen of every role at phone width (390x844): nothing widens the page
// (document.documentElement.scrollWidth <= innerWidth) and tables read as cards. A screenshot per
// screen under artifacts/phone-*.png. The roles' main jobs at 390 and 1366 are in jobs.e2e.mjs.
import { launchBrowser, orgIdOf, signIn, screenshot, expect, expectNoSideScroll, baseUrl, PHONE } from './lib.mjs';

async function visit(page, name, ready) {
  await ready();
  await page.waitForLoadState('networkidle');
  await expectNoSideScroll(page, name);
  await screenshot(page, `phone-${name}`);
}

/** At phone width a table's rows are cards: the header row is hidden and a cell shows its label. */
async function expectCards(page, name) {
  const r = await page.evaluate(() => {
    const table = document.querySelector('.table-wrap table.table');
    if (!table) return 'no table';
    const thead = table.querySelector('thead');
    if (thead && thead.getBoundingClientRect().height > 2) return 'the header row is visible';
    const td = table.querySelector('tbody td[data-label]:not([data-label=""])');
    if (!td) return 'no cell with a data-label';
    const before = getComputedStyle(td, '::before').content;
    if (!before || before === 'none') return 'the cell does not show its label';
    return '';
  });
  expect(r === '', `${name}: ${r}`);
}

const browser = await launchBrowser();
let failed = false;
try {
  {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await visit(page, 'sign-in', () => page.getByLabel(/email/i).waitFor());
    await context.close();
  }
  // Closer: summary, own calls.
  {
    const { context, page } = await signIn(browser, 'dipanshu@nikist.demo', undefined, PHONE);
    await page.waitForURL(/\/o\//);
    const orgId = orgIdOf(page.url());
    await page.goto(`${baseUrl()}/o/${orgId}/sales-closers`);
    await visit(page, 'closers', () => page.locator('.table-wrap tbody tr').first().waitFor());
    await expectCards(page, 'closers');
    await page.locator('tbody th a').first().click();
    await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
    await visit(page, 'calls', () => page.locator('.table-wrap tbody tr:not(.bucket-row)').first().waitFor());
    await expectCards(page, 'calls');
    await context.close();
  }
  // Cohort manager: cohorts, a batch roster.
  {
    const { context, page } = await signIn(browser, 'cohorts@nikist.demo', undefined, PHONE);
    await page.waitForURL(/\/cohorts/);
    await visit(page, 'cohorts', () => page.getByRole('link', { name: /^batch 3$/i }).first().waitFor());
    await page.getByRole('link', { name: /^batch 3$/i }).first().click();
    await page.waitForURL(/\/batches\//);
    await visit(page, 'roster', () => page.locator('.table-wrap tbody tr:visible').first().waitFor());
    await expectCards(page, 'roster');
    await context.close();
  }
  // Specialist: pending and resolved queues.
  {
    const { context, page } = await signIn(browser, 'ana@vitalis.demo', undefined, PHONE);
    await page.waitForURL(/\/call-requests/);
    await visit(page, 'queue-pending', () => page.locator('.table-wrap tbody tr').first().waitFor());
    await expectCards(page, 'queue-pending');
    await page.getByRole('tab', { name: /resolvidas/i }).click();
    await visit(page, 'queue-resolved', () => page.getByRole('table').first().or(page.locator('.empty-state')).first().waitFor());
    await context.close();
  }
  // Member: my chats.
  {
    const { context, page } = await signIn(browser, 'maria@vitalis.demo', undefined, PHONE);
    await page.waitForURL(/\/my-chats/);
    await visit(page, 'my-chats', () => page.locator('.chat-list button').first().waitFor());
    await context.close();
  }
  // Admin: the landing page and the open menu.
  {
    const { context, page } = await signIn(browser, 'admin@nikist.demo', undefined, PHONE);
    await page.waitForURL(/\/o\//);
    await visit(page, 'admin-home', () => page.locator('h1').first().waitFor());
    await page.getByRole('button', { name: /menu/i }).click();
    await visit(page, 'admin-menu', () => page.getByRole('navigation').first().waitFor());
    await context.close();
  }
  // Vitalis has no closers: its admin lands on Call Requests, the page that organization uses.
  {
    const { context, page } = await signIn(browser, 'admin@vitalis.demo', undefined, PHONE);
    await page.waitForURL(/\/call-requests$/);
    await visit(page, 'vitalis-admin-home', () => page.getByRole('tab').first().waitFor());
    await context.close();
  }
  // Before any organization is known, sign-in follows the browser language.
  {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'pt-BR' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await visit(page, 'sign-in-pt', () => page.getByRole('button', { name: /^entrar$/i }).waitFor());
    await context.close();
  }
  // Tablet (768): the table pages do not widen the page either.
  {
    const TABLET = { width: 768, height: 1024 };
    const { context, page } = await signIn(browser, 'admin@nikist.demo', undefined, TABLET);
    await page.waitForURL(/\/sales-closers$/);
    const orgId = orgIdOf(page.url());
    await page.locator('.table-wrap tbody tr').first().waitFor();
    await expectNoSideScroll(page, '768 closers');
    await page.locator('tbody th a').first().click();
    await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
    await page.locator('.table-wrap tbody tr:not(.bucket-row)').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSideScroll(page, '768 calls');
    await screenshot(page, 'tablet-calls');
    await page.goto(`${baseUrl()}/o/${orgId}/cohorts`);
    await page.getByRole('link', { name: /^batch 3$/i }).first().click();
    await page.waitForURL(/\/batches\//);
    await page.locator('.table-wrap tbody tr:visible').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSideScroll(page, '768 roster');
    await screenshot(page, 'tablet-roster');
    await context.close();
  }
  console.log('phone: every screen fits 390px (and 768)');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
