// The seed-000 flow as a person does it: Dipanshu (closer) converts a scheduled call into
// Insider Crypto Club → Batch 3; the cohort manager opens Batch 3 and sees the student with the
// same figures. The call is this test's own (a new lead scheduled today).
import { createScheduledCall, uniqueStamp } from './data';
import { expect, openNavigation, orgIdOf, test } from './fixtures';

test('a closer converts a call and the cohort manager sees the student', async ({ page, signIn, signInOther, shot, expectAccessible }) => {
  const { leadName } = await createScheduledCall({ closerEmail: 'dipanshu@nikist.demo', orgSlug: 'nikist', leadName: `E2E Sales ${uniqueStamp()}` });

  // 1. The closer: summary, own calls, Update → confirm → save.
  await signIn('dipanshu@nikist.demo');
  await (await openNavigation(page)).getByRole('link', { name: /sales closers/i }).click();
  await page.waitForURL(/\/sales-closers$/);
  const orgId = orgIdOf(page.url());
  const table = page.getByRole('table').filter({ has: page.locator('tbody th a') });
  await expect(table.locator('tbody tr'), 'a closer sees only their own row').toHaveCount(1);
  await shot('sales-01-closers');
  await expectAccessible(page, 'sales closers');

  await table.locator('tbody tr th a').first().click();
  await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
  await expect(page.getByRole('table').first()).toBeVisible();
  await shot('sales-02-calls');
  await expectAccessible(page, 'closer calls');

  // The new call, through the address like the summary's links do.
  const callsUrl = new URL(page.url());
  callsUrl.search = `?status=scheduled&q=${encodeURIComponent(leadName)}`;
  await page.goto(callsUrl.toString());
  const callRow = page.getByRole('table').locator('tbody tr:not(.bucket-row)').filter({ hasText: leadName });
  await callRow.getByRole('button', { name: /^actions for the call/i }).click();
  await page.getByRole('menuitem', { name: /^update the call/i }).click();

  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^status/i).selectOption('converted');
  // Validation first: no batch, cash above offer.
  await dialog.getByLabel(/^offer/i).fill('50000');
  await dialog.getByLabel(/^cash received/i).fill('60000');
  await dialog.getByRole('button', { name: /review/i }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: /choose a batch/i })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: /cannot be more than the offer/i })).toBeVisible();
  await shot('sales-03-update-errors');

  await dialog.getByLabel(/^batch/i).selectOption({ label: 'Insider Crypto Club · Batch 3' });
  await dialog.getByLabel(/^classes access/i).selectOption('15');
  await dialog.getByLabel(/^cash received/i).fill('12500');
  await expect(dialog.getByTestId('computed-due')).toContainText('37,500');
  await dialog.getByLabel(/^payment platform/i).fill('Razorpay');
  await shot('sales-04-update-filled');
  await expectAccessible(page, 'update dialog');
  await dialog.getByRole('button', { name: /review/i }).click();
  await expect(dialog.getByText(/check the change/i)).toBeVisible();
  await shot('sales-05-update-confirm');
  await dialog.getByRole('button', { name: /^save$/i }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(`${leadName} updated`).first()).toBeVisible();

  // The row now reads converted, with the Update EMI action; the EMI dialog shows the ledger.
  callsUrl.search = `?q=${encodeURIComponent(leadName)}`;
  await page.goto(callsUrl.toString());
  const convertedRow = page.getByRole('table').locator('tbody tr:not(.bucket-row)').filter({ hasText: leadName });
  await expect(convertedRow.getByText(/^converted$/i)).toBeVisible();
  await shot('sales-06-calls-after');
  await convertedRow.getByRole('button', { name: /^actions for the call/i }).click();
  await page.getByRole('menuitem', { name: /update emi/i }).click();
  const emi = page.getByRole('dialog');
  await expect(emi.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
  await expect(emi.getByText(/recorded at conversion/i).first()).toBeVisible();
  await shot('sales-07-emi');
  await expectAccessible(page, 'EMI dialog');

  // 2. The cohort manager: cohorts → Batch 3 → the student, same figures.
  const cm = await signInOther('cohorts@nikist.demo');
  await cm.goto(`/o/${orgId}/cohorts`);
  await expect(cm.getByRole('heading', { name: /insider crypto club/i })).toBeVisible();
  await shot('sales-08-cohorts', cm);
  await expectAccessible(cm, 'cohorts');
  await cm.getByRole('region', { name: /insider crypto club/i }).getByRole('button', { name: /show batches of/i }).click();
  await cm.getByRole('region', { name: /^batches$/i }).getByRole('link', { name: /^batch 3$/i }).click();
  await cm.waitForURL(/\/cohorts\/batches\//);
  await cm.getByLabel(/^search/i).fill(leadName);
  const studentRow = cm.getByRole('table').locator('tbody tr').filter({ hasText: leadName });
  await expect(studentRow, `${leadName} appears once in Batch 3`).toHaveCount(1);
  await expect(studentRow).toContainText('50,000');
  await expect(studentRow).toContainText('12,500');
  await expect(studentRow).toContainText('37,500');
  await shot('sales-09-batch-roster', cm);
  await expectAccessible(cm, 'batch roster');
});
