// Issue 10 screens in headless Chromium at 1366 and 390 px: the closers page with its KPI cards
// and a custom period, a closer's calls with a row expanded (contact, payments, status history),
// and the specialists' queue with tab counts, desk metrics and the "(n) Call requests" title when
// a member asks for a call while the queue is open. Nothing may widen the page at 390 px.
// Screenshots under artifacts/. Run through `npm run test:e2e desk-metrics`.
import { launchBrowser, signIn, screenshot, checkA11y, expect } from './lib.mjs';

let failed = false;
const browser = await launchBrowser();

// Width problems are collected and reported at the end, so every screenshot is still taken.
const overflows = [];
async function noOverflow(page, label) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  if (scroll > client + 1) overflows.push(`${label}: the page is ${scroll}px wide at a ${client}px viewport`);
}

try {
  // Closers page: KPI cards (today, then this month, then a custom period with From after To).
  const admin = await signIn(browser, 'admin@nikist.demo');
  await admin.page.getByRole('link', { name: /sales closers/i }).first().click();
  await admin.page.getByRole('heading', { name: /key figures/i }).waitFor();
  await admin.page.getByText('Calls today').first().waitFor();
  await admin.page.getByRole('button', { name: 'This month' }).click();
  await admin.page.getByRole('button', { name: 'This month', pressed: true }).waitFor();
  await admin.page.getByRole('table', { name: /key figures per closer/i }).waitFor();
  await screenshot(admin.page, 'sales-closers-kpis-1366');
  await checkA11y(admin.page, 'sales closers with KPIs');
  await admin.page.getByRole('button', { name: 'Custom' }).click();
  await admin.page.getByLabel('From', { exact: true }).fill('2026-03-10');
  await admin.page.getByLabel('To', { exact: true }).fill('2026-03-01');
  await admin.page.getByRole('button', { name: 'Show' }).click();
  await admin.page.getByText('The end date must be on or after the start date.').waitFor();
  await admin.page.setViewportSize({ width: 390, height: 844 });
  await admin.page.getByRole('button', { name: 'This week' }).click();
  await admin.page.getByText('Conversion rate').first().waitFor();
  await noOverflow(admin.page, 'closers page at 390');
  await screenshot(admin.page, 'sales-closers-kpis-390');

  // A closer's calls: badges and an expanded row with contact, payments and status history.
  const closer = await signIn(browser, 'dipanshu@nikist.demo');
  await closer.page.getByRole('link', { name: /sales closers/i }).first().click();
  await closer.page.getByRole('heading', { name: /key figures/i }).waitFor();
  await screenshot(closer.page, 'sales-closers-kpis-closer-1366');
  await closer.page.getByRole('link', { name: /dipanshu/i }).first().click();
  await closer.page.getByRole('table').first().waitFor();
  const convertedRow = closer.page.getByRole('row').filter({ has: closer.page.getByRole('button', { name: /update emi/i }) }).first();
  await convertedRow.getByRole('button', { name: /details of the call/i }).click();
  await closer.page.getByRole('table', { name: /status history/i }).waitFor();
  await closer.page.getByRole('heading', { name: 'Payments' }).waitFor();
  await screenshot(closer.page, 'closer-calls-expanded-1366');
  await checkA11y(closer.page, 'closer calls with an expanded row');
  await closer.page.setViewportSize({ width: 390, height: 844 });
  await noOverflow(closer.page, 'closer calls at 390');
  await screenshot(closer.page, 'closer-calls-expanded-390');

  // The queue: tab counts and desk metrics; a new request changes the title while it is open.
  const spec = await signIn(browser, 'ana@vitalis.demo');
  await spec.page.waitForURL(/\/o\/[^/]+\/call-requests/);
  await spec.page.getByRole('heading', { name: /indicadores do atendimento/i }).waitFor();
  await spec.page.getByRole('tab', { name: /pendentes\s*\d+/i }).waitFor();
  await spec.page.getByRole('button', { name: 'Últimos 30 dias' }).click();
  await spec.page.getByText(/^\d+ de \w+\.? de \d{4} – \d+ de /).first().waitFor();
  await spec.page.getByText('Espera mediana').first().waitFor();
  const before = await spec.page.title();
  expect(!/^\(\d+\)/.test(before), `title before a new request: ${before}`);
  await screenshot(spec.page, 'call-requests-metrics-1366');
  await checkA11y(spec.page, 'call requests with desk metrics');

  const mem = await signIn(browser, 'maria@vitalis.demo');
  await mem.page.waitForURL(/\/o\/[^/]+\/my-chats/);
  const newChat = mem.page.getByRole('form', { name: /novo chat/i });
  await newChat.getByLabel(/assunto/i).selectOption('financial');
  await newChat.getByLabel(/título/i).fill(`Desk ${Date.now().toString(36)}`);
  await newChat.getByRole('button', { name: /iniciar chat/i }).click();
  await mem.page.getByRole('button', { name: /ligar agora/i }).click();
  await mem.page.getByRole('button', { name: /ligação solicitada às/i }).waitFor();

  spec.page.on('response', async (r) => {
    if (r.url().includes('call_request_counts') && process.env.DEBUG_E2E) console.log('counts', r.status(), await r.text().catch(() => ''), r.request().postData());
  });
  await spec.page.waitForFunction(() => /^\(1\) /.test(document.title), null, { timeout: 40_000 });
  const during = await spec.page.title();
  expect(during === '(1) Solicitações de ligação', `title after a new request: ${during}`);
  await spec.page.setViewportSize({ width: 390, height: 844 });
  await noOverflow(spec.page, 'queue at 390');
  await screenshot(spec.page, 'call-requests-metrics-390');
  // Back on the page (a click): the title is plain again.
  await spec.page.mouse.click(5, 5);
  await spec.page.waitForFunction(() => !/^\(\d+\)/.test(document.title), null, { timeout: 15_000 });
  expect(overflows.length === 0, overflows.join('\n'));
  console.log('desk-metrics e2e: ok');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
