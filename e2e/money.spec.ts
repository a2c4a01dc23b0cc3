// Money out (issue 15): a student added without a call, then refunded in part: Received falls by
// the refund in the roster row and the batch totals, Written off shows what was given up, and
// offered = received + due + written off on screen. At 1366, 768 and 390 px; each test works in a
// batch of its own (created here), so parallel projects never see each other's students.
import path from 'node:path';
import { artifactsDir, expect, expectCards, expectDialogButtonsVisible, expectNoSideScroll, isPhone, orgIdOf, test, type Page } from './fixtures';

const amountIn = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d.]/g, ''));

test.describe('money out', { tag: '@responsive' }, () => {
  test('a refund lowers Received in the roster row and the batch totals', async ({ page, signIn, shot, expectAccessible }) => {
    const stamp = `${test.info().project.name}-${Date.now().toString(36)}`;
    const batchName = `Refund e2e ${stamp}`;
    const student = `Offline Payer ${stamp}`;
    await signIn('admin@nikist.demo');
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await page.goto(`/o/${orgIdOf(page.url())}/cohorts`);

    // A batch of our own, active.
    const type = page.getByRole('region', { name: /insider crypto club/i });
    await type.getByRole('button', { name: /add a batch to insider crypto club/i }).click();
    const batchDialog = page.getByRole('dialog', { name: /add a batch/i });
    await batchDialog.getByLabel(/^name/i).fill(batchName);
    await batchDialog.getByLabel(/^status/i).selectOption('active');
    await batchDialog.getByRole('button', { name: /^save$/i }).click();
    await expect(batchDialog).toBeHidden();
    // The batches are one paged list: find ours by name.
    await page.getByLabel(/^search batches/i).fill(batchName);
    const batches = page.getByRole('region', { name: /^batches$/i });
    // The admin's row action (Edit) is on screen at every width, the page never widens.
    const edit = batches.getByRole('button', { name: new RegExp(`^edit insider crypto club ${batchName}$`, 'i') });
    await edit.scrollIntoViewIfNeeded();
    const box = (await edit.boundingBox())!;
    expect(box.x + box.width, 'the batch row action fits the viewport').toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectNoSideScroll(page, 'batch overview (admin)');
    await shot('money-overview-admin');
    await batches.getByRole('link', { name: batchName }).click();
    await expect(page.getByRole('heading', { name: new RegExp(batchName) })).toBeVisible();

    // Someone who paid 30,000 of 50,000 offline joins it without a call.
    await page.getByRole('button', { name: /^add student$/i }).click();
    const add = page.getByRole('dialog', { name: /add a student to/i });
    await expectDialogButtonsVisible(page, 'add student');
    await add.getByLabel(/full name/i).fill(student);
    await add.getByLabel(/^email/i).fill(`offline.${stamp}@example.com`);
    await add.getByLabel(/^offer/i).fill('50000');
    await add.getByLabel(/paid so far/i).fill('30000');
    await shot('money-add-student');
    await add.getByRole('button', { name: /^add student$/i }).click();
    await expect(add).toBeHidden();
    await expect(page.getByTestId('total-received')).toHaveText(/30,000/);
    await expect(page.getByTestId('total-written-off')).toHaveText(/₹\s?0\.00/);

    // Refund 10,000 of it.
    const row = page.getByRole('table', { name: /^roster$/i }).locator('tbody tr').filter({ hasText: student });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /^actions for /i }).click();
    await page.getByRole('menuitem', { name: /^refund /i }).click();
    const refund = page.getByRole('dialog', { name: /^refund /i });
    await expect(refund.getByLabel(/amount refunded/i)).toHaveValue('30000.00');
    await refund.getByLabel(/amount refunded/i).fill('10000');
    await refund.getByLabel(/reason/i).fill('Moved abroad; part refund approved');
    await expect(refund.getByTestId('refund-preview')).toHaveText(/received ₹\s?20,000.*written off ₹\s?30,000/);
    await expectDialogButtonsVisible(page, 'refund');
    await shot('money-refund-dialog');
    await page.screenshot({ path: path.join(artifactsDir, `money-refund-dialog-viewport-${test.info().project.name}.png`) });
    await refund.getByRole('button', { name: /^refund$/i }).click();
    await expect(refund).toBeHidden();

    // Received falls by the refund in the totals and in the row; written off shows the rest.
    await expect(page.getByTestId('total-received')).toHaveText(/20,000/);
    await expect(page.getByTestId('total-due')).toHaveText(/₹\s?0\.00/);
    await expect(page.getByTestId('total-written-off')).toHaveText(/30,000/);
    const offered = await amountIn(page, 'total-offered');
    const received = await amountIn(page, 'total-received');
    const due = await amountIn(page, 'total-due');
    const writtenOff = await amountIn(page, 'total-written-off');
    expect(offered).toBe(received + due + writtenOff);
    const cells = row.locator('td.num');
    await expect(cells.nth(0)).toHaveText(/50,000/); // offer
    await expect(cells.nth(1)).toHaveText(/20,000/); // received
    await expect(cells.nth(2)).toHaveText(/₹\s?0\.00/); // due
    await expect(cells.nth(3)).toHaveText(/30,000/); // written off
    await expect(row).toContainText(/refunded/i);
    await expectNoSideScroll(page, 'roster after a refund');
    if (isPhone(page)) await expectCards(page, 'roster');
    await shot('money-roster-after-refund');
    // Close-ups at the device's size: the totals and the refunded student's row (a card on a phone).
    const project = test.info().project.name;
    await page.getByRole('region', { name: /batch totals/i }).screenshot({ path: path.join(artifactsDir, `money-totals-${project}.png`) });
    await row.screenshot({ path: path.join(artifactsDir, `money-row-${project}.png`) });
    await expectAccessible(page, 'roster after a refund');

    // The totals follow the conversion-date filter: nobody converted in January 2000.
    await page.getByLabel(/converted from/i).fill('2000-01-01');
    await page.getByLabel(/converted until/i).fill('2000-01-31');
    await expect(page.getByTestId('total-students')).toHaveText('0');
    await expect(page.getByTestId('total-received')).toHaveText(/₹\s?0\.00/);
    await page.getByRole('button', { name: /clear dates/i }).click();
    await expect(page.getByTestId('total-received')).toHaveText(/20,000/);

    // The history lists the refund as money out with the student's figures now.
    await row.getByRole('button', { name: /^actions for /i }).click();
    await page.getByRole('menuitem', { name: /payment history of/i }).click();
    const history = page.getByRole('dialog', { name: /payment history of/i });
    await expect(history.getByTestId('history-received')).toHaveText(/20,000/);
    await expect(history.getByRole('table', { name: /payments of/i })).toContainText(/− ₹\s?10,000/);
    await shot('money-history-after-refund');
  });

  test("the closers' page shows each closer's money with written off", async ({ page, signIn, shot, expectAccessible }) => {
    await signIn('manager@nikist.demo');
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await page.goto(`/o/${orgIdOf(page.url())}/sales-closers`);
    const table = page.getByRole('table', { name: /closers/i }).first();
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(table).toContainText(/written off/i);
    await expect(page.getByTestId('kpi-conversions-money')).toContainText(/written off/i);
    await expectNoSideScroll(page, 'sales closers');
    if (isPhone(page)) await expectCards(page, 'closers');
    await shot('money-closers');
    await expectAccessible(page, 'sales closers');
  });
});
