// Each role's main job in Chromium at a phone (390x844) and a desktop (1366x768): the closer
// converts a call, the cohort manager records a payment in the roster, the member presses Call now,
// the specialist claims and completes that request. On every screen: nothing widens the page; in
// every dialog: its buttons are inside the viewport. Screenshots: artifacts/jobs-<width>-*.png.
import { artifactsDir, launchBrowser, signIn, openOwnCalls, orgIdOf, screenshot, expect, expectNoSideScroll, expectDialogButtonsVisible, baseUrl, PHONE, DESKTOP } from './lib.mjs';

const stamp = Date.now().toString(36);

/** Header badge and Call-now panel badge agree (polled briefly: both come from one query). */
async function sameStatus(page, w, when) {
  let header = '';
  let panel = '';
  for (let i = 0; i < 20; i++) {
    header = ((await page.locator('.my-chats header .badge').allInnerTexts())[0] ?? '').trim();
    panel = ((await page.locator('#call-now-status .badge').allInnerTexts())[0] ?? '').trim();
    if (header && header === panel) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`${w}: ${when}: header says "${header}", panel says "${panel}"`);
}

async function screen(page, name, w) {
  await page.waitForLoadState('networkidle');
  await expectNoSideScroll(page, `${w}: ${name}`);
  if (await page.getByRole('dialog').count()) {
    await expectDialogButtonsVisible(page, `${w}: ${name}`);
    // A dialog is fixed to the viewport: the picture is the screen as seen.
    await page.screenshot({ path: `${artifactsDir}/jobs-${w}-${name}.png` });
  } else {
    await screenshot(page, `jobs-${w}-${name}`);
  }
}

