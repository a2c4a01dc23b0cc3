// Shared pieces of the browser tests: Debian's Chromium through playwright-core, sign-in,
// screenshots under artifacts/ and axe-core checks.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

const require = createRequire(import.meta.url);
export const artifactsDir = path.resolve(import.meta.dirname, '..', 'artifacts');
fs.mkdirSync(artifactsDir, { recursive: true });

export const baseUrl = () => {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is not set: run the browser tests through `npm run test:e2e`');
  return url.replace(/\/$/, '');
};

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };

/** A fresh browser context (no stored session) with a page at the sign-in screen, signed in as `email`. */
export async function signIn(browser, email, password = demoPassword, viewport = { width: 1366, height: 900 }) {
  const phone = viewport.width < 720;
  const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password|senha/i).fill(password);
  await page.getByRole('button', { name: /sign in|entrar/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return { context, page };
}

/** The organization id in an app address (/o/<id>/...). */
export const orgIdOf = (url) => /\/o\/([0-9a-f-]{36})/.exec(new URL(url).pathname)?.[1];

/** From a closer's landing page to their own calls (the first row of Sales Closers); returns its URL. */
export async function openOwnCalls(page) {
  await page.waitForURL(/\/o\//);
  await page.goto(`${baseUrl()}/o/${orgIdOf(page.url())}/sales-closers`);
  await page.locator('tbody th a').first().click();
  await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
  return new URL(page.url());
}

export async function screenshot(page, name) {
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs axe-core on the page; throws on serious or critical violations. */
export async function checkA11y(page, label) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    throw new Error(`axe: ${bad.length} serious/critical violation(s) on ${label}:\n${JSON.stringify(bad, null, 2)}`);
  }
  return result;
}

/**
 * Nothing may widen the page: the document is no wider than the window (a hidden header text
 * escaping a table's scroller once made phones lay pages out ~1000px wide). Call on every screen.
 */
export async function expectNoSideScroll(page, label) {
  const device = page.viewportSize()?.width ?? 0;
  const { scrollWidth, innerWidth, culprits } = await page.evaluate((deviceWidth) => {
    const w = Math.min(window.innerWidth, deviceWidth || window.innerWidth);
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > w + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > w + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits: wide };
  }, device);
  // On a phone (isMobile) the layout viewport itself grows to fit wide content, so innerWidth
  // must also stay the device's width.
  if (scrollWidth > innerWidth || innerWidth > device) {
    throw new Error(`${label}: page is ${scrollWidth}px wide, window ${innerWidth}px, device ${device}px; wide elements: ${culprits.join(', ')}`);
  }
}

/** Every button of the open dialog's footer (and the dialog itself) lies inside the viewport. */
export async function expectDialogButtonsVisible(page, label) {
  const out = await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]');
    if (!dialog) return ['no dialog open'];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const bad = [];
    const d = dialog.getBoundingClientRect();
    if (d.left < -1 || d.right > vw + 1) bad.push(`dialog spans ${Math.round(d.left)}..${Math.round(d.right)}`);
    for (const b of dialog.querySelectorAll('.dialog-actions button')) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.right > vw + 1 || r.top < -1 || r.bottom > vh + 1) bad.push(`"${b.textContent?.trim()}" at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`);
      if (r.height > 56) bad.push(`"${b.textContent?.trim()}" is ${Math.round(r.height)}px tall`);
    }
    // No notice (toast) lies over any of the dialog's buttons, its close button included.
    for (const toast of document.querySelectorAll('.toast')) {
      const t = toast.getBoundingClientRect();
      for (const b of dialog.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        if (r.width && t.left < r.right && t.right > r.left && t.top < r.bottom && t.bottom > r.top) bad.push(`a notice covers "${b.textContent?.trim() || b.getAttribute('aria-label')}"`);
      }
    }
    return bad;
  });
  if (out.length) throw new Error(`${label}: dialog buttons outside the viewport: ${out.join('; ')}`);
}

/** Small assertion helper: the browser tests are plain node scripts. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
