// The seed-000 flow as a person does it: Dipanshu (closer) converts a scheduled call into
// Insider Crypto Club → Batch 3; the cohort manager opens Batch 3 and sees the student with the
// same figures. Screenshots of every screen under artifacts/. Without BASE_URL it runs itself
// through e2e/run.mjs, which starts `npm run dev` on a free port over a fresh database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

if (!process.env.BASE_URL) {
  const root = path.resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [path.join(root, 'e2e', 'run.mjs'), 'sales.e2e'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { launchBrowser, orgIdOf, signIn, screenshot, checkA11y, expect, baseUrl } = await import('./lib.mjs');

const browser = await launchBrowser();
let failed = false;
try {
  // 1. The closer: summary, own calls, Update → confirm → save.
  const { context, page } = await signIn(browser, 'dipanshu@nikist.demo');
  await page.getByRole('navigation').first().getByRole('link', { name: /sales closers/i }).click();
  await page.waitForURL(/\/sales-closers$/);
  const orgId = orgIdOf(page.url());
  expect(orgId, `no organization id in ${page.url()}`);
  const table = page.getByRole('table');
  await table.waitFor();
  const rows = await table.locator('tbody tr').count();
  expect(rows === 1, `a closer sees only their own row, saw ${rows}`);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'sales-01-closers');
  await checkA11y(page, 'sales closers');

  await table.locator('tbody tr th a').first().click();
  await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'sales-02-calls');
  await checkA11y(page, 'closer calls');

  // Only scheduled calls, through the address like the summary's links do.
  const callsUrl = new URL(page.url());
  callsUrl.search = '?status=scheduled';
  await page.goto(callsUrl.toString());
  const firstRow = page.getByRole('table').locator('tbody tr:not(.bucket-row)').first();
  await firstRow.waitFor();
  const leadName = (await firstRow.locator('td').first().locator('div').first().innerText()).trim();
  expect(leadName, 'no scheduled call to convert');
  await firstRow.getByRole('button', { name: /^update the call/i }).click();

  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByLabel(/^status/i).selectOption('converted');
  // Validation first: no batch, cash above offer.
  await dialog.getByLabel(/^offer/i).fill('50000');
  await dialog.getByLabel(/^cash received/i).fill('60000');
  await dialog.getByRole('button', { name: /review/i }).click();
  await dialog.getByRole('alert').filter({ hasText: /choose a batch/i }).waitFor();
  await dialog.getByRole('alert').filter({ hasText: /cannot be more than the offer/i }).waitFor();
  await screenshot(page, 'sales-03-update-errors');

  const batchSelect = dialog.getByLabel(/^batch/i);
  const batchValue = await batchSelect.locator('option', { hasText: /insider crypto club · batch 3/i }).getAttribute('value');
  expect(batchValue, 'Insider Crypto Club · Batch 3 is not offered');
  await batchSelect.selectOption(batchValue);
  await dialog.getByLabel(/^classes access/i).selectOption('15');
  await dialog.getByLabel(/^cash received/i).fill('12500');
  const due = await dialog.getByTestId('computed-due').innerText();
  expect(/37,500/.test(due), `computed due shows ${due}`);
  await dialog.getByLabel(/^payment platform/i).fill('Razorpay');
  await screenshot(page, 'sales-04-update-filled');
  await checkA11y(page, 'update dialog');
  await dialog.getByRole('button', { name: /review/i }).click();
  await dialog.getByText(/check the change/i).waitFor();
  await screenshot(page, 'sales-05-update-confirm');
  const save = dialog.getByRole('button', { name: /^save$/i });
  await save.click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText(new RegExp(`${leadName} updated`, 'i')).first().waitFor();

  // The row now reads converted, with the Update EMI action; the EMI dialog shows the ledger.
  callsUrl.search = `?q=${encodeURIComponent(leadName)}`;
  await page.goto(callsUrl.toString());
  const convertedRow = page.getByRole('table').locator('tbody tr:not(.bucket-row)').filter({ hasText: leadName }).first();
  await convertedRow.getByText(/^converted$/i).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'sales-06-calls-after');
  await convertedRow.getByRole('button', { name: /update emi/i }).click();
  const emi = page.getByRole('dialog');
  await emi.getByRole('progressbar').waitFor();
  expect((await emi.getByRole('progressbar').getAttribute('aria-valuenow')) === '25', 'EMI progress should be 25%');
  await emi.getByText(/recorded at conversion/i).first().waitFor();
  await screenshot(page, 'sales-07-emi');
  await checkA11y(page, 'EMI dialog');
  await context.close();

  // 2. The cohort manager: cohorts → Batch 3 → the student, same figures.
  const cm = await signIn(browser, 'cohorts@nikist.demo');
  await cm.page.goto(`${baseUrl()}/o/${orgId}/cohorts`);
  await cm.page.getByRole('heading', { name: /insider crypto club/i }).waitFor();
  await cm.page.waitForLoadState('networkidle');
  await screenshot(cm.page, 'sales-08-cohorts');
  await checkA11y(cm.page, 'cohorts');
  await cm.page.getByRole('region', { name: /insider crypto club/i }).getByRole('link', { name: /^batch 3$/i }).click();
  await cm.page.waitForURL(/\/cohorts\/batches\//);
  await cm.page.getByLabel(/^search/i).fill(leadName);
  const studentRow = cm.page.getByRole('table').locator('tbody tr').filter({ hasText: leadName });
  await studentRow.first().waitFor();
  expect((await studentRow.count()) === 1, `${leadName} should appear once in Batch 3`);
  const text = await studentRow.first().innerText();
  expect(/50,000/.test(text) && /12,500/.test(text) && /37,500/.test(text), `roster figures differ: ${text}`);
  await cm.page.getByLabel(/^search/i).fill('');
  await cm.page.waitForLoadState('networkidle');
  await screenshot(cm.page, 'sales-09-batch-roster');
  await checkA11y(cm.page, 'batch roster');
  await cm.context.close();
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
