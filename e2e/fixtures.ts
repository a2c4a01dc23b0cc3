// The shared pieces of the browser tests: `test` and `expect` of @playwright/test with the fixtures
// every spec uses (signing in, screenshots under artifacts/, axe-core), and the layout checks.
// How to write a spec: e2e/README.md.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { demoPassword } from '../local-supabase/demo-logins.mjs';

export { expect };
export type { Page };

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
export const artifactsDir = path.resolve(import.meta.dirname, '..', 'artifacts');

type Fixtures = {
  /** Signs `page` in as `email` (a demo login) and waits until it has left the sign-in screen. */
  signIn: (email: string, password?: string) => Promise<Page>;
  /** Another user's page in a context of its own, with this project's viewport; signed in. */
  signInOther: (email: string, password?: string) => Promise<Page>;
  /**
   * Saves a screenshot of `page` (the test's page by default) as artifacts/<name>-<project>.png:
   * the full page, or only the viewport (what a person sees with a dialog open) with fullPage false.
   */
  shot: (name: string, page?: Page, options?: { fullPage?: boolean }) => Promise<void>;
  /** axe-core on `page`: fails on any serious or critical violation. */
  expectAccessible: (page?: Page, label?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  signIn: async ({ page }, use) => {
    await use((email, password) => signInPage(page, email, password));
  },
  signInOther: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    await use(async (email, password) => {
      // Inside a test, browser.newContext() takes the project's `use` options (viewport, baseURL).
      const context = await browser.newContext();
      contexts.push(context);
      return signInPage(await context.newPage(), email, password);
    });
    for (const c of contexts) await c.close();
  },
  shot: async ({ page }, use, testInfo) => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    await use(async (name, p = page, { fullPage = true } = {}) => {
      await p.screenshot({ path: path.join(artifactsDir, `${name}-${testInfo.project.name}.png`), fullPage });
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use((p = page, label) => expectAccessible(p, label));
  },
});

export async function signInPage(page: Page, email: string, password = demoPassword): Promise<Page> {
  await page.goto('/sign-in');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password|senha/i).fill(password);
  await page.getByRole('button', { name: /sign in|entrar/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return page;
}

/** The organization id in an app address (/o/<id>/...). */
export const orgIdOf = (url: string) => /\/o\/([0-9a-f-]{36})/.exec(new URL(url).pathname)?.[1] ?? '';

/** From a closer's landing page to their own calls (the first row of Sales Closers); returns its URL. */
export async function openOwnCalls(page: Page): Promise<URL> {
  await page.waitForURL(/\/o\//);
  await page.goto(`/o/${orgIdOf(page.url())}/sales-closers`);
  await page.locator('tbody th a').first().click();
  await page.waitForURL(/\/sales-closers\/[0-9a-f-]{36}/);
  return new URL(page.url());
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** axe-core on the page as it is now; fails on serious or critical violations (listing them). */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe: serious/critical violations on ${label}`).toEqual([]);
}

/**
 * Nothing widens the page: the document is no wider than the window (and on a phone the layout
 * viewport stays the device's width). Retries until the layout settles.
 */
export async function expectNoSideScroll(page: Page, label = page.url()): Promise<void> {
  const device = page.viewportSize()?.width ?? 0;
  await expect
    .poll(
      () =>
        page.evaluate((deviceWidth) => {
          const w = Math.min(window.innerWidth, deviceWidth || window.innerWidth);
          const { scrollWidth } = document.documentElement;
          if (scrollWidth <= window.innerWidth && window.innerWidth <= deviceWidth) return '';
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > w + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > w + 1))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
          return `page ${scrollWidth}px wide, window ${window.innerWidth}px, device ${deviceWidth}px; wide: ${wide.join(', ')}`;
        }, device),
      { message: `${label}: nothing may widen the page` },
    )
    .toBe('');
}

/** The open dialog and every button of its footer lie inside the viewport; no notice covers a button. */
export async function expectDialogButtonsVisible(page: Page, label = 'dialog'): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const dialog = document.querySelector('[role="dialog"]');
          if (!dialog) return ['no dialog open'];
          const vw = window.innerWidth;
          const vh = window.innerHeight;
          const bad: string[] = [];
          const d = dialog.getBoundingClientRect();
          if (d.left < -1 || d.right > vw + 1) bad.push(`dialog spans ${Math.round(d.left)}..${Math.round(d.right)}`);
          for (const b of dialog.querySelectorAll('.dialog-actions button')) {
            const r = b.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < -1 || r.right > vw + 1 || r.top < -1 || r.bottom > vh + 1) bad.push(`"${b.textContent?.trim()}" at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`);
            if (r.height > 56) bad.push(`"${b.textContent?.trim()}" is ${Math.round(r.height)}px tall`);
          }
          for (const toast of document.querySelectorAll('.toast')) {
            const t = toast.getBoundingClientRect();
            for (const b of dialog.querySelectorAll('button')) {
              if (toast.contains(b)) continue; // the notice's own dismiss button
              const r = b.getBoundingClientRect();
              if (r.width && t.left < r.right && t.right > r.left && t.top < r.bottom && t.bottom > r.top) bad.push(`a notice covers "${b.textContent?.trim() || b.getAttribute('aria-label')}"`);
            }
          }
          return bad;
        }),
      { message: `${label}: the dialog's buttons lie inside the viewport` },
    )
    .toEqual([]);
}

/** Below 720 px a table's rows are cards: the header row is hidden and each cell shows its label. */
export async function expectCards(page: Page, label = 'table'): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const table = document.querySelector('.table-wrap table.table');
          if (!table) return 'no table';
          const thead = table.querySelector('thead');
          if (thead && thead.getBoundingClientRect().height > 2) return 'the header row is visible';
          const td = table.querySelector('tbody td[data-label]:not([data-label=""])');
          if (!td) return 'no cell with a data-label';
          const before = getComputedStyle(td, '::before').content;
          if (!before || before === 'none') return 'the cell does not show its label';
          return '';
        }),
      { message: `${label}: rows read as cards` },
    )
    .toBe('');
}

/** True in the phone project (below 720 px, where tables become cards). */
export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1366) < 720;

/** The app's navigation, made visible: below 860 px it sits behind the Menu button. */
export async function openNavigation(page: Page) {
  await expect(page.locator('.menu-toggle:visible, nav.org-nav:visible').first()).toBeVisible();
  const menu = page.getByRole('button', { name: /^menu$/i });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole('navigation').first();
  await expect(nav).toBeVisible();
  return nav;
}
