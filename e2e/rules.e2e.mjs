// Rules a person meets in the screens, in Chromium at 390 and 1366:
// - a refunded student owes nothing: the closer's Update EMI dialog shows Due 0 from the database,
//   says so, and offers no new payment (the database refuses one anyway);
// - From after To in the calls filter shows a hint;
// - a call request another specialist holds: the second specialist reads who and since when, in
//   their language, with the time in the organization's timezone (not UTC).
// No screen widens the page; dialog buttons stay in the viewport. Screenshots: artifacts/rules-*.png.
import { launchBrowser, signIn, openOwnCalls, expect, expectNoSideScroll, expectDialogButtonsVisible, artifactsDir, baseUrl, PHONE, DESKTOP } from './lib.mjs';

let failed = false;
const browser = await launchBrowser();
try {
  for (const vp of [PHONE, DESKTOP]) {
    const w = vp.width;
    const { context, page } = await signIn(browser, 'dipanshu@nikist.demo', undefined, vp);
    const callsUrl = await openOwnCalls(page);

    // A refunded student: Sandeep Rao (seed).
    callsUrl.search = '?status=refunded';
    await page.goto(callsUrl.toString());
    const row = page.locator('.table-wrap tbody tr:visible').filter({ hasText: 'Sandeep Rao' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /update emi/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('emi-owes-nothing').waitFor();
    const owes = await dialog.getByTestId('emi-owes-nothing').innerText();
    expect(/refunded: owes nothing/i.test(owes), `${w}: EMI dialog should say the refunded student owes nothing: ${owes}`);
    const due = (await dialog.getByTestId('emi-due').innerText()).trim();
    expect(/^₹\s?0(\.00)?$/.test(due), `${w}: due of a refunded student should be ₹0, got ${due}`);
    expect((await dialog.getByRole('form', { name: /record payment/i }).count()) === 0, `${w}: no payment form for a refunded student`);
    expect((await dialog.getByRole('progressbar').count()) === 0, `${w}: no progress bar for a refunded student`);
    await dialog.getByText(/no new payment can be recorded/i).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSideScroll(page, `${w}: refunded EMI`);
    await expectDialogButtonsVisible(page, `${w}: refunded EMI`);
    await page.screenshot({ path: `${artifactsDir}/rules-${w}-refunded-emi.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // From after To.
    callsUrl.search = '?from=2026-12-10&to=2026-12-01';
    await page.goto(callsUrl.toString());
    const hint = page.getByRole('alert').filter({ hasText: /“from” is after “to”/i });
    await hint.waitFor();
    expect((await page.locator('input[aria-invalid="true"][type="date"]').count()) === 2, `${w}: both date inputs should be marked invalid`);
    // The hint is the whole answer: no request is made, so no server error box under it.
    await page.waitForTimeout(500);
    expect((await page.getByRole('button', { name: /try again/i }).count()) === 0, `${w}: no error box with Try again for From after To`);
    await page.waitForLoadState('networkidle');
    await expectNoSideScroll(page, `${w}: calls with From after To`);
    await page.screenshot({ path: `${artifactsDir}/rules-${w}-from-after-to.png`, fullPage: true });
    await context.close();
  }

  // Ana opens a request (claims it); Bruno, on a phone, opens the same one.
  const ana = await signIn(browser, 'ana@vitalis.demo');
  await ana.page.waitForURL(/\/o\/[^/]+\/call-requests/);
  const anaRow = ana.page.locator('tr[data-call-log-id]:visible').first();
  await anaRow.waitFor();
  const logId = await anaRow.getAttribute('data-call-log-id');
  await anaRow.getByRole('button', { name: /^ligar/i }).click();
  const anaDialog = ana.page.getByRole('dialog');
  await anaDialog.getByRole('button', { name: /^concluir$/i }).waitFor();

  const bruno = await signIn(browser, 'bruno@vitalis.demo', undefined, PHONE);
  await bruno.page.waitForURL(/\/o\/[^/]+\/call-requests/);
  const brunoRow = bruno.page.locator(`tr[data-call-log-id="${logId}"]:visible`);
  await brunoRow.waitFor();
  await brunoRow.getByRole('button', { name: /^ligar/i }).click();
  const brunoDialog = bruno.page.getByRole('dialog');
  await brunoDialog.getByText(/outra pessoa está atendendo esta solicitação/i).waitFor();
  const text = await brunoDialog.getByRole('alert').innerText();
  expect(/Ana Souza assumiu esta solicitação às \d{1,2}:\d{2}\./.test(text), `claimed message should be in Portuguese with a time: ${text}`);
  expect(!/UTC/.test(text), `the claim time should be in the organization's timezone, not UTC: ${text}`);
  // The time shown is São Paulo's wall clock now (the claim is seconds old).
  const spNow = new Intl.DateTimeFormat('pt-BR', { hour: 'numeric', minute: '2-digit', timeZone: 'America/Sao_Paulo' });
  const shown = /às (\d{1,2}:\d{2})/.exec(text)?.[1];
  const candidates = [0, -1, -2].map((m) => spNow.format(new Date(Date.now() + m * 60_000)));
  expect(candidates.includes(shown), `claim time ${shown} should be São Paulo time (${candidates.join(', ')})`);
  expect((await brunoDialog.getByRole('button', { name: /^concluir$/i }).count()) === 0, 'no form for a request someone else holds');
  await expectNoSideScroll(bruno.page, '390: claimed by another');
  await expectDialogButtonsVisible(bruno.page, '390: claimed by another');
  await bruno.page.screenshot({ path: `${artifactsDir}/rules-390-claimed-by-other.png` });

  // Ana closes without an action: the claim is released for the next test.
  await anaDialog.getByRole('button', { name: /^fechar$/i }).last().click();
  await anaDialog.waitFor({ state: 'detached' });
  await ana.page.waitForLoadState('networkidle');
  await ana.context.close();
  await bruno.context.close();
  console.log(`rules e2e: ok (${baseUrl()})`);
} catch (err) {
  failed = true;
  console.error(err);
  let i = 0;
  for (const c of browser.contexts()) for (const p of c.pages()) await p.screenshot({ path: `${artifactsDir}/rules-failure-${i++}.png` }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