async function closerConverts(browser, viewport) {
  const w = viewport.width;
  const { context, page } = await signIn(browser, 'dipanshu@nikist.demo', undefined, viewport);
  const callsUrl = await openOwnCalls(page);
  const orgId = orgIdOf(callsUrl.href);
  callsUrl.search = '?status=scheduled';
  await page.goto(callsUrl.toString());
  const row = page.locator('.table-wrap tbody tr:not(.bucket-row)').first();
  await row.waitFor();
  const lead = (await row.locator('td').first().locator('div').first().innerText()).trim();
  await screen(page, 'closer-calls', w);
  await row.getByRole('button', { name: /^update the call/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^status/i).selectOption('converted');
  await dialog.getByRole('button', { name: /review/i }).click();
  // The first error has focus and is on screen.
  await dialog.getByRole('alert').first().waitFor();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid') === 'true' || document.activeElement?.classList.contains('field-error'));
  expect(focused, `${w}: the first error should have focus after a refused save`);
  await screen(page, 'update-errors', w);
  const batch = dialog.getByLabel(/^batch/i);
  const value = await batch.locator('option', { hasText: /insider crypto club · batch 3/i }).getAttribute('value');
  await batch.selectOption(value);
  await dialog.getByLabel(/^offer/i).fill('40000');
  await dialog.getByLabel(/^cash received/i).fill('10000');
  await dialog.getByLabel(/^classes access/i).selectOption('15');
  await dialog.getByLabel(/^payment platform/i).fill('UPI');
  // Errors clear as the fields are fixed.
  expect((await dialog.locator('.field-error').count()) === 0, `${w}: field errors should clear once the fields are fixed`);
  await screen(page, 'update-filled', w);
  await dialog.getByRole('button', { name: /review/i }).click();
  await dialog.getByText(/check the change/i).waitFor();
  await screen(page, 'update-confirm', w);
  await dialog.getByRole('button', { name: /^save$/i }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText(new RegExp(`${lead} updated`, 'i')).first().waitFor();
  callsUrl.search = `?q=${encodeURIComponent(lead)}`;
  await page.goto(callsUrl.toString());
  const converted = page.locator('.table-wrap tbody tr:not(.bucket-row)').filter({ hasText: lead }).first();
  await converted.getByRole('button', { name: /update emi/i }).click();
  await page.getByRole('dialog').getByRole('progressbar').waitFor();
  await screen(page, 'emi', w);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await context.close();
  return orgId;
}

async function cohortManagerRecordsPayment(browser, viewport) {
  const w = viewport.width;
  const { context, page } = await signIn(browser, 'cohorts@nikist.demo', undefined, viewport);
  await page.waitForURL(/\/cohorts/);
  await page.getByRole('link', { name: /^batch 3$/i }).first().click();
  await page.waitForURL(/\/batches\//);
  await page.locator('.table-wrap tbody tr:visible').first().waitFor();
  await screen(page, 'roster', w);
  // A student with something due: open the row's menu, Record payment.
  const rows = page.locator('.table-wrap tbody tr:visible');
  let menu = null;
  let name = '';
  for (let i = 0; i < (await rows.count()); i++) {
    const r = rows.nth(i);
    const summary = r.locator('summary');
    await summary.click();
    if (await r.getByRole('button', { name: /^record a payment of/i }).count()) {
      menu = summary;
      name = (await r.locator('td').first().locator('div').first().innerText()).trim();
      await r.getByRole('button', { name: /^record a payment of/i }).click();
      break;
    }
    await summary.click();
  }
  expect(menu, `${w}: no student with a payment due in Batch 3`);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^amount/i).waitFor();
  // A refused save: the error takes focus, is cleared once fixed; Escape still closes afterwards.
  await dialog.getByRole('button', { name: /^record payment$/i }).click();
  await dialog.locator('.field-error').first().waitFor();
  expect(await dialog.getByLabel(/^amount/i).evaluate((el) => el === document.activeElement), `${w}: amount should have focus after the refused save`);
  await screen(page, 'payment-error', w);
  await dialog.getByLabel(/^amount/i).fill('1000');
  expect((await dialog.locator('.field-error').count()) === 0, `${w}: the amount error should clear once the amount is fixed`);
  await dialog.getByLabel(/^remarks/i).fill(`e2e ${stamp}`);
  await screen(page, 'payment-filled', w);
  await dialog.getByRole('button', { name: /^record payment$/i }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText(/payment recorded/i).first().waitFor();
  // Focus went back to the row's menu button.
  expect(await menu.evaluate((el) => el === document.activeElement), `${w}: focus should return to the Actions button of ${name}`);
  await screen(page, 'roster-after', w);
  await context.close();
}

async function memberAndSpecialist(browser, viewport, memberEmail, memberName) {
  const w = viewport.width;
  const spec = await signIn(browser, 'ana@vitalis.demo', undefined, viewport);
  await spec.page.waitForURL(/\/call-requests/);
  const mem = await signIn(browser, memberEmail, undefined, viewport);
  await mem.page.waitForURL(/\/my-chats/);
  const title = `E2E ${w} ${stamp}`;
  const reason = `Preciso de ajuda ${w} ${stamp}`;
  const form = mem.page.getByRole('form', { name: /novo chat/i });
  await form.getByLabel(/assunto/i).selectOption('psychological');
  await form.getByLabel(/título/i).fill(title);
  await form.getByRole('button', { name: /iniciar chat/i }).click();
  await mem.page.getByRole('heading', { name: title }).waitFor();
  await mem.page.getByLabel(/^mensagem/i).fill('Preciso conversar.');
  await mem.page.getByRole('button', { name: /^enviar$/i }).click();
  await mem.page.getByText('Preciso conversar.').waitFor();
  await mem.page.getByLabel(/o que o especialista deve saber/i).fill(reason);
  await mem.page.getByRole('button', { name: /ligar agora/i }).click();
  await mem.page.getByRole('button', { name: /ligação solicitada às/i }).waitFor();
  // The chat's header and the Call now panel show the same status.
  await sameStatus(mem.page, w, 'requested');
  await screen(mem.page, 'member-requested', w);

  const row = spec.page.locator('.table-wrap tbody tr').filter({ hasText: reason });
  await row.waitFor({ timeout: 30_000 });
  await screen(spec.page, 'queue', w);
  expect(new RegExp(memberName).test(await row.innerText()), `${w}: the row should name ${memberName}`);
  await row.getByRole('button', { name: /ligar/i }).click();
  const dialog = spec.page.getByRole('dialog');
  await dialog.getByText('Preciso conversar.').waitFor();
  const tzText = await dialog.innerText();
  expect(!/America\/Sao_Paulo/.test(tzText), `${w}: the call dialog shows an IANA timezone id`);
  await screen(spec.page, 'call-dialog', w);
  await dialog.getByLabel(/resolvido por telefone/i).check();
  await dialog.getByLabel(/^anotações/i).fill(`Conversamos ${w} ${stamp}`);
  await screen(spec.page, 'call-dialog-filled', w);
  await dialog.getByRole('button', { name: /^concluir$/i }).click();
  await spec.page.getByText(/ligação concluída/i).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
  await spec.page.getByRole('tab', { name: /resolvidas/i }).click();
  await spec.page.locator('.table-wrap tbody tr').filter({ hasText: `Conversamos ${w} ${stamp}` }).waitFor();
  await screen(spec.page, 'resolved', w);

  await mem.page.reload();
  await mem.page.getByRole('button', { name: new RegExp(title) }).click();
  await mem.page.getByText(/ligação concluída: resolvido por telefone/i).waitFor();
  await sameStatus(mem.page, w, 'completed');
  await screen(mem.page, 'member-completed', w);
  await spec.context.close();
  await mem.context.close();
}

const browser = await launchBrowser();
let failed = false;
try {
  for (const [viewport, member, memberName] of [
    [PHONE, 'maria@vitalis.demo', 'Maria Oliveira'],
    [DESKTOP, 'joao@vitalis.demo', 'João Pereira'],
  ]) {
    await closerConverts(browser, viewport);
    await cohortManagerRecordsPayment(browser, viewport);
    await memberAndSpecialist(browser, viewport, member, memberName);
    console.log(`jobs: ${viewport.width}x${viewport.height} ok`);
  }
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
