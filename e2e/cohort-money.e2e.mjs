// Cohort Management money screens in Chromium at 1366 px and 390 px: the organization's insights
// on the overview, a batch roster with chip counts and the conversion-date filter, a student's
// payment history (edit form open) and the batch insights. Checks that nothing widens the page at
// 390 px and runs axe. Screenshots under artifacts/cohort-money-*.png. Without BASE_URL it runs
// itself through e2e/run.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

if (!process.env.BASE_URL) {
  const root = path.resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [path.join(root, 'e2e', 'run.mjs'), 'cohort-money.e2e'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { launchBrowser, signIn, screenshot, checkA11y, expect, baseUrl, artifactsDir } = await import('./lib.mjs');

const browser = await launchBrowser();
let failed = false;
let current = null;
const noOverflow = async (page, label) => {
  const { sw, cw, wide } = await page.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    // The outermost elements that stick out (inside a scroller is fine: it scrolls, the page does not).
    const path = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 6; e = e.parentElement) parts.unshift(`${e.tagName.toLowerCase()}${e.classList.length ? '.' + [...e.classList].join('.') : ''}`);
      return parts.join(' > ');
    };
    const wide = [...document.querySelectorAll('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter((x) => x.right > document.documentElement.scrollWidth - 2)
      .slice(0, 3)
      .map((x) => `${path(x.el)} (${Math.round(x.right)}px)`);
    return { sw: document.documentElement.scrollWidth, cw, wide };
  });
  expect(sw <= cw + 1, `${label}: the page is ${sw}px wide in a ${cw}px viewport: ${wide.join(', ')}`);
};
try {
  for (const width of [1366, 390]) {
    const { context, page } = await signIn(browser, 'cohorts@nikist.demo');
    current = page;
    page.setDefaultTimeout(60_000);
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    const orgId = /\/o\/([0-9a-f-]{36})/.exec(new URL(page.url()).pathname)?.[1];
    await page.goto(`${baseUrl()}/o/${orgId}/cohorts`);
    await page.getByRole('heading', { name: /money insights/i }).waitFor();
    await page.getByRole('table', { name: /receivables aging/i }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `cohort-money-${width}-1-overview-insights`);
    await noOverflow(page, `overview at ${width}`);
    await checkA11y(page, `overview insights at ${width}`);

    await page.getByRole('region', { name: /insider crypto club/i }).getByRole('link', { name: /^batch 3$/i }).click();
    await page.waitForURL(/\/cohorts\/batches\//);
    const all = page.getByRole('radio', { name: /^all \(\d+\)/i });
    await all.waitFor();
    await page.getByLabel(/converted from/i).fill('2026-03-01');
    await page.getByLabel(/converted until/i).fill('2026-02-01');
    await page.getByText(/end date cannot be before the start date/i).waitFor();
    await page.getByRole('button', { name: /clear dates/i }).click();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `cohort-money-${width}-2-roster`);
    await noOverflow(page, `roster at ${width}`);
    await checkA11y(page, `roster at ${width}`);

    const row = page.getByRole('table', { name: /^roster$/i }).locator('tbody tr').first();
    await row.locator('details.row-menu > summary').click();
    await row.getByRole('button', { name: /payment history of/i }).click();
    const dialog = page.getByRole('dialog', { name: /payment history of/i });
    await dialog.getByRole('table', { name: /payments of/i }).waitFor();
    await dialog.getByRole('button', { name: /edit the payment of/i }).first().click();
    await dialog.getByRole('form', { name: /edit payment/i }).waitFor();
    await screenshot(page, `cohort-money-${width}-3-payment-history`);
    // What a person sees: the dialog in the viewport (its buttons must be visible).
    await page.screenshot({ path: path.join(artifactsDir, `cohort-money-${width}-3-payment-history-viewport.png`) });
    expect(await dialog.getByRole('button', { name: /save payment/i }).isVisible(), `save button hidden at ${width}`);
    await checkA11y(page, `payment history at ${width}`);
    await dialog.getByRole('button', { name: /^cancel$/i }).first().click();
    await page.keyboard.press('Escape');

    await page.getByRole('heading', { name: /^insights$/i }).scrollIntoViewIfNeeded();
    await page.getByRole('table', { name: /students needing action|receivables aging/i }).first().waitFor();
    await screenshot(page, `cohort-money-${width}-4-batch-insights`);
    await noOverflow(page, `batch insights at ${width}`);
    await page.getByRole('heading', { name: /students needing action/i }).last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, `cohort-money-${width}-5-needing-action-viewport.png`) });
    await context.close();
  }
} catch (e) {
  failed = true;
  console.error(e);
  if (current) await screenshot(current, 'cohort-money-failure').catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
