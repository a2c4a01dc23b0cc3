// Cohort Management money screens: the organization's insights on the overview, a batch roster with
// chip counts and the conversion-date filter, a student's payment history (edit form open) and the
// batch insights. Nothing widens the page; axe on each. Screenshots: artifacts/cohort-money-*.png.
import { expect, expectNoSideScroll, orgIdOf, test } from './fixtures';

test('cohort money screens', { tag: '@responsive' }, async ({ page, signIn, shot, expectAccessible }) => {
  await signIn('cohorts@nikist.demo');
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  await page.goto(`/o/${orgIdOf(page.url())}/cohorts`);
  await expect(page.getByRole('heading', { name: /money insights/i })).toBeVisible();
  await expect(page.getByRole('table', { name: /receivables aging/i })).toBeAttached();
  await shot('cohort-money-1-overview-insights');
  await expectNoSideScroll(page, 'overview');
  await expectAccessible(page, 'overview insights');

  // The batches are one paged list with filters: Insider Crypto Club's, then its Batch 3.
  await page.getByRole('region', { name: /insider crypto club/i }).getByRole('button', { name: /show batches of/i }).click();
  await page.getByRole('region', { name: /^batches$/i }).getByRole('link', { name: /^batch 3$/i }).click();
  await page.waitForURL(/\/cohorts\/batches\//);
  await expect(page.getByRole('radio', { name: /^all \(\d+\)/i })).toBeVisible();
  await page.getByLabel(/converted from/i).fill('2026-03-01');
  await page.getByLabel(/converted until/i).fill('2026-02-01');
  await expect(page.getByText(/end date cannot be before the start date/i)).toBeVisible();
  await page.getByRole('button', { name: /clear dates/i }).click();
  await expect(page.getByText(/end date cannot be before the start date/i)).toHaveCount(0);
  // The money split by closer folds open (Radix Collapsible) into the same column model's table,
  // cards on a phone.
  const byCloser = page.getByRole('button', { name: /^by closer$/i });
  await expect(byCloser).toHaveAttribute('aria-expanded', 'false');
  await byCloser.click();
  await expect(byCloser).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('table', { name: /^by closer$/i }).getByRole('rowheader').first()).toBeVisible();
  await shot('cohort-money-2-roster');
  await expectNoSideScroll(page, 'roster');
  await expectAccessible(page, 'roster');

  const row = page.getByRole('table', { name: /^roster$/i }).locator('tbody tr').first();
  await row.getByRole('button', { name: /^actions for /i }).click();
  await page.getByRole('menuitem', { name: /payment history of/i }).click();
  const dialog = page.getByRole('dialog', { name: /payment history of/i });
  await expect(dialog.getByRole('table', { name: /payments of/i })).toBeVisible();
  await dialog.getByRole('button', { name: /edit the payment of/i }).first().click();
  await expect(dialog.getByRole('form', { name: /edit payment/i })).toBeVisible();
  // What a person sees: the dialog in the viewport, its Save button visible.
  await shot('cohort-money-3-payment-history', page, { fullPage: false });
  await expect(dialog.getByRole('button', { name: /save payment/i })).toBeInViewport();
  await expectAccessible(page, 'payment history');
  await dialog.getByRole('button', { name: /^cancel$/i }).first().click();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('tab', { name: /^insights$/i }).click(); // insights sit in a tab of their own
  await expect(page.getByRole('table', { name: /students needing action|receivables aging/i }).first()).toBeAttached();
  await shot('cohort-money-4-batch-insights');
  await expectNoSideScroll(page, 'batch insights');
  await page.getByRole('heading', { name: /students needing action/i }).last().scrollIntoViewIfNeeded();
  await shot('cohort-money-5-needing-action', page, { fullPage: false });
});
