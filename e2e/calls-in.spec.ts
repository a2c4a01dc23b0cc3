// Calls come in without SQL (issue 15), at 1366, 768 and 390 px:
// - an admin books a call for Dipanshu in "Book a call"; Dipanshu then sees it in his calls;
// - a 200-row CSV imports (every bad row explained, progress bar) and importing it again changes nothing;
// - a signed Calendly delivery appears in Dipanshu's calls at the right local time (00:30 IST, its own day);
// - a manager selects calls on All calls, assigns them to a closer and cancels one with a reason.
import { createHmac, randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { expect, expectCards, expectDialogButtonsVisible, expectNoSideScroll, isPhone, test, type Page } from './fixtures';

const NIKIST = '0a000000-0000-4000-8000-000000000001';
const DIPANSHU = '0b000000-0000-4000-8000-000000000003';
const SIGNING_KEY = 'demo-calendly-signing-key'; // Nikist's local development key (demo seed)

/** yyyy-mm-dd of today + n days in Asia/Kolkata (Nikist's timezone). */
const istDay = (n: number) => new Date(Date.now() + 5.5 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
const stamp = () => randomUUID().slice(0, 8);
/**
 * A fresh valid Indian mobile number (10 digits): leads are found by phone, so tests never share
 * one; not every 98… range is allocated, so draw until libphonenumber-js accepts it (as the app does).
 */
function phoneDigits(): string {
  for (;;) {
    const d = `98${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    if (parsePhoneNumberFromString(d, 'IN')?.isValid()) return d;
  }
}
/** What a person sees on the screen, not the whole scrolled page. */
const view = (page: Page, name: string) => page.screenshot({ path: `artifacts/${name}-${test.info().project.name}.png` });

/** A Calendly v2 invitee.created delivery, signed with Nikist's key. */
async function deliverCalendly(request: APIRequestContext, o: { name: string; email: string; host: string; start: string; phone?: string }) {
  const body = JSON.stringify({
    created_at: new Date().toISOString(),
    created_by: 'https://api.calendly.com/users/AAAAAAAAAAAAAAAA',
    event: 'invitee.created',
    payload: {
      email: o.email,
      name: o.name,
      first_name: null,
      last_name: null,
      rescheduled: false,
      status: 'active',
      text_reminder_number: o.phone ?? null,
      questions_and_answers: [],
      timezone: 'Asia/Kolkata',
      uri: `https://api.calendly.com/scheduled_events/E2E/invitees/${randomUUID()}`,
      scheduled_event: {
        uri: 'https://api.calendly.com/scheduled_events/E2E',
        name: 'Discovery call',
        start_time: o.start,
        end_time: o.start,
        event_memberships: [{ user: 'https://api.calendly.com/users/BBBBBBBBBBBBBBBB', user_email: o.host }],
      },
    },
  });
  const t = Math.floor(Date.now() / 1000);
  const signature = `t=${t},v1=${createHmac('sha256', SIGNING_KEY).update(`${t}.${body}`).digest('hex')}`;
  const r = await request.post(`/functions/v1/calendly-webhook?organization=${NIKIST}`, {
    headers: { 'content-type': 'application/json', 'Calendly-Webhook-Signature': signature },
    data: body,
  });
  return { status: r.status(), body: await r.json(), signature, raw: body };
}

