// Rules a person meets in the screens:
// - a refunded student owes nothing: the closer's Update EMI dialog shows Due 0 from the database,
//   says so, and offers no new payment (the database refuses one anyway);
// - From after To in the calls filter shows a hint (and asks the server nothing);
// - a call request another specialist holds: the second specialist reads who and since when, in
//   their language, with the time in the organization's timezone (not UTC).
// No screen widens the page; dialog buttons stay in the viewport.
import { uniqueStamp } from './data';
import { expect, expectDialogButtonsVisible, expectNoSideScroll, openOwnCalls, signInPage, test } from './fixtures';
import { memberRequestsCall } from './flows';

test.describe('rules', { tag: '@responsive' }, () => {
  test('a refunded student owes nothing', async ({ page, signIn, shot }) => {
    await signIn('dipanshu@nikist.demo');
    const callsUrl = await openOwnCalls(page);
    // Sandeep Rao is refunded in the seed.
    callsUrl.search = '?status=refunded';
    await page.goto(callsUrl.toString());
    const row = page.locator('.table-wrap tbody tr:visible').filter({ hasText: 'Sandeep Rao' }).first();
    await row.getByRole('button', { name: /^actions for the call/i }).click();
    await page.getByRole('menuitem', { name: /update emi/i }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('emi-owes-nothing')).toHaveText(/refunded: owes nothing/i);
    await expect(dialog.getByTestId('emi-due')).toHaveText(/^\s*₹\s?0(\.00)?\s*$/);
    await expect(dialog.getByRole('form', { name: /record payment/i }), 'no payment form').toHaveCount(0);
    await expect(dialog.getByRole('progressbar'), 'no progress bar').toHaveCount(0);
    await expect(dialog.getByText(/no new payment can be recorded/i)).toBeVisible();
    await expectNoSideScroll(page, 'refunded EMI');
    await expectDialogButtonsVisible(page, 'refunded EMI');
    await shot('rules-refunded-emi', page, { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('From after To in the calls filter is a hint, not a request', async ({ page, signIn, shot }) => {
    await signIn('dipanshu@nikist.demo');
    const callsUrl = await openOwnCalls(page);
    await page.waitForLoadState('networkidle');
    const calls: string[] = [];
    page.on('request', (r) => {
      // Only a request for the impossible period counts: the page opened before may still refetch
      // its own list (without these dates) while the new one loads.
      if (r.url().includes('/rpc/list_closer_calls') && (r.postData() ?? '').includes('2026-12-10')) calls.push(r.url());
    });
    callsUrl.search = '?from=2026-12-10&to=2026-12-01';
    await page.goto(callsUrl.toString());
    await expect(page.getByRole('alert').filter({ hasText: /“from” is after “to”/i })).toBeVisible();
    await expect(page.locator('input[aria-invalid="true"]'), 'both date inputs are marked invalid').toHaveCount(2);
    // The hint is the whole answer: no request for the list, so no server error box under it.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: /try again/i })).toHaveCount(0);
    expect(calls, 'no list request for an impossible period').toEqual([]);
    await expectNoSideScroll(page, 'calls with From after To');
    await shot('rules-from-after-to');
  });
});

test('a request another specialist holds says who and since when, in the organization time', async ({ page, signIn, signInOther, browser, shot }) => {
  const stamp = uniqueStamp();
  const reason = `Regras ${stamp}`;
  const member = await signInOther('beatriz@vitalis.demo');
  await memberRequestsCall(member, { title: `E2E ${stamp}`, reason });

  // Ana opens the request (claims it).
  await signIn('ana@vitalis.demo');
  const anaRow = page.locator('tr[data-call-log-id]:visible').filter({ hasText: reason });
  await anaRow.getByRole('button', { name: /^ligar/i }).click();
  const anaDialog = page.getByRole('dialog');
  await expect(anaDialog.getByRole('button', { name: /^concluir$/i })).toBeVisible();
  const logId = await anaRow.getAttribute('data-call-log-id');

  // Bruno, on a phone, opens the same one.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const bruno = await signInPage(await phone.newPage(), 'bruno@vitalis.demo');
    const brunoRow = bruno.locator(`tr[data-call-log-id="${logId}"]:visible`);
    await brunoRow.getByRole('button', { name: /^ligar/i }).click();
    const brunoDialog = bruno.getByRole('dialog');
    await expect(brunoDialog.getByText(/outra pessoa está atendendo esta solicitação/i)).toBeVisible();
    const alert = brunoDialog.getByRole('alert');
    await expect(alert).toHaveText(/Ana Souza assumiu esta solicitação às \d{1,2}:\d{2}\./);
    await expect(alert, 'the claim time is not in UTC').not.toContainText('UTC');
    // The time shown is São Paulo's wall clock now (the claim is seconds old).
    const text = await alert.innerText();
    const spNow = new Intl.DateTimeFormat('pt-BR', { hour: 'numeric', minute: '2-digit', timeZone: 'America/Sao_Paulo' });
    const candidates = [0, -1, -2].map((m) => spNow.format(new Date(Date.now() + m * 60_000)));
    expect(candidates, `claim time in "${text}" is São Paulo time`).toContain(/às (\d{1,2}:\d{2})/.exec(text)?.[1]);
    await expect(brunoDialog.getByRole('button', { name: /^concluir$/i }), 'no form for a request someone else holds').toHaveCount(0);
    await expectNoSideScroll(bruno, '390: claimed by another');
    await expectDialogButtonsVisible(bruno, '390: claimed by another');
    await shot('rules-claimed-by-other', bruno, { fullPage: false });
  } finally {
    await phone.close();
  }
});
