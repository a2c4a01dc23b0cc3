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

/** A fresh browser context (no stored session) with a page at the sign-in screen, signed in as `email`. */
export async function signIn(browser, email, password = demoPassword) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password|senha/i).fill(password);
  await page.getByRole('button', { name: /sign in|entrar/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return { context, page };
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

/** Small assertion helper: the browser tests are plain node scripts. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