test.describe('calls in', { tag: '@responsive' }, () => {
  test('an admin books a call for a closer, who then sees it', async ({ page, signIn, signInOther, shot, expectAccessible }) => {
    const name = `Booked Lead ${stamp()}`;
    const phone = phoneDigits();
    await signIn('admin@nikist.demo');
    await page.goto(`/o/${NIKIST}/calls`);
    await expect(page.getByRole('heading', { name: 'All calls' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    if (isPhone(page)) await expectCards(page, 'all calls');
    await expectNoSideScroll(page, 'all calls');
    await shot('calls-in-all-calls');
    await expectAccessible(page, 'all calls');

    await page.getByRole('button', { name: 'Book a call' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Book the call' }).click();
    await expect(dialog.getByText("Give the lead's email or phone number.")).toBeVisible();
    await expectDialogButtonsVisible(page, 'book a call');
    await dialog.getByLabel('Email').fill(`${name.replace(/\s+/g, '.').toLowerCase()}@example.com`);
    await dialog.getByLabel('Phone').fill(`${phone.slice(0, 5)} ${phone.slice(5)}`);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Closer').selectOption({ label: 'Dipanshu' });
    await dialog.getByLabel(/^Date/).fill(istDay(3));
    await dialog.getByLabel('Time').fill('11:15');
    await view(page, 'calls-in-book-dialog');
    await dialog.getByRole('button', { name: 'Book the call' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(name).first()).toBeVisible();

    const closer = await signInOther('dipanshu@nikist.demo');
    await closer.goto(`/o/${NIKIST}/sales-closers/${DIPANSHU}?q=${encodeURIComponent(name)}`);
    const row = closer.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('11:15');
    await expect(row).toContainText(`+91${phone}`);
    await shot('calls-in-closer-sees-booked', closer);
  });

  test('a 200-row CSV imports with every bad row explained; importing it again changes nothing', async ({ page, signIn, shot }) => {
    const run = stamp();
    const phones = Array.from({ length: 200 }, phoneDigits);
    await signIn('admin@nikist.demo');
    await page.goto(`/o/${NIKIST}/calls/import`);
    const lines = ['Name,Email,Mobile,Closer,Date,Time,Notes'];
    for (let i = 0; i < 200; i++) {
      lines.push(
        `CSV ${run} ${i},csv.${run}.${i}@example.com,+91 ${phones[i]},${i % 2 ? 'dipanshu@nikist.demo' : ''},${istDay(5 + (i % 20))},${String(9 + (i % 8)).padStart(2, '0')}:00,"row ${i}, imported"`,
      );
    }
    lines.push('Broken Row,,,,31/02/2026,,');
    const file = { name: `leads-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
    await page.getByLabel('CSV file').setInputFiles(file);
    await expect(page.getByText('200 rows ready')).toBeVisible();
    await expect(page.getByText('1 rows with problems (not imported)')).toBeVisible();
    await expect(page.getByRole('cell', { name: /no email and no phone · date missing/ })).toBeVisible();
    await expectNoSideScroll(page, 'csv preview');
    await shot('calls-in-csv-preview');
    await page.getByRole('button', { name: 'Import 200 rows' }).click();
    await expect(page.getByRole('status')).toHaveText('Done: 200 calls booked, 0 already imported, 200 new leads.', { timeout: 120_000 });
    await expect(page.locator('progress')).toHaveAttribute('value', '200');
    await shot('calls-in-csv-done');

    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import 200 rows' }).click();
    await expect(page.getByRole('status')).toHaveText('Done: 0 calls booked, 200 already imported, 0 new leads.', { timeout: 120_000 });
    await page.goto(`/o/${NIKIST}/calls?q=${encodeURIComponent(`CSV ${run}`)}`);
    await expect(page.getByText('1–25 of 200')).toBeVisible();
  });

  test("a Calendly delivery appears in the closer's calls at the right local time", async ({ page, signIn, request, shot }) => {
    const name = `Calendly Lead ${stamp()}`;
    const day = istDay(4);
    // 00:30 in Asia/Kolkata is 19:00 UTC the day before: the call belongs to `day`.
    const start = new Date(`${day}T00:30:00+05:30`).toISOString().replace('.000Z', '.000000Z');
    const r = await deliverCalendly(request, { name, email: `${name.replace(/\s+/g, '.').toLowerCase()}@example.com`, host: 'Dipanshu@nikist.demo', start, phone: `+91 ${phoneDigits()}` });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.action).toBe('booked');
    const forged = await request.post(`/functions/v1/calendly-webhook?organization=${NIKIST}`, {
      headers: { 'content-type': 'application/json', 'Calendly-Webhook-Signature': r.signature.replace(/v1=(.)/, (_, c: string) => `v1=${c === '0' ? '1' : '0'}`) },
      data: r.raw,
    });
    expect(forged.status()).toBe(401);

    await signIn('dipanshu@nikist.demo');
    await page.goto(`/o/${NIKIST}/sales-closers/${DIPANSHU}?q=${encodeURIComponent(name)}`);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(/00:30|12:30\s?am/i); // the organization's time format
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const shown = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(y, m - 1, d)));
    await expect(row).toContainText(shown.find((p) => p.type === 'month')!.value);
    await expect(row).toContainText(String(d));
    await expectNoSideScroll(page, "closer's calls");
    await shot('calls-in-closer-sees-calendly');
  });

  test('a manager assigns selected calls to a closer and cancels one with a reason', async ({ page, signIn, request, shot }) => {
    const run = stamp();
    for (const i of [1, 2]) {
      const r = await deliverCalendly(request, { name: `Unassigned ${run} ${i}`, email: `unassigned.${run}.${i}@example.com`, host: 'nobody@elsewhere.com', start: `${istDay(6)}T05:00:00.000000Z` });
      expect(r.body.action).toBe('booked');
    }
    await signIn('manager@nikist.demo');
    await page.goto(`/o/${NIKIST}/calls?closer=unassigned&q=${encodeURIComponent(`Unassigned ${run}`)}`);
    await expect(page.getByRole('row').filter({ hasText: `Unassigned ${run}` })).toHaveCount(2);
    await page.getByRole('checkbox', { name: `Select the call of Unassigned ${run} 1` }).check();
    await page.getByRole('checkbox', { name: `Select the call of Unassigned ${run} 2` }).check();
    await expect(page.getByText('2 selected')).toBeVisible();
    await page.getByLabel('Assign to').selectOption({ label: 'Ritika Sharma' });
    await view(page, 'calls-in-assign-bar');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByText('2 calls assigned.')).toBeVisible();
    await expect(page.getByText('No calls match these filters.')).toBeVisible();

    await page.goto(`/o/${NIKIST}/calls?q=${encodeURIComponent(`Unassigned ${run}`)}`);
    const first = page.getByRole('row').filter({ hasText: `Unassigned ${run} 1` });
    await expect(first).toContainText('Ritika Sharma');
    await first.getByRole('button', { name: /^Cancel the call of/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectDialogButtonsVisible(page, 'cancel a call');
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await expect(dialog.getByText('Say why the call is cancelled.')).toBeVisible();
    await dialog.getByLabel('Reason').fill('Lead asked to stop calling');
    await view(page, 'calls-in-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await expect(dialog).toBeHidden();
    await expect(first).toContainText('Cancelled');
    await expect(first).toContainText('Lead asked to stop calling');
    await expectNoSideScroll(page, 'all calls after cancel');
    await shot('calls-in-after-assign-cancel');
  });
});
