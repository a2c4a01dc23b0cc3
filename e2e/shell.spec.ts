// Every demo role signs in, sees exactly the navigation its roles allow, and the screen it lands on
// passes axe-core without serious or critical violations. A screenshot per role.
import { expect, openNavigation, test } from './fixtures';

const NAV = {
  salesClosers: /sales closers/i,
  cohorts: /cohort management|cohorts/i,
  callRequests: /call requests|solicitações/i,
  myChats: /my chats|meus chats/i,
};
type NavKey = keyof typeof NAV;

const roles: { email: string; shot: string; sees: NavKey[]; not: NavKey[] }[] = [
  // The menu offers the pages the organization uses: Nikist has no call desk (no specialists).
  { email: 'admin@nikist.demo', shot: 'role-admin', sees: ['salesClosers', 'cohorts'], not: ['myChats', 'callRequests'] },
  { email: 'manager@nikist.demo', shot: 'role-manager', sees: ['salesClosers', 'cohorts'], not: ['callRequests', 'myChats'] },
  { email: 'dipanshu@nikist.demo', shot: 'role-closer', sees: ['salesClosers'], not: ['cohorts', 'callRequests', 'myChats'] },
  { email: 'cohorts@nikist.demo', shot: 'role-cohort-manager', sees: ['cohorts'], not: ['salesClosers', 'callRequests', 'myChats'] },
  { email: 'ana@vitalis.demo', shot: 'role-specialist', sees: ['callRequests'], not: ['salesClosers', 'cohorts', 'myChats'] },
  { email: 'maria@vitalis.demo', shot: 'role-member', sees: ['myChats'], not: ['salesClosers', 'cohorts', 'callRequests'] },
];

test.describe('shell', { tag: '@responsive' }, () => {
  test('a wrong password is refused on an accessible sign-in page', async ({ page, shot, expectAccessible }) => {
    await page.goto('/sign-in');
    await page.getByLabel(/email/i).fill('dipanshu@nikist.demo');
    await page.getByLabel(/password/i).fill('not-the-password');
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page.getByText(/wrong email or password/i)).toBeVisible();
    await shot('sign-in-wrong-password');
    await expectAccessible();
  });

  for (const role of roles) {
    test(`${role.email} sees the navigation of its roles`, async ({ page, signIn, shot, expectAccessible }) => {
      await signIn(role.email);
      const nav = await openNavigation(page);
      for (const key of role.sees) await expect(nav.getByRole('link', { name: NAV[key] }).first(), `${key} in the navigation`).toBeVisible();
      for (const key of role.not) await expect(nav.getByRole('link', { name: NAV[key] }), `no ${key} in the navigation`).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      await shot(role.shot);
      await expectAccessible(page, `${role.email} landing page`);
    });
  }

  test('a page that does not exist says so', async ({ page, signIn, shot }) => {
    await signIn('admin@nikist.demo');
    await page.goto('/no/such/page');
    await expect(page.getByText(/not found/i).first()).toBeVisible();
    await shot('not-found');
  });
});
