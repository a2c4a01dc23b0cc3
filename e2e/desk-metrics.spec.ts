// The closers page with its KPI cards and a custom period, a closer's calls with a row expanded
// (contact, payments, status history), and the specialists' queue with tab counts, desk metrics and
// the "(n) Call requests" title when a member asks for a call while the queue is open. Nothing
// widens the page.
import { uniqueStamp } from './data';
import { expect, expectNoSideScroll, openNavigation, test } from './fixtures';
import { memberRequestsCall } from './flows';

test.describe('desk metrics', { tag: '@responsive' }, () => {
  test('the closers page shows key figures for a period', async ({ page, signIn, shot, expectAccessible }) => {
    await signIn('admin@nikist.demo');
    await (await openNavigation(page)).getByRole('link', { name: /sales closers/i }).click();
    await expect(page.getByRole('heading', { name: /key figures/i })).toBeVisible();
    await expect(page.getByText('Calls today').first()).toBeVisible();
    // The key figures' own period (the closers table below has a period switch of its own).
    const kpiPeriod = page.getByRole('group', { name: 'Period', exact: true });
    await kpiPeriod.getByRole('button', { name: 'This month' }).click();
    await expect(kpiPeriod.getByRole('button', { name: 'This month', pressed: true })).toBeVisible();
    await expect(page.getByRole('table', { name: /key figures per closer/i })).toBeAttached();
    await shot('sales-closers-kpis');
    await expectAccessible(page, 'sales closers with KPIs');
    await kpiPeriod.getByRole('button', { name: 'Custom' }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
    await kpiPeriod.getByRole('button', { name: 'This week' }).click();
    await expect(page.getByText('Conversion rate').first()).toBeVisible();
    await expectNoSideScroll(page, 'closers page');
  });

  test("a closer's call expands to contact, payments and status history", async ({ page, signIn, shot, expectAccessible }) => {
    await signIn('dipanshu@nikist.demo');
    await (await openNavigation(page)).getByRole('link', { name: /sales closers/i }).click();
    await expect(page.getByRole('heading', { name: /key figures/i })).toBeVisible();
    await shot('sales-closers-kpis-closer');
    await page.getByRole('link', { name: /dipanshu/i }).first().click();
    const convertedRow = page.getByRole('row').filter({ has: page.getByText(/^(converted|booking amount)$/i) }).first();
    await convertedRow.getByRole('button', { name: /^actions for the call/i }).click();
    await page.getByRole('menuitem', { name: /details of the call/i }).click();
    await expect(page.getByRole('table', { name: /status history/i })).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Payments' })).toBeVisible();
    await shot('closer-calls-expanded');
    await expectAccessible(page, 'closer calls with an expanded row');
    await expectNoSideScroll(page, 'closer calls');
  });

  test('the queue shows desk metrics and counts a new request in the title', async ({ page, signIn, signInOther, shot, expectAccessible }) => {
    await signIn('ana@vitalis.demo');
    await page.waitForURL(/\/o\/[^/]+\/call-requests/);
    await expect(page.getByRole('heading', { name: /indicadores do atendimento/i })).toBeVisible();
    await expect(page.getByRole('tab', { name: /pendentes\s*\d+/i })).toBeVisible();
    await page.getByRole('button', { name: 'Últimos 30 dias' }).click();
    await expect(page.getByText(/^\d+ de \w+\.? de \d{4} – \d+ de /).first()).toBeVisible();
    await expect(page.getByText('Espera mediana').first()).toBeVisible();
    // A percentile of the waits is bucketed in the database: shown as an upper bound, or a dash.
    await expect(page.locator('.kpi-cards li').filter({ hasText: 'Espera mediana' }).locator('.kpi-value')).toHaveText(/^(≤ .+|—)$/);
    // The section folds (Radix Collapsible): the heading's button says whether it is open.
    const fold = page.getByRole('button', { name: /indicadores do atendimento/i });
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText('Espera mediana')).toHaveCount(0);
    await fold.click();
    await expect(page.getByText('Espera mediana').first()).toBeVisible();
    await fold.scrollIntoViewIfNeeded();
    await shot('desk-metrics-section', page, { fullPage: false });
    await expect(page).not.toHaveTitle(/^\(\d+\)/);
    await shot('call-requests-metrics');
    await expectAccessible(page, 'call requests with desk metrics');

    const member = await signInOther('joao@vitalis.demo');
    const stamp = uniqueStamp();
    await memberRequestsCall(member, { title: `Desk ${stamp}`, reason: `Desk metrics ${stamp}`, topic: 'financial' });

    // Other tests may add requests at the same time: the count is at least this one.
    await expect(page).toHaveTitle(/^\([1-9]\d*\) Solicitações de ligação$/, { timeout: 40_000 });
    await expectNoSideScroll(page, 'queue');
    await shot('call-requests-metrics-new');
    // Back on the page (a click): the title is plain again.
    await page.mouse.click(5, 5);
    await expect(page).not.toHaveTitle(/^\(\d+\)/);
  });
});
