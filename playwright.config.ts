// Browser tests: @playwright/test on Debian's Chromium against `local-supabase/dev.mjs` on a fresh
// PGlite database (e2e/web-server.mjs), or against BASE_URL when that is set. Every spec runs at
// 1366 px; specs tagged @responsive also run at 390 px (a touch phone) and 768 px (a tablet).
// How to write a spec: e2e/README.md.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// The config is evaluated again in every worker: the port chosen by the runner travels in the
// environment, so all of them agree on it.
if (!process.env.BASE_URL && !process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    '-e',
    'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})',
  ]).toString();
}
const baseURL = (process.env.BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT}`).replace(/\/$/, '');

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'artifacts/test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // The machine (and CI) has 2 cores: the app server takes one of them.
  workers: Number(process.env.E2E_WORKERS || 2),
  reporter: [['list'], ['html', { outputFolder: 'artifacts/playwright-report', open: 'never' }], ['json', { outputFile: 'artifacts/playwright-results.json' }]],
  use: {
    baseURL,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    headless: true,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: 'desktop-1366', use: { viewport: { width: 1366, height: 768 } } },
    { name: 'tablet-768', grep: /@responsive/, use: { viewport: { width: 768, height: 1024 }, hasTouch: true } },
    { name: 'phone-390', grep: /@responsive/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: 'node e2e/web-server.mjs',
        url: `${baseURL}/sign-in`,
        env: { PORT: String(process.env.E2E_PORT), HOST: '127.0.0.1' },
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      },
});
