// Every demo role signs in, sees exactly the navigation its roles allow, and every screen it
// lands on passes axe-core without serious or critical violations. A screenshot per role.
import { launchBrowser, signIn, screenshot, checkA11y, expect } from './lib.mjs';

const NAV = {
  salesClosers: /sales closers/i,
  cohorts: /cohort management|cohorts/i,
  callRequests: /call requests|solicitações/i,
  myChats: /my chats|meus chats/i,
};

const cases = [
  { email: 'admin@nikist.demo', shot: 'role-admin', sees: ['salesClosers', 'cohorts', 'callRequests'], not: ['myChats'] },
  { email: 'manager@nikist.demo', shot: 'role-manager', sees: ['salesClosers', 'cohorts'], not: ['callRequests', 'myChats'] },
  { email: 'dipanshu@nikist.demo', shot: 'role-closer', sees: ['salesClosers'], not: ['cohorts', 'callRequests', 'myChats'] },
  { email: 'cohorts@nikist.demo', shot: 'role-cohort-manager', sees: ['cohorts'], not: ['salesClosers', 'callRequests', 'myChats'] },
  { email: 'ana@vitalis.demo', shot: 'role-specialist', sees: ['callRequests'], not: ['salesClosers', 'cohorts', 'myChats'] },
  { email: 'maria@vitalis.demo', shot: 'role-member', sees: ['myChats'], not: ['salesClosers', 'cohorts', 'callRequests'] },
];

const browser = await launchBrowser();
try {
  // The sign-in page itself, and a wrong password.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${process.env.BASE_URL}/sign-in`);
    await page.getByLabel(/email/i).fill('dipanshu@nikist.demo');
    await page.getByLabel(/password/i).fill('not-the-password');
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByText(/wrong email or password/i).waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    await checkA11y(page, 'sign-in');
    await context.close();
  }

  for (const c of cases) {
    const { context, page } = await signIn(browser, c.email);
    const nav = page.getByRole('navigation').first();
    await nav.waitFor();
    for (const key of c.sees) {
      expect((await nav.getByRole('link', { name: NAV[key] }).count()) > 0, `${c.email} should see ${key} in the navigation`);
    }
    for (const key of c.not) {
      expect((await nav.getByRole('link', { name: NAV[key] }).count()) === 0, `${c.email} should not see ${key} in the navigation`);
    }
    await page.waitForLoadState('networkidle');
    await screenshot(page, c.shot);
    await checkA11y(page, `${c.email} landing page`);
    await context.close();
  }

  // A page that does not exist.
  {
    const { context, page } = await signIn(browser, 'admin@nikist.demo');
    await page.goto(`${process.env.BASE_URL}/no/such/page`);
    await page.getByText(/not found/i).first().waitFor();
    await screenshot(page, 'not-found');
    await context.close();
  }
  console.log(`shell: ${cases.length} roles checked`);
} finally {
  await browser.close();
}
