// Each role's main job at 390, 768 and 1366: the closer converts a call, the cohort manager records
// a payment in the roster, the member presses Call now, the specialist claims and completes that
// request. On every screen nothing widens the page; in every dialog its buttons are inside the
// viewport. Screenshots: artifacts/jobs-*-<project>.png.
import { createScheduledCall, uniqueStamp } from './data';
import { expect, expectDialogButtonsVisible, expectNoSideScroll, openOwnCalls, test, type Page } from './fixtures';
import { memberRequestsCall } from './flows';

/** Checks the layout of the screen as it is and takes its picture. */
async function screen(page: Page, name: string, shot: (name: string, page?: Page, o?: { fullPage?: boolean }) => Promise<void>) {
  await expectNoSideScroll(page, name);
  if (await page.getByRole('dialog').count()) {
    await expectDialogButtonsVisible(page, name);
    // A dialog is fixed to the viewport: the picture is the screen as seen.
    await shot(`jobs-${name}`, page, { fullPage: false });
  } else {
    await shot(`jobs-${name}`, page);
  }
}

test.describe('main jobs', { tag: '@responsive' }, () => {
  test('the closer converts a call', async ({ page, signIn, shot }) => {
    const { leadName } = await createScheduledCall({ closerEmail: 'dipanshu@nikist.demo', orgSlug: 'nikist', leadName: `E2E Jobs ${uniqueStamp()}` });
    await signIn('dipanshu@nikist.demo');
    const callsUrl = await openOwnCalls(page);
    callsUrl.search = `?status=scheduled&q=${encodeURIComponent(leadName)}`;
    await page.goto(callsUrl.toString());
    const row = page.locator('.table-wrap tbody tr:not(.bucket-row)').filter({ hasText: leadName });
    await expect(row).toBeVisible();
    await screen(page, 'closer-calls', shot);
    await row.getByRole('button', { name: /^actions for the call/i }).click();
    await page.getByRole('menuitem', { name: /^update the call/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^status/i).selectOption('converted');
    await dialog.getByRole('button', { name: /review/i }).click();
    // The first error has focus and is on screen.
    await expect(dialog.getByRole('alert').first()).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid') === 'true' || !!document.activeElement?.classList.contains('field-error')), {
        message: 'the first error has focus after a refused save',
      })
      .toBe(true);
    await screen(page, 'update-errors', shot);
    await dialog.getByLabel(/^batch/i).selectOption({ label: 'Insider Crypto Club · Batch 3' });
    await dialog.getByLabel(/^offer/i).fill('40000');
    await dialog.getByLabel(/^cash received/i).fill('10000');
    await dialog.getByLabel(/^classes access/i).selectOption('15');
    await dialog.getByLabel(/^payment platform/i).fill('UPI');
    // Errors clear as the fields are fixed.
    await expect(dialog.locator('.field-error')).toHaveCount(0);
    await screen(page, 'update-filled', shot);
    await dialog.getByRole('button', { name: /review/i }).click();
    await expect(dialog.getByText(/check the change/i)).toBeVisible();
    await screen(page, 'update-confirm', shot);
    await dialog.getByRole('button', { name: /^save$/i }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText(`${leadName} updated`).first()).toBeVisible();
    callsUrl.search = `?q=${encodeURIComponent(leadName)}`;
    await page.goto(callsUrl.toString());
    const converted = page.locator('.table-wrap tbody tr:not(.bucket-row)').filter({ hasText: leadName });
    await converted.getByRole('button', { name: /^actions for the call/i }).click();
    await page.getByRole('menuitem', { name: /update emi/i }).click();
    await expect(page.getByRole('dialog').getByRole('progressbar')).toBeVisible();
    await screen(page, 'emi', shot);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the cohort manager records a payment', async ({ page, signIn, shot }) => {
    await signIn('cohorts@nikist.demo');
    await page.waitForURL(/\/cohorts/);
    await page.getByRole('link', { name: /^batch 3$/i }).first().click();
    await page.waitForURL(/\/batches\//);
    // Seeded students only: students other tests convert (E2E ...) have figures those tests check.
    const rows = page.locator('.table-wrap tbody tr:visible').filter({ hasNotText: /E2E/ });
    await expect(rows.first()).toBeVisible();
    await screen(page, 'roster', shot);
    // A student with something due: open the row's menu, Record payment.
    let menu = null;
    for (let i = 0; i < (await rows.count()) && !menu; i++) {
      const r = rows.nth(i);
      const trigger = r.getByRole('button', { name: /^actions for /i });
      await trigger.click();
      const record = page.getByRole('menuitem', { name: /^record a payment of/i });
      if (await record.count()) {
        menu = trigger;
        await record.click();
      } else {
        await page.keyboard.press('Escape');
      }
    }
    expect(menu, 'a student with a payment due in Batch 3').not.toBeNull();
    const dialog = page.getByRole('dialog');
    const amount = dialog.getByLabel(/^amount/i);
    await expect(amount).toBeVisible();
    // A refused save: the error takes focus, is cleared once fixed.
    await dialog.getByRole('button', { name: /^record payment$/i }).click();
    await expect(dialog.locator('.field-error').first()).toBeVisible();
    await expect(amount, 'amount has focus after the refused save').toBeFocused();
    await screen(page, 'payment-error', shot);
    await amount.fill('1000');
    await expect(dialog.locator('.field-error')).toHaveCount(0);
    await dialog.getByLabel(/^remarks/i).fill(`e2e ${uniqueStamp()}`);
    await screen(page, 'payment-filled', shot);
    await dialog.getByRole('button', { name: /^record payment$/i }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText(/payment recorded/i).first()).toBeVisible();
    // Focus went back to the row's menu button.
    await expect(menu!, "focus returns to the row's Actions button").toBeFocused();
    await screen(page, 'roster-after', shot);
  });

  test('a member asks for a call and the specialist completes it', async ({ page, signIn, signInOther, shot }, testInfo) => {
    // One member per project, so the three runs never share a chat list.
    const member = { 'phone-390': ['maria@vitalis.demo', 'Maria Oliveira'], 'tablet-768': ['fernanda@vitalis.demo', 'Fernanda Costa'] }[testInfo.project.name] ?? ['lucas@vitalis.demo', 'Lucas Almeida'];
    const [memberEmail, memberName] = member as [string, string];
    const stamp = uniqueStamp();
    const title = `E2E ${stamp}`;
    const reason = `Preciso de ajuda ${stamp}`;
    const notes = `Conversamos ${stamp}`;

    await signIn('ana@vitalis.demo');
    await page.waitForURL(/\/call-requests/);
    const mem = await signInOther(memberEmail);
    await memberRequestsCall(mem, { title, reason, message: 'Preciso conversar.' });
    // The chat's header and the Call now panel show the same status.
    const sameStatus = async () => {
      const header = ((await mem.locator('.my-chats header .badge').allInnerTexts())[0] ?? '').trim();
      const panel = ((await mem.locator('#call-now-status .badge').allInnerTexts())[0] ?? '').trim();
      return header && header === panel ? 'same' : `header "${header}", panel "${panel}"`;
    };
    await expect.poll(sameStatus, { message: 'requested: header and panel agree' }).toBe('same');
    await screen(mem, 'member-requested', shot);

    const row = page.locator('.table-wrap tbody tr').filter({ hasText: reason });
    await expect(row).toBeVisible({ timeout: 30_000 });
    await screen(page, 'queue', shot);
    await expect(row).toContainText(memberName);
    await row.getByRole('button', { name: /ligar/i }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Preciso conversar.')).toBeVisible();
    await expect(dialog, 'no IANA timezone id in the call dialog').not.toContainText('America/Sao_Paulo');
    await screen(page, 'call-dialog', shot);
    await dialog.getByLabel(/resolvido por telefone/i).check();
    await dialog.getByLabel(/^anotações/i).fill(notes);
    await screen(page, 'call-dialog-filled', shot);
    await dialog.getByRole('button', { name: /^concluir$/i }).click();
    await expect(page.getByText(/ligação concluída/i).first()).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('tab', { name: /resolvidas/i }).click();
    await expect(page.locator('.table-wrap tbody tr').filter({ hasText: notes })).toBeVisible();
    await screen(page, 'resolved', shot);

    await mem.reload();
    await mem.getByRole('button', { name: new RegExp(title) }).click();
    await expect(mem.getByText(/ligação concluída: resolvido por telefone/i)).toBeVisible();
    await expect.poll(sameStatus, { message: 'completed: header and panel agree' }).toBe('same');
    await screen(mem, 'member-completed', shot);
  });
});
