// Calls come in without SQL, in Chromium at 390, 768 and 1366 px:
// - an admin books a call for Dipanshu in the "Book a call" dialog; Dipanshu then sees it;
// - a 200-row CSV imports through the import page (progress, result), and importing it again changes nothing;
// - a signed Calendly delivery (POST /functions/v1/calendly-webhook) appears in Dipanshu's calls at
//   the right local time (00:30 in Asia/Kolkata, on its own day);
// - a manager selects calls and assigns them, cancels one with a reason; no page widening, dialog
//   buttons visible, axe clean. Screenshots under artifacts/calls-in-*.png.
import { spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import path from 'node:path';

if (!process.env.BASE_URL) {
  const root = path.resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [path.join(root, 'e2e', 'run.mjs'), 'calls-in.e2e'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { launchBrowser, signIn, screenshot, checkA11y, expect, baseUrl, expectNoSideScroll, expectDialogButtonsVisible, PHONE, DESKTOP } = await import('./lib.mjs');

/** What a person sees on the screen (not the whole scrolled page): for the 390 px views. */
const view = (page, name) => page.screenshot({ path: path.resolve(import.meta.dirname, '..', 'artifacts', `${name}.png`) });

const NIKIST = '0a000000-0000-4000-8000-000000000001';
const DIPANSHU = '0b000000-0000-4000-8000-000000000003';
const TABLET = { width: 768, height: 1024 };
const run = randomUUID().slice(0, 6);

/** yyyy-mm-dd of today + n days in Asia/Kolkata. */
function istDay(n) {
  const d = new Date(Date.now() + 5.5 * 3600_000 + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function openDipanshuCalls(browser, search, viewport = DESKTOP) {
  const { context, page } = await signIn(browser, 'dipanshu@nikist.demo', undefined, viewport);
  await page.goto(`${baseUrl()}/o/${NIKIST}/sales-closers/${DIPANSHU}?q=${encodeURIComponent(search)}`);
  return { context, page };
}

const browser = await launchBrowser();
let failed = false;
try {
  // 1. Admin at 1366: All calls, Book a call for Dipanshu (new lead), then Dipanshu sees it.
  {
    const { context, page } = await signIn(browser, 'admin@nikist.demo', undefined, DESKTOP);
    await page.goto(`${baseUrl()}/o/${NIKIST}/calls`);
    await page.getByRole('heading', { name: 'All calls' }).waitFor();
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'calls-in-01-all-calls-1366');
    await checkA11y(page, 'all calls');
    await page.getByRole('button', { name: 'Book a call' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Validation first: nothing typed.
    await dialog.getByRole('button', { name: 'Book the call' }).click();
    await dialog.getByText("Give the lead's email or phone number.").waitFor();
    await dialog.getByLabel('Email').fill(`booked.${run}@example.com`);
    await dialog.getByLabel('Phone').fill('98111 22333');
    await dialog.getByLabel('Name').fill(`Booked Lead ${run}`);
    await dialog.getByLabel('Closer').selectOption({ label: 'Dipanshu' });
    await dialog.getByLabel(/^Date/).fill(istDay(3));
    await dialog.getByLabel('Time').fill('11:15');
    await screenshot(page, 'calls-in-02-book-dialog-1366');
    await dialog.getByRole('button', { name: 'Book the call' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Booked Lead ${run}`).first().waitFor();
    await context.close();

    const d = await openDipanshuCalls(browser, `Booked Lead ${run}`);
    const row = d.page.getByRole('row').filter({ hasText: `Booked Lead ${run}` });
    await row.waitFor();
    expect((await row.innerText()).includes('11:15'), 'Dipanshu sees the booked call at 11:15');
    expect((await row.innerText()).includes('+919811122333'), 'the phone was stored in E.164');
    await screenshot(d.page, 'calls-in-03-closer-sees-booked-1366');
    await d.context.close();
  }

  // 2. Admin at 768: a 200-row CSV imports with a progress bar; importing again changes nothing.
  {
    const { context, page } = await signIn(browser, 'admin@nikist.demo', undefined, TABLET);
    await page.goto(`${baseUrl()}/o/${NIKIST}/calls/import`);
    const lines = ['Name,Email,Mobile,Closer,Date,Time,Notes'];
    for (let i = 0; i < 200; i++) {
      lines.push(`CSV Lead ${run} ${i},csv.${run}.${i}@example.com,+91 97${String(10000000 + i).slice(-8)},${i % 2 ? 'dipanshu@nikist.demo' : ''},${istDay(5 + (i % 20))},${String(9 + (i % 8)).padStart(2, '0')}:00,"row ${i}, imported"`);
    }
    lines.push('Broken Row,,,,31/02/2026,,');
    const file = { name: `leads-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByText('200 rows ready').waitFor();
    await page.getByText('1 rows with problems (not imported)').waitFor();
    await page.getByRole('cell', { name: /no email and no phone · date missing/ }).waitFor();
    await screenshot(page, 'calls-in-04-csv-preview-768');
    await expectNoSideScroll(page, 'csv import at 768');
    await page.getByRole('button', { name: 'Import 200 rows' }).click();
    await page.getByRole('status').filter({ hasText: 'Done: 200 calls booked, 0 already imported, 200 new leads.' }).waitFor({ timeout: 120_000 });
    const progress = await page.locator('progress').evaluate((p) => [p.value, p.max]);
    expect(progress[0] === 200 && progress[1] === 200, `progress bar full: ${progress}`);
    await screenshot(page, 'calls-in-05-csv-done-768');
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import 200 rows' }).click();
    await page.getByRole('status').filter({ hasText: 'Done: 0 calls booked, 200 already imported, 0 new leads.' }).waitFor({ timeout: 120_000 });
    await context.close();
  }

  // 3. A Calendly delivery for Dipanshu at 00:30 IST lands on its own local day in his calls.
  {
    const day = istDay(4);
    const start = new Date(`${day}T00:30:00+05:30`).toISOString().replace('.000Z', '.000000Z');
    const uri = `https://api.calendly.com/scheduled_events/E2E${run}/invitees/${randomUUID()}`;
    const body = JSON.stringify({
      created_at: new Date().toISOString(),
      created_by: 'https://api.calendly.com/users/AAAA',
      event: 'invitee.created',
      payload: {
        email: `calendly.${run}@example.com`,
        name: `Calendly Lead ${run}`,
        first_name: null,
        last_name: null,
        rescheduled: false,
        status: 'active',
        text_reminder_number: '+91 98222 33444',
        questions_and_answers: [],
        timezone: 'Asia/Kolkata',
        uri,
        scheduled_event: {
          uri: `https://api.calendly.com/scheduled_events/E2E${run}`,
          name: 'Discovery call',
          start_time: start,
          end_time: start,
          event_memberships: [{ user: 'https://api.calendly.com/users/BBBB', user_email: 'dipanshu@nikist.demo' }],
        },
      },
    });
    const t = Math.floor(Date.now() / 1000);
    const sig = `t=${t},v1=${createHmac('sha256', 'demo-calendly-signing-key').update(`${t}.${body}`).digest('hex')}`;
    const r = await fetch(`${baseUrl()}/functions/v1/calendly-webhook?organization=${NIKIST}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Calendly-Webhook-Signature': sig },
      body,
    });
    const answer = await r.json();
    expect(r.status === 200 && answer.action === 'booked', `webhook answered ${r.status} ${JSON.stringify(answer)}`);
    const forged = await fetch(`${baseUrl()}/functions/v1/calendly-webhook?organization=${NIKIST}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Calendly-Webhook-Signature': sig.replace(/v1=./, 'v1=0') },
      body,
    });
    expect(forged.status === 401, `a forged delivery is refused, got ${forged.status}`);

    for (const viewport of [PHONE, DESKTOP]) {
      const d = await openDipanshuCalls(browser, `Calendly Lead ${run}`, viewport);
      const row = d.page.getByRole('row').filter({ hasText: `Calendly Lead ${run}` });
      await row.waitFor();
      const text = await row.innerText();
      const [y, m, dd] = day.split('-').map(Number);
      const dayShown = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, dd)));
      expect(text.includes('00:30'), `the webhook call is at 00:30 local: ${text}`);
      expect(text.replace(/\s+/g, ' ').includes(dayShown.replace(/\s+/g, ' ')) || text.includes(String(dd)), `the webhook call is on ${day} (${dayShown}): ${text}`);
      await screenshot(d.page, `calls-in-06-closer-sees-calendly-${viewport.width}`);
      await expectNoSideScroll(d.page, `closer calls at ${viewport.width}`);
      await d.context.close();
    }
  }

  // 4. Manager at 390: cards, select two calls and assign them to Ritika; cancel one with a reason.
  {
    const { context, page } = await signIn(browser, 'manager@nikist.demo', undefined, PHONE);
    await page.goto(`${baseUrl()}/o/${NIKIST}/calls?q=${encodeURIComponent(`CSV Lead ${run}`)}`);
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSideScroll(page, 'all calls at 390');
    await screenshot(page, 'calls-in-07-all-calls-390');
    await view(page, 'calls-in-07-all-calls-390-view');
    await checkA11y(page, 'all calls at 390');
    const boxes = page.getByRole('checkbox', { name: /^Select the call of/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByText('2 selected').waitFor();
    await page.getByLabel('Assign to').selectOption({ label: 'Ritika Sharma' }).catch(async () => {
      const options = await page.getByLabel('Assign to').locator('option').allInnerTexts();
      await page.getByLabel('Assign to').selectOption({ label: options.find((o) => /ritika/i.test(o)) });
    });
    await screenshot(page, 'calls-in-08-assign-bar-390');
    await view(page, 'calls-in-08-assign-bar-390-view');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByText('2 calls assigned.').waitFor();

    await page.getByRole('button', { name: /^Cancel the call of/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectDialogButtonsVisible(page, 'cancel dialog at 390');
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await dialog.getByText('Say why the call is cancelled.').waitFor();
    await dialog.getByLabel('Reason').fill('Lead asked to stop calling');
    await view(page, 'calls-in-09-cancel-dialog-390');
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('“Lead asked to stop calling”').first().waitFor();

    await page.getByRole('button', { name: 'Book a call' }).click();
    await page.getByRole('dialog').waitFor();
    await expectDialogButtonsVisible(page, 'book dialog at 390');
    await view(page, 'calls-in-10-book-dialog-390');
    await context.close();
  }
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
